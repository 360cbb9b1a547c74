import Foundation
import TrafficAnalysis

/// The figures of one `ioc-bench analytics` run, as a table or as one JSON object.
struct AnalyticsFigures {
    /// Parse + analysis on one core, detections per second.
    static let target = 500_000.0
    /// Buôn Ma Thuột: ≈ 130 cameras × 25 fps × ≈ 20 objects a frame.
    static let districtCameras = 130.0
    static let districtFramesPerSecond = 25.0
    static let districtObjectsPerFrame = 20.0
    static let districtLoad = districtCameras * districtFramesPerSecond * districtObjectsPerFrame

    /// The wall time of one round's two passes.
    struct Round {
        var parseSeconds: Double
        var analyzeSeconds: Double
    }

    var workload: AnalyticsWorkload
    /// The fastest pass of each kind.
    var parse: AnalyticsWorkload.Pass
    var full: AnalyticsWorkload.Pass
    /// The fastest MOTChallenge parse of the same detections.
    var motParse: AnalyticsWorkload.Pass
    var rounds: [Round]
    var loadAtStart: Double
    var loadAtEnd: Double

    /// Counting-line crossings of every analyzer, every line, class and direction.
    static func crossings(_ analyzers: [CameraAnalyzer]) -> Int {
        analyzers.reduce(0) { sum, analyzer in sum + analyzer.liveCounts.reduce(0) { $0 + $1.total } }
    }

    var detections: Double { Double(parse.detections) }
    var parseOnlyPerSecond: Double { detections / parse.seconds }
    var detectionsPerSecond: Double { detections / full.seconds }
    var analyzeRatio: Double { detectionsPerSecond / parseOnlyPerSecond }
    var motParsePerSecond: Double { detections / motParse.seconds }
    var parseOnlyPerCPUSecond: Double { detections / parse.cpuSeconds }
    var detectionsPerCPUSecond: Double { detections / full.cpuSeconds }
    var targetMet: Bool { detectionsPerSecond >= Self.target }
    var districtMultiple: Double { detectionsPerSecond / Self.districtLoad }
    var crossingsCounted: Int { Self.crossings(full.analyzers) }
    var crossingsTruth: Int { workload.truthCrossings }
    var crossingsDeviation: Double { Double(crossingsCounted - crossingsTruth) / Double(max(1, crossingsTruth)) }
    var idSwitchesBridged: Int { full.analyzers.reduce(0) { $0 + $1.idSwitchesBridged } }
    var lateDetections: Int { full.analyzers.reduce(0) { $0 + $1.lateDetections } }
    var textMiB: Double { Double(workload.traffic.text.count) / 1_048_576 }

    /// Every figure under its stable JSON name, the required ones first.
    var entries: [(String, Double)] {
        [
            ("detections_per_s", detectionsPerSecond),
            ("parse_only_per_s", parseOnlyPerSecond),
            ("analyze_ratio", analyzeRatio),
            ("mot_parse_per_s", motParsePerSecond),
            ("mot_parse_ratio", motParsePerSecond / parseOnlyPerSecond),
            ("detections", detections),
            ("cameras", Double(workload.cameras.count)),
            ("fps", workload.scenario.framesPerSecond),
            ("seconds", workload.scenario.durationSeconds),
            ("target_detections_per_s", Self.target),
            ("target_met", targetMet ? 1 : 0),
            ("district_load_detections_per_s", Self.districtLoad),
            ("district_load_multiple", districtMultiple),
            ("crossings_counted", Double(crossingsCounted)),
            ("crossings_truth", Double(crossingsTruth)),
            ("crossings_deviation_pct", crossingsDeviation * 100),
            ("objects_per_frame", workload.objectsPerFrame),
            ("false_detection_lines", Double(workload.traffic.truth.falseDetectionLines)),
            ("text_mib", textMiB),
            ("chunks", Double(workload.chunks.count)),
            ("rounds", Double(rounds.count)),
            ("parse_only_seconds", parse.seconds),
            ("parse_analyze_seconds", full.seconds),
            ("parse_only_per_cpu_s", parseOnlyPerCPUSecond),
            ("detections_per_cpu_s", detectionsPerCPUSecond),
            ("parse_only_cpu_per_wall", parse.cpuSeconds / parse.seconds),
            ("parse_analyze_cpu_per_wall", full.cpuSeconds / full.seconds),
            ("analyze_ns_per_detection", (full.seconds - parse.seconds) * 1e9 / detections),
            ("id_switches_bridged", Double(idSwitchesBridged)),
            ("late_detections", Double(lateDetections)),
            ("generate_seconds", workload.generateSeconds),
            ("load_average_start", loadAtStart),
            ("load_average_end", loadAtEnd),
        ]
    }

