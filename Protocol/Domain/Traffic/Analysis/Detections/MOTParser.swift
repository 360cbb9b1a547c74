import Foundation
import Vietnam

/// Reads MOTChallenge tracking files, as trackers and benchmarks write them, into ``Detection``
/// values of one camera.
///
/// ## Accepted rows (comma-separated; whitespace-separated rows are read too)
///
/// | fields | layout | source |
/// |---|---|---|
/// | 10 | `frame,id,bb_left,bb_top,bb_width,bb_height,conf,x,y,z` | tracker output (MOT15–MOT20, `x,y,z` = -1) |
/// | 9 | `frame,id,bb_left,bb_top,bb_width,bb_height,consider,class,visibility` | ground truth (`gt/gt.txt` of MOT16–MOT20) |
/// | 6–8 | `frame,id,bb_left,bb_top,bb_width,bb_height[,conf[,class]]` | shortened exports |
///
/// A frame's time is `startMillis + frame × 1000 / fps`. MOT's class ids are mapped to road
/// users (1, 2, 7 pedestrian; 3 car; 4 bicycle; 5 motorbike); other classes (static objects,
/// occluders, distractors, reflections) and ground-truth rows whose `consider` flag is 0 are not
/// road users to count: they are skipped and counted in ``ignoredRows``, not reported as
/// malformed. Confidence outside 0…1 (MOT uses -1 for "not given", some detectors raw scores)
/// reads as 1.
///
/// ## Guarantees
/// - Never stops at a bad row: each is reported with its 1-based line number and a reason
///   naming the MOT column, and every good row is kept in input order.
/// - A row without a track (`id` -1, as in `det/det.txt`) is refused: counting needs tracks.
/// - Line numbers and ``ignoredRows`` continue across calls on the same parser.
public struct MOTParser: DetectionReader, Sendable {
    static let fieldNames = ["frame", "id", "bb_left", "bb_top", "bb_width", "bb_height", "conf", "x", "y", "z"]
    static let groundTruthFieldNames = ["frame", "id", "bb_left", "bb_top", "bb_width", "bb_height", "consider", "class", "visibility"]

    /// The camera every row belongs to.
    public let camera: String
    public let fps: Double
    /// Epoch milliseconds of frame 0.
    public let startMillis: Int64
    /// Without a class column every track is this class; with one (ground truth), only rows
    /// of this class are kept. Nil: cars for files without classes, every road user otherwise.
    public let onlyClass: VehicleClass?
    /// Number of lines consumed so far (the last line number used).
    public private(set) var linesRead = 0
    /// Rows that are not road users to count (ground truth's `consider` 0, static or occluding
    /// classes, another class than ``onlyClass``).
    public private(set) var ignoredRows = 0

    /// Fails when `fps` is outside (0, 1000] or `camera` is empty.
    public init?(camera: String, fps: Double, startMillis: Int64, onlyClass: VehicleClass? = nil) {
        guard !camera.isEmpty, fps > 0, fps <= 1000, fps.isFinite else { return nil }
        self.camera = camera
        self.fps = fps
        self.startMillis = startMillis
        self.onlyClass = onlyClass
    }

