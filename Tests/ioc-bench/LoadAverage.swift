import Foundation

/// The machine's one-minute load average (Linux `/proc/loadavg`), to read wall-time figures
/// against: on a shared machine other processes slow every step.
enum LoadAverage {
    static func oneMinute() -> Double {
        guard let text = try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8),
            let first = text.split(separator: " ").first, let value = Double(first)
        else { return 0 }
        return value
    }
}
