import ArgumentParser
import Foundation
import NNG
import StaffUI
import TrafficAnalysis

/// `ioc-node replay`: feeds a detection file to a node's nng PULL socket, at the pace its
/// timestamps say, faster, or as fast as possible. MOTChallenge files (tracker output or ground
/// truth) are read unchanged and sent as the node's own line format.
struct ReplayCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "replay",
        abstract: "Phát lại tệp phát hiện vào nút / replay a detection file into a node.",
        discussion: """
            Lines are sent in batches to the node's detection socket (`ioc-node serve --detections <url>`). \
            --format ioc (default): the node's line format, times in epoch milliseconds or f<frame>@<fps>. \
            --format mot: a MOTChallenge file as trackers and benchmarks write it (frame,id,bb_left,bb_top,\
            bb_width,bb_height,conf,x,y,z; or ground truth frame,id,…,consider,class,visibility), with \
            --camera and --fps; frame 0 plays at --start (default now). --speed 1 keeps real time, 10 plays \
            ten times faster, 0 sends as fast as the node takes them. Lines the node cannot parse are reported \
            by the node (its log and GET /api/v1/traffic/ingest); MOT rows this command cannot read are \
            reported here, with their line numbers, and the rest is sent.
            Examples:
              ioc-node replay demo.mot --to tcp://127.0.0.1:8620 --speed 10
              ioc-node replay MOT17-09/gt/gt.txt --format mot --camera bmt-nga-sau --fps 30 --to tcp://127.0.0.1:8620 --speed 0
            """)

    @Argument(help: "The detection file.") var file: String
    @Option(help: "The node's detection socket (nng PULL), as in its ports.json.") var to: String
    @OptionGroup var input: DetectionFileOptions
    @Option(help: "Playback speed: 1 real time, 10 ten times faster, 0 as fast as possible.") var speed = 1.0
    @Option(help: "Lines per message at most.") var batchLines = 5_000

    func validate() throws {
        guard speed >= 0, speed.isFinite else { throw ValidationError("--speed must be 0 (as fast as possible) or positive") }
        guard batchLines > 0 else { throw ValidationError("--batch-lines must be positive") }
    }

    func run() async throws {
        guard let data = FileManager.default.contents(atPath: file) else {
            throw ValidationError(Localizer.bilingual { $0.cannotReadFile(file) })
        }
        let lines: [Data.SubSequence]
        switch input.format {
        case .ioc: lines = data.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: true)
        case .mot: lines = try input.motDetections(data, file: file).map { Data($0.line(camera: input.camera ?? "").utf8.dropLast()) }
        }
        let socket = try NNGSocket.push()
        socket.sendTimeout = .seconds(30)
        defer { socket.close() }
        try socket.dial(to)
        let start = ContinuousClock.now
        var firstTime: Double?
        var batch: [UInt8] = []
        var batchCount = 0
        var sent = 0
        func flush() throws {
            guard !batch.isEmpty else { return }
            try socket.send(batch)
            sent += batchCount
            batch.removeAll(keepingCapacity: true)
            batchCount = 0
        }
        for line in lines {
            if speed > 0, let t = Self.seconds(line) {
                let first = firstTime ?? t
                firstTime = first
                let due = (t - first) / speed
                let elapsed = Self.seconds(ContinuousClock.now - start)
                if due > elapsed + 0.05 {
                    try flush()
                    try await Task.sleep(for: .milliseconds(Int((due - elapsed) * 1000)))
                }
            }
            batch.append(contentsOf: line)
            batch.append(UInt8(ascii: "\n"))
            batchCount += 1
            if batchCount >= batchLines { try flush() }
        }
        try flush()
        // PUSH hands messages to nng's queue: give it a moment to drain before the socket closes.
        try await Task.sleep(for: .milliseconds(300))
        let seconds = String(format: "%.1f", Self.seconds(ContinuousClock.now - start))
        print(Localizer.bilingual { $0.linesSent(sent, seconds: seconds) })
    }

    /// The line's time in seconds (epoch or frame/fps), or nil for comments and unreadable times.
    static func seconds(_ line: Data.SubSequence) -> Double? {
        guard let firstComma = line.firstIndex(of: UInt8(ascii: ",")) else { return nil }
        let rest = line[line.index(after: firstComma)...]
        guard let secondComma = rest.firstIndex(of: UInt8(ascii: ",")) else { return nil }
        let field = String(decoding: rest[..<secondComma], as: UTF8.self).trimmingCharacters(in: .whitespaces)
        if field.hasPrefix("f"), let at = field.firstIndex(of: "@"), let frame = Double(field[field.index(after: field.startIndex)..<at]),
            let fps = Double(field[field.index(after: at)...]), fps > 0
        {
            return frame / fps
        }
        return Double(field).map { $0 / 1000 }
    }

    static func seconds(_ d: Duration) -> Double {
        Double(d.components.seconds) + Double(d.components.attoseconds) * 1e-18
    }
}