    var json: String {
        "{" + entries.map { "\"\($0.0)\":\(Format.json($0.1))" }.joined(separator: ",") + "}"
    }

    var table: String {
        func verdict(_ met: Bool) -> String { met ? "MET" : "NOT MET" }
        let rows: [[String]] = [
            ["figure", "measured", "baseline", "ratio", "target"],
            [
                "(b) parse + per-camera analysis, 1 thread", "\(Format.grouped(detectionsPerSecond)) det/s",
                "\(Format.grouped(parseOnlyPerSecond)) det/s (a) parse only", "\(Format.fixed(analyzeRatio, 2))× rate",
                "≥ \(Format.grouped(Self.target))/s \(verdict(targetMet))",
            ],
            [
                "  same, per CPU second", "\(Format.grouped(detectionsPerCPUSecond)) det/s",
                "\(Format.grouped(parseOnlyPerCPUSecond)) det/s parse only",
                "\(Format.fixed(detectionsPerCPUSecond / parseOnlyPerCPUSecond, 2))× rate", "",
            ],
            [
                "  time per detection", "\(Format.fixed(full.seconds * 1e9 / detections, 0)) ns",
                "\(Format.fixed(parse.seconds * 1e9 / detections, 0)) ns parse only",
                "\(Format.fixed(full.seconds / parse.seconds, 2))× time", "",
            ],
            [
                "(c) MOTChallenge rows parsed, 1 thread", "\(Format.grouped(motParsePerSecond)) det/s",
                "\(Format.grouped(parseOnlyPerSecond)) det/s (a) parse only", "\(Format.fixed(motParsePerSecond / parseOnlyPerSecond, 2))× rate", "",
            ],
            [
                "Buôn Ma Thuột load (130 cameras × 25 fps × 20)", "\(Format.grouped(Self.districtLoad)) det/s", "", "", "",
            ],
        ]
        let scenario = workload.scenario
        var lines: [String] = [
            "ioc-bench analytics: \(workload.cameras.count) demo cameras × \(Format.grouped(scenario.durationSeconds)) s at "
                + "\(Format.fixed(scenario.framesPerSecond, 0)) fps, \(Format.fixed(workload.objectsPerFrame, 1)) objects per frame "
                + "(noisy: jitter, occlusions, ID switches, false detections); \(Format.grouped(detections)) detections, "
                + "\(Format.fixed(textMiB, 0)) MiB of text in \(workload.chunks.count) chunks; best of \(rounds.count) rounds on one thread",
            "",
        ]
        lines += SyncFigures.columns(rows)
        let deviation = crossingsDeviation * 100
        let sign = deviation >= 0 ? "+" : "−"
        let roundTimes: [String] = rounds.enumerated().map { index, round in
            let a = Format.fixed(round.parseSeconds, 2)
            let b = Format.fixed(round.analyzeSeconds, 2)
            return "\(index + 1): \(a) / \(b) s"
        }
        let multiple: String = Format.fixed(districtMultiple, 1)
        let district: String =
            "one core handles \(multiple)× the district's load (\(Format.grouped(detectionsPerSecond)) against "
            + "≈ \(Format.grouped(Self.districtLoad)) detections/s: ≈ 130 cameras × 25 fps × ≈ 20 objects)"
        let target: String = "target: parse + analysis ≥ \(Format.grouped(Self.target)) detections/s on one core: \(verdict(targetMet))"
        let counted: String = Format.grouped(Double(crossingsCounted))
        let truth: String = Format.grouped(Double(crossingsTruth))
        let falseLines: String = Format.grouped(Double(workload.traffic.truth.falseDetectionLines))
        let check: String =
            "check: crossings counted \(counted), truth \(truth) (\(sign)\(Format.fixed(abs(deviation), 2)) %); "
            + "\(Format.grouped(Double(idSwitchesBridged))) ID switches bridged, \(lateDetections) late detections, "
            + "\(falseLines) false detections in the input"
        let cores = ProcessInfo.processInfo.activeProcessorCount
        let load: String =
            "generated in \(Format.fixed(workload.generateSeconds, 1)) s (not measured); load average (1 min) "
            + "\(Format.fixed(loadAtStart, 2)) at start, \(Format.fixed(loadAtEnd, 2)) at end, on \(cores) cores: "
            + "wall-time figures include other processes' load"
        var notes: [String] = [
            district, target, check, "rounds (wall time, (a) / (b)): " + roundTimes.joined(separator: ", "), load,
        ]
        if abs(deviation) > 5 { notes.append("WARNING: the counted crossings differ from the truth by more than 5 %") }
        lines += [""] + notes
        return lines.joined(separator: "\n")
    }
}