    /// A stream start as an operator writes it: epoch milliseconds, or ISO 8601 (Vietnam time,
    /// UTC+7, when it names no zone: `2026-12-05T07:30:00`).
    public static func startMillis(_ text: String) -> Int64? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if let millis = Int64(trimmed), millis >= 0 { return millis }
        return ISO8601Timestamp.millis(trimmed, defaultOffsetSeconds: 7 * 3600)
    }

    /// The road user of a MOTChallenge class id, or nil for objects that are not counted.
    public static func roadUser(motClass: Int) -> VehicleClass? {
        switch motClass {
        case 1, 2, 7: .pedestrian
        case 3: .car
        case 4: .bicycle
        case 5: .motorbike
        default: nil
        }
    }

    /// Parses complete lines (a final line without a break counts), appending to `batch`; every
    /// detection has camera index 0 and `batch.cameraIDs` is `[camera]`.
    public mutating func parse(_ bytes: UnsafeRawBufferPointer, into batch: inout DetectionBatch) {
        batch.cameraIDs = [camera]
        guard let base = bytes.baseAddress, bytes.count > 0 else { return }
        let p = base.assumingMemoryBound(to: UInt8.self)
        let end = bytes.count
        batch.detections.reserveCapacity(batch.detections.count + end / 48)
        var i = 0
        while i < end {
            let nl = DetectionParser.newline(p, from: i, end: end)
            linesRead += 1
            var e = nl
            if e > i && p[e - 1] == 13 { e -= 1 }
            var s = i
            while s < e && (p[s] == 32 || p[s] == 9) { s += 1 }
            if s < e && p[s] != 35 {
                if e - i > DetectionParser.maxLineBytes {
                    reject(.lineTooLong(bytes: e - i), p, i, e, into: &batch)
                } else {
                    do throws(DetectionLineError) {
                        if let detection = try row(p, s, e) { batch.detections.append(detection) } else { ignoredRows += 1 }
                    } catch { reject(error, p, i, e, into: &batch) }
                }
            }
            i = nl + 1
        }
    }

    private func reject(_ error: DetectionLineError, _ p: UnsafePointer<UInt8>, _ s: Int, _ e: Int, into batch: inout DetectionBatch) {
        let excerpt = String(decoding: UnsafeBufferPointer(start: p + s, count: min(80, e - s)), as: UTF8.self)
        batch.malformed.append(MalformedLine(lineNumber: linesRead, error: error, excerpt: excerpt))
    }

    /// One row, or nil for a row that is not a road user to count.
    @inline(__always)
    private func row(_ p: UnsafePointer<UInt8>, _ lineStart: Int, _ lineEnd: Int) throws(DetectionLineError) -> Detection? {
        var hasComma = false
        for i in lineStart..<lineEnd where p[i] == 44 {
            hasComma = true
            break
        }
        @inline(__always) func isSeparator(_ c: UInt8) -> Bool { hasComma ? c == 44 : (c == 32 || c == 9) }
        var cursor = lineStart
        // The trimmed bounds of the next field; past the last field it comes back empty.
        @inline(__always) func next() -> (Int, Int) {
            guard cursor <= lineEnd else { return (lineEnd, lineEnd) }
            var a = cursor, b = cursor
            while b < lineEnd && !isSeparator(p[b]) { b += 1 }
            cursor = b + 1
            if !hasComma {
                while cursor < lineEnd && isSeparator(p[cursor]) { cursor += 1 }
            }
            var z = b
            while a < z && (p[a] == 32 || p[a] == 9) { a += 1 }
            while z > a && (p[z - 1] == 32 || p[z - 1] == 9) { z -= 1 }
            return (a, z)
        }
        var count = 0
        while cursor <= lineEnd {
            _ = next()
            count += 1
        }
        guard (6...10).contains(count) else { throw .wrongMOTFieldCount(found: count) }
        cursor = lineStart
        func text(_ f: (Int, Int)) -> String {
            String(decoding: UnsafeBufferPointer(start: p + f.0, count: min(f.1 - f.0, 64)), as: UTF8.self)
        }
        // Columns 7 and 8 of ground truth are `consider` and `class`.
        let names = count == 8 || count == 9 ? Self.groundTruthFieldNames : Self.fieldNames
        @inline(__always) func number(_ k: Int, _ f: (Int, Int)) throws(DetectionLineError) -> Double {
            guard f.1 > f.0 else { throw .emptyField(field: k + 1, name: names[k]) }
            guard let v = DetectionParser.parseDouble(p, f.0, f.1), v.isFinite else {
                throw .notANumber(field: k + 1, name: names[k], text: text(f))
            }
            return v
        }
        /// An integer, written as such or as a float with a zero fraction (`3.000000`).
        @inline(__always) func integer(_ k: Int, _ f: (Int, Int)) throws(DetectionLineError) -> Int64 {
            if f.1 > f.0, let v = DetectionParser.parseInteger(p, f.0, f.1) { return v }
            let v = try number(k, f)
            guard v == v.rounded(), abs(v) < 1e15 else { throw .notAnInteger(field: k + 1, name: names[k], text: text(f)) }
            return Int64(v)
        }

        let frame = try integer(0, next())
        guard let millis = DetectionParser.millis(frame: frame, fps: fps) else { throw .frameOutOfRange(frame: frame) }
        let id = try integer(1, next())
        guard id >= 0 else { throw .untracked(id: id) }
        let x = try number(2, next()), y = try number(3, next()), w = try number(4, next()), h = try number(5, next())
        if let e = DetectionParser.checkBox(width: w, height: h) { throw e }

        var confidence = 1.0
        var vehicleClass = onlyClass ?? .car
        if count >= 7 {
            let seventh = try number(6, next())
            if count == 9 {
                // Ground truth: `consider` 0 marks rows the benchmark does not evaluate.
                if seventh == 0 { return nil }
            } else if seventh >= 0 && seventh <= 1 {
                confidence = seventh
            }
        }
        if count == 8 || count == 9 {
            let motClass = try integer(7, next())
            guard let found = Self.roadUser(motClass: Int(motClass)) else { return nil }
            if let onlyClass, onlyClass != found { return nil }
            vehicleClass = found
        }
        return Detection(
            cameraIndex: 0, timeMillis: startMillis + millis, trackID: Int(id), vehicleClass: vehicleClass,
            box: PixelBox(x: x, y: y, width: w, height: h), confidence: confidence)
    }
}
