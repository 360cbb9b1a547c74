import ArgumentParser
import Foundation
import TrafficAnalysis

/// `ioc-bench analytics`: the camera-analytics core's throughput on one core, parse + analysis
/// beside parse alone on the same input in the same run.
struct AnalyticsBenchmark: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "analytics",
        abstract: "Measure camera-analytics throughput on one core: detections parsed and analysed per second.",
        discussion: """
            Synthetic traffic for --cameras demo cameras (SyntheticTraffic.demoCamera:
            three lanes, sidewalk, no-stopping zone, three counting lines, a signalised
            stop line) over --seconds at --fps, dense and noisy: 46 vehicles a minute
            per lane (≈ 19 objects a frame), speeders, wrong-way riders, stoppers,
            sidewalk riders, pedestrians, jitter, occlusions, ID switches, false
            detections, plates. Written as the text track format (FORMAT.md) in memory
            and cut into ~1 MiB chunks at line boundaries.
            Then, on the calling thread only, best of --rounds (the order of the two
            alternating between rounds):
              (a) DetectionParser over every chunk: parse_only_per_s, the baseline;
              (b) the same parse with every detection routed to its camera's
                  CameraAnalyzer, the output drained after each chunk:
                  detections_per_s, target ≥ 500,000; analyze_ratio = (b)/(a).
              (c) the same detections as MOTChallenge rows, parsed by MOTParser:
                  mot_parse_per_s, beside (a) as mot_parse_ratio.
            Against the Buôn Ma Thuột load (≈ 130 cameras × 25 fps × ≈ 20 objects ≈
            65,000 detections/s). Check: crossings counted against the truth of the
            generator. A malformed line, or passes that disagree on the detections or
            the counts, fail the run (exit 1).
            """)

    @Flag(help: "Print one JSON object on stdout instead of the table.")
    var json = false

    @Option(help: "Demo cameras, interleaved frame by frame in one stream.")
    var cameras = 4

    @Option(help: "Seconds of video per camera.")
    var seconds = 1_200

    @Option(help: "Frames per second of every camera.")
    var fps = 25.0

    @Option(help: "Rounds of the two passes; the best of each counts.")
    var rounds = 3

    func validate() throws {
        guard (1...999).contains(cameras) else { throw ValidationError("--cameras must lie between 1 and 999") }
        guard seconds >= 1 else { throw ValidationError("--seconds must be at least 1") }
        guard fps.isFinite, fps >= 1, fps <= 120 else { throw ValidationError("--fps must lie between 1 and 120") }
        guard rounds >= 1 else { throw ValidationError("--rounds must be at least 1") }
    }

    func run() throws {
        let loadAtStart = LoadAverage.oneMinute()
        let generating = ProgressBar("generating \(cameras) cameras × \(seconds) s at \(Format.fixed(fps, 0)) fps", total: 1)
        let workload = try AnalyticsWorkload(cameraCount: cameras, seconds: seconds, framesPerSecond: fps)
        generating.finish(
            "\(Format.grouped(Double(workload.traffic.lineCount))) lines, "
                + "\(Format.fixed(Double(workload.traffic.text.count) / 1_048_576, 0)) MiB, "
                + "\(Format.fixed(workload.objectsPerFrame, 1)) objects per frame")

        let progress = ProgressBar("(a) parse only and (b) parse + analysis, one thread, best of \(rounds)", total: 2 * rounds)
        var parse: AnalyticsWorkload.Pass?
        var full: AnalyticsWorkload.Pass?
        var perRound: [AnalyticsFigures.Round] = []
        var counted: Int?
        for round in 0..<rounds {
            var a: AnalyticsWorkload.Pass
            var b: AnalyticsWorkload.Pass
            if round % 2 == 0 {
                a = workload.parseOnly()
                progress.update(2 * round + 1)
                b = try workload.parseAndAnalyze()
            } else {
                b = try workload.parseAndAnalyze()
                progress.update(2 * round + 1)
                a = workload.parseOnly()
            }
            progress.update(2 * round + 2)
            guard a.malformed == 0, b.malformed == 0 else {
                throw BenchmarkFailure("the generated text has \(max(a.malformed, b.malformed)) malformed lines")
            }
            guard a.detections == b.detections, a.detections == workload.traffic.lineCount else {
                throw BenchmarkFailure(
                    "the passes disagree: \(a.detections) detections parsed alone, \(b.detections) with analysis, "
                        + "\(workload.traffic.lineCount) lines generated")
            }
            let crossings = AnalyticsFigures.crossings(b.analyzers)
            if let counted, counted != crossings {
                throw BenchmarkFailure("round \(round + 1) counted \(crossings) crossings, an earlier round \(counted)")
            }
            counted = crossings
            perRound.append(.init(parseSeconds: a.seconds, analyzeSeconds: b.seconds))
            if parse.map({ a.seconds < $0.seconds }) ?? true { parse = a }
            if full.map({ b.seconds < $0.seconds }) ?? true { full = b }
        }
        guard let parse, let full else { throw BenchmarkFailure("no round ran") }
        let mot = workload.motText()
        var motParse: AnalyticsWorkload.Pass?
        for _ in 0..<rounds {
            let c = workload.motParseOnly(mot)
            guard c.malformed == 0, c.detections == parse.detections else {
                throw BenchmarkFailure("the MOT form gave \(c.detections) detections and \(c.malformed) malformed rows, not \(parse.detections)")
            }
            if motParse.map({ c.seconds < $0.seconds }) ?? true { motParse = c }
        }
        guard let motParse else { throw BenchmarkFailure("no MOT round ran") }
        let figures = AnalyticsFigures(
            workload: workload, parse: parse, full: full, motParse: motParse, rounds: perRound, loadAtStart: loadAtStart,
            loadAtEnd: LoadAverage.oneMinute())
        progress.finish(
            "parse \(Format.grouped(figures.parseOnlyPerSecond))/s, parse + analysis \(Format.grouped(figures.detectionsPerSecond))/s")
        print(json ? figures.json : figures.table)
    }
}
