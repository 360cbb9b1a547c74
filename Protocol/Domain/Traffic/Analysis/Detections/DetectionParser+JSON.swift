import Foundation

extension DetectionParser {
    /// Parses the JSON batch form:
    ///
    ///     {"camera": "cam-01", "detections": [
    ///        {"t": 1717000000040, "track": 7, "class": "car", "box": [x, y, w, h], "conf": 0.91,
    ///         "plate": {"text": "47A-123.45", "conf": 0.8, "crop": "<sha256>"}, "frame_ref": "<sha256>"},
    ///        {"frame": 1200, "fps": 25, "track": 8, "class": 3, "box": [...], "conf": 0.7}]}
    ///
    /// Each detection has either `t` (epoch ms) or `frame` + `fps` (relative to the camera's stream
    /// start); `class` is a name or COCO id as in the text form. A bad detection becomes a
    /// ``MalformedLine`` whose `lineNumber` is its 1-based position in `detections`; the others are kept.
    /// Throws only when the document itself is unusable.
    public mutating func parseJSON(_ data: Data) throws(DetectionJSONError) -> DetectionBatch {
        let document: JSONBatch
        do {
            document = try JSONDecoder().decode(JSONBatch.self, from: data)
        } catch let error as DecodingError {
            if case .keyNotFound(let key, let context) = error, context.codingPath.isEmpty {
                throw .missingField(key.stringValue)
            }
            throw .notJSON(reason: Self.describe(error))
        } catch {
            throw .notJSON(reason: "\(error)")
        }
        guard !document.camera.isEmpty else { throw .emptyCamera }
        let camera = intern(document.camera)
        var batch = DetectionBatch()
        for (i, item) in document.detections.enumerated() {
            switch item.detection(camera: camera, streamStart: streamStart(of: camera)) {
            case .success(let d): batch.detections.append(d)
            case .failure(let e): batch.malformed.append(MalformedLine(lineNumber: i + 1, error: e, excerpt: ""))
            }
        }
        batch.cameraIDs = cameraIDs
        return batch
    }

    static func describe(_ error: DecodingError) -> String {
        func path(_ c: DecodingError.Context) -> String {
            c.codingPath.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
        }
        switch error {
        case .keyNotFound(let key, let c): return "missing field '\(key.stringValue)' at \(path(c))"
        case .typeMismatch(_, let c): return "wrong type at \(path(c)): \(c.debugDescription)"
        case .valueNotFound(_, let c): return "null at \(path(c))"
        case .dataCorrupted(let c): return "\(c.debugDescription) \(path(c))"
        @unknown default: return "\(error)"
        }
    }
}

private struct JSONBatch: Decodable {
    let camera: String
    let detections: [JSONDetection]
}

/// Decodes leniently so that one bad element does not sink the batch.
private struct JSONDetection: Decodable {
    struct Plate: Decodable {
        let text: String?
        let conf: Double?
        let crop: String?
    }
    enum ClassField: Decodable {
        case name(String)
        case id(Int)
        init(from decoder: any Decoder) throws {
            let c = try decoder.singleValueContainer()
            if let i = try? c.decode(Int.self) { self = .id(i) } else { self = .name(try c.decode(String.self)) }
        }
    }
    struct Fields: Decodable {
        let t: Int64?
        let frame: Int64?
        let fps: Double?
        let track: Int
        let `class`: ClassField
        let box: [Double]
        let conf: Double
        let plate: Plate?
        let frame_ref: String?
    }

    let fields: Result<Fields, DetectionLineError>

    init(from decoder: any Decoder) throws {
        do {
            fields = .success(try Fields(from: decoder))
        } catch let e as DecodingError {
            fields = .failure(.invalidJSONDetection(reason: DetectionParser.describe(e)))
        }
    }

    func detection(camera: Int32, streamStart: Int64) -> Result<Detection, DetectionLineError> {
        let f: Fields
        switch fields {
        case .success(let v): f = v
        case .failure(let e): return .failure(e)
        }
        let time: Int64
        if let t = f.t {
            time = t
        } else if let frame = f.frame, let fps = f.fps, let millis = DetectionParser.millis(frame: frame, fps: fps) {
            time = streamStart + millis
        } else {
            return .failure(.invalidJSONDetection(reason: "needs \"t\" (epoch ms) or \"frame\" (at most a year of video) with \"fps\" in (0, 1000]"))
        }
        guard f.track >= 0 else { return .failure(.invalidJSONDetection(reason: "track \(f.track) is negative")) }
        let vehicleClass: VehicleClass
        switch f.class {
        case .id(let id):
            guard let c = VehicleClass(cocoID: id) else { return .failure(.unknownClassID(id)) }
            vehicleClass = c
        case .name(let n):
            guard let c = VehicleClass(name: n) else { return .failure(.unknownClass(n)) }
            vehicleClass = c
        }
        guard f.box.count == 4, f.box.allSatisfy(\.isFinite) else {
            return .failure(.invalidJSONDetection(reason: "box must be [x, y, w, h] with 4 finite numbers, got \(f.box.count) values"))
        }
        if let e = DetectionParser.checkBox(width: f.box[2], height: f.box[3]) { return .failure(e) }
        guard f.conf >= 0 && f.conf <= 1 else { return .failure(.invalidJSONDetection(reason: "conf \(f.conf) is outside 0…1")) }
        var plate: PlateObservation?
        if let p = f.plate {
            if let c = p.conf, !(c >= 0 && c <= 1) { return .failure(.invalidJSONDetection(reason: "plate.conf \(c) is outside 0…1")) }
            if let crop = p.crop, !Self.isHash(crop) { return .failure(.invalidJSONDetection(reason: "plate.crop '\(crop)' is not a hex SHA-256 (64 hex digits)")) }
            plate = PlateObservation(text: p.text ?? "", confidence: p.conf, cropRef: p.crop)
        }
        if let r = f.frame_ref, !Self.isHash(r) { return .failure(.invalidJSONDetection(reason: "frame_ref '\(r)' is not a hex SHA-256 (64 hex digits)")) }
        return .success(
            Detection(
                cameraIndex: camera, timeMillis: time, trackID: f.track, vehicleClass: vehicleClass,
                box: PixelBox(x: f.box[0], y: f.box[1], width: f.box[2], height: f.box[3]),
                confidence: f.conf, plate: plate, frameRef: f.frame_ref))
    }

    static func isHash(_ s: String) -> Bool {
        var s = s
        return s.withUTF8 { b in b.baseAddress.map { DetectionParser.isContentHash($0, 0, b.count) } ?? false }
    }
}
