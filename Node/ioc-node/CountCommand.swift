import ArgumentParser
import Foundation
import TrafficAnalysis

/// `ioc-node count`: runs the camera analyzer over a recorded detection file offline and prints
/// each counting line's crossings, so an integrator can check a camera's lines (or a tracker)
/// on a recording before the camera goes live. Reads no node data and writes nothing.
struct CountCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "count",
        abstract: "Đếm lượt qua vạch trên tệp ghi sẵn / count line crossings in a recorded detection file, offline.",
        discussion: """
            Each --line is NAME=x1,y1,x2,y2 in image pixels; moving from the left of the line (seen from its \
            first point towards its second) to its right counts left→right. The analyzer is the node's own: \
            tracks are split where their motion is impossible, id switches bridged, a crossing confirmed \
            once the box has clearly passed. The track figures say how much of that the file needed.
            Example:
              ioc-node count S01/c001/gt/gt.txt --format mot --camera c001 --fps 10 \\
                --line north=400,620,1250,620 --line south=300,900,1500,900 --json
            """)

    @Argument(help: "The detection file.") var file: String
    @OptionGroup var input: DetectionFileOptions
    @Option(name: .customLong("line"), help: "A counting line NAME=x1,y1,x2,y2 (pixels); repeat for more.") var lines: [String]
    @Flag(help: "One JSON object instead of a table.") var json = false

    func validate() throws {
        guard !lines.isEmpty else { throw ValidationError("give at least one --line NAME=x1,y1,x2,y2") }
        _ = try countingLines()
    }

    func countingLines() throws -> [CountingLine] {
        try lines.map { text in
            let parts = text.split(separator: "=", maxSplits: 1)
            let numbers = parts.count == 2 ? parts[1].split(separator: ",").compactMap { Double($0.trimmingCharacters(in: .whitespaces)) } : []
            guard parts.count == 2, !parts[0].isEmpty, numbers.count == 4 else {
                throw ValidationError("--line \(text): expected NAME=x1,y1,x2,y2, e.g. north=400,620,1250,620")
            }
            return CountingLine(name: String(parts[0]), start: PixelPoint(x: numbers[0], y: numbers[1]), end: PixelPoint(x: numbers[2], y: numbers[3]))
        }
    }

    func run() throws {
        guard let data = FileManager.default.contents(atPath: file) else { throw ValidationError("cannot read \(file)") }
        let (all, cameraIDs) = try input.detections(data, file: file)
        let cameraIndex = input.camera.flatMap { cameraIDs.firstIndex(of: $0) } ?? 0
        let detections = all.filter { Int($0.cameraIndex) == cameraIndex }
        let countingLines = try countingLines()
        // The picture is whatever holds the boxes and the lines.
        let points = countingLines.flatMap { [$0.start, $0.end] }
        let width = (detections.map { $0.box.x + $0.box.width } + points.map(\.x)).max() ?? 1
        let height = (detections.map { $0.box.y + $0.box.height } + points.map(\.y)).max() ?? 1
        let geometry = CameraGeometry(
            id: cameraIDs.indices.contains(cameraIndex) ? cameraIDs[cameraIndex] : "camera", districtCode: "643",
            position: GeoPosition(latitude: 12.67, longitude: 108.04), headingDegrees: 0, streamReference: file,
            imageSize: PixelSize(width: max(width, 1) + 1, height: max(height, 1) + 1), countingLines: countingLines, speedLimitKmh: 50)
        var analyzer: CameraAnalyzer
        do { analyzer = try CameraAnalyzer(geometry: geometry) } catch { throw ValidationError("\(error)") }
        analyzer.ingest(contentsOf: detections)
        analyzer.finish()
        let counts = analyzer.liveCounts
        let quality = analyzer.trackQuality
        if json {
            var object: [String: Any] = [
                "file": file, "detections": detections.count, "tracks": quality.tracks, "tracks_split": quality.split,
                "id_switches_bridged": quality.bridged,
                "adjusted_share": quality.adjustedShare,
            ]
            object["lines"] = counts.map { ["line": $0.line, "left_to_right": $0.count(.leftToRight), "right_to_left": $0.count(.rightToLeft), "total": $0.total] }
            let encoded = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
            print(String(decoding: encoded, as: UTF8.self))
            return
        }
        print("vạch / line            trái→phải / L→R   phải→trái / R→L   tổng / total")
        for line in counts {
            print(
                line.line.padding(toLength: 22, withPad: " ", startingAt: 0) + " " + String(line.count(.leftToRight)).leftPadded(16) + "  "
                    + String(line.count(.rightToLeft)).leftPadded(16) + "  " + String(line.total).leftPadded(12))
        }
        print(
            "\(detections.count) phát hiện / detections, \(quality.tracks) vệt / tracks: \(quality.split) tách / split, "
                + "\(quality.bridged) nối / bridged (\(String(format: "%.1f", quality.adjustedShare * 100)) %)")
    }
}

extension String {
    fileprivate func leftPadded(_ width: Int) -> String { count >= width ? self : String(repeating: " ", count: width - count) + self }
}
