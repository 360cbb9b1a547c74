import ArgumentParser
import Foundation
import StaffUI
import TrafficAnalysis

/// How a detection file given to `ioc-node replay` or `ioc-node count` is written: the node's
/// own line format, or MOTChallenge with the camera, frame rate, start and class it lacks.
struct DetectionFileOptions: ParsableArguments {
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case ioc, mot
    }

    @Option(help: "ioc (the node's line format) or mot (MOTChallenge tracker output or ground truth).") var format = Format.ioc
    @Option(help: "mot: the registered camera the file's tracks belong to.") var camera: String?
    @Option(help: "mot: the video's frame rate (frames per second).") var fps: Double?
    @Option(help: "mot: when frame 0 was recorded: epoch ms or ISO 8601 (Vietnam time without a zone); default now.") var start: String?
    @Option(help: "mot: the class of every track of a file without classes (default car); of ground truth, the only class kept.")
    var `class`: String?

    func validate() throws {
        switch format {
        case .ioc:
            guard fps == nil, start == nil, `class` == nil else { throw ValidationError("--fps, --start and --class go with --format mot") }
        case .mot:
            guard let camera, !camera.isEmpty else { throw ValidationError("--format mot needs --camera (the registered camera's id)") }
            guard let fps, fps > 0, fps <= 1000 else { throw ValidationError("--format mot needs --fps, over 0 and at most 1000") }
            if let start, MOTParser.startMillis(start) == nil {
                throw ValidationError("--start must be epoch milliseconds or ISO 8601, e.g. 2026-12-05T07:30:00+07:00")
            }
            if let name = `class`, VehicleClass(name: name) == nil {
                throw ValidationError("--class must be one of \(VehicleClass.allCases.map(\.rawValue).joined(separator: ", "))")
            }
        }
    }

    /// The rows of a MOT file as detections in time order (ground truth comes ordered by track);
    /// rows it cannot read are reported on standard error with their line numbers.
    func motDetections(_ data: Data, file: String) throws -> [Detection] {
        let startMillis = start.flatMap(MOTParser.startMillis) ?? Int64(Date().timeIntervalSince1970 * 1000)
        guard let camera, let fps, var reader = MOTParser(camera: camera, fps: fps, startMillis: startMillis, onlyClass: `class`.flatMap(VehicleClass.init(name:)))
        else { throw ValidationError("--format mot needs --camera and --fps") }
        var batch = DetectionBatch()
        data.withUnsafeBytes { reader.parse($0, into: &batch) }
        Self.report(batch.malformed, file: file)
        FileHandle.standardError.write(Data(Localizer.bilingual { $0.motRowsRead(batch.detections.count, ignored: reader.ignoredRows, malformed: batch.malformed.count) }.utf8 + [10]))
        return Self.inTimeOrder(batch.detections)
    }

    /// Detections sorted by time, input order kept among equal times.
    static func inTimeOrder(_ detections: [Detection]) -> [Detection] {
        detections.enumerated().sorted { ($0.element.timeMillis, $0.offset) < ($1.element.timeMillis, $1.offset) }.map(\.element)
    }

    /// The file's detections in time order, whatever its format, and the camera ids they name.
    func detections(_ data: Data, file: String) throws -> (detections: [Detection], cameraIDs: [String]) {
        switch format {
        case .mot: return (try motDetections(data, file: file), [camera ?? ""])
        case .ioc:
            var parser = DetectionParser(streamStartMillis: start.flatMap(MOTParser.startMillis) ?? 0)
            var batch = DetectionBatch()
            data.withUnsafeBytes { parser.parse($0, into: &batch) }
            Self.report(batch.malformed, file: file)
            return (Self.inTimeOrder(batch.detections), batch.cameraIDs)
        }
    }

    static func report(_ malformed: [MalformedLine], file: String) {
        for bad in malformed.prefix(20) { FileHandle.standardError.write(Data("\(file):\(bad.lineNumber): \(bad.error)\n".utf8)) }
        if malformed.count > 20 { FileHandle.standardError.write(Data("… \(malformed.count - 20) more\n".utf8)) }
    }
}
