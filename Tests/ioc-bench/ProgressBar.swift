/// A progress bar on stderr when it is a terminal; otherwise one line when a step starts
/// and one when it ends.
final class ProgressBar {
    private let label: String
    private let total: Int
    private let clock = ContinuousClock()
    private let started: ContinuousClock.Instant
    private var lastDrawn: ContinuousClock.Instant

    init(_ label: String, total: Int) {
        self.label = label
        self.total = max(1, total)
        started = clock.now
        lastDrawn = started
        if StandardError.isTerminal { draw(0) } else { StandardError.write("ioc-bench: \(label)…\n") }
    }

    /// Shows `done` of `total`, at most ten times a second.
    func update(_ done: Int) {
        guard StandardError.isTerminal else { return }
        let now = clock.now
        guard now - lastDrawn >= .milliseconds(100) else { return }
        lastDrawn = now
        draw(done)
    }

    func finish(_ summary: String) {
        let seconds = (clock.now - started).seconds
        let line = "\(label): \(summary) (\(Format.fixed(seconds, 1)) s)"
        if StandardError.isTerminal {
            StandardError.write("\r\u{1B}[2K✓ \(line)\n")
        } else {
            StandardError.write("ioc-bench: \(line)\n")
        }
    }

    private func draw(_ done: Int) {
        let width = 30
        let clamped = min(max(0, done), total)
        let filled = clamped * width / total
        let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
        StandardError.write("\r\u{1B}[2K[\(bar)] \(clamped * 100 / total)% \(label) (\(clamped)/\(total))")
    }
}
