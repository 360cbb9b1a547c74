import Foundation
import Vietnam

/// Decodes plate-reader events into ``PlateRead`` values.
///
/// Accepted shapes (field names as the vendors document them):
/// - OpenALPR / Rekor Scout `alpr_results`: `epoch_time` (ms), `camera_id` (number or string), `uuid`,
///   `results[]` with `plate`, `confidence` (0–100), `region`, `coordinates` (four `{x, y}` corners),
///   `candidates[]` (`plate`, `confidence`). One ``PlateRead`` per result.
/// - OpenALPR `alpr_group`: `epoch_start`, `camera_id`, `best_plate` (a result object as above) or
///   `best_plate_number` + `best_confidence`, `best_region`, `candidates[]`, `best_uuid`. One ``PlateRead``.
/// - Plate Recognizer (Stream webhook `{"data": {…}}` or Snapshot response `{…}`): `camera_id`,
///   `timestamp` (ISO 8601; no zone means UTC), `results[]` with `plate`, `score` (0–1),
///   `box` (`xmin`, `ymin`, `xmax`, `ymax`), `region.code`, `candidates[]` (`plate`, `score`).
///
/// Order of the returned reads follows the document's `results` order.
public enum PlateReadDecoder {
    public static func decode(_ data: Data) throws(PlateReadError) -> [PlateRead] {
        let probe: Probe
        do { probe = try JSONDecoder().decode(Probe.self, from: data) } catch { throw .notJSON(reason: "\(error)") }
        do {
            if let type = probe.dataType {
                switch type {
                case "alpr_results": return try openALPRResults(data)
                case "alpr_group": return try [openALPRGroup(data)]
                default: throw PlateReadError.unsupportedDataType(type)
                }
            }
            if probe.hasData { return try plateRecognizer(JSONDecoder().decode(PRWebhook.self, from: data).data) }
            if probe.hasResults { return try plateRecognizer(JSONDecoder().decode(PRData.self, from: data)) }
        } catch let e as PlateReadError {
            throw e
        } catch let e as DecodingError {
            throw .invalidField(reason: DetectionParser.describe(e))
        } catch {
            throw .invalidField(reason: "\(error)")
        }
        throw .unrecognisedShape
    }

    private static func openALPRResults(_ data: Data) throws -> [PlateRead] {
        let doc = try JSONDecoder().decode(ALPRResults.self, from: data)
        guard let time = doc.epoch_time else { throw PlateReadError.invalidField(reason: "alpr_results has no epoch_time") }
        return (doc.results ?? []).map { r in
            PlateRead(
                source: .openALPR, cameraID: doc.camera_id?.text, timeMillis: time, text: r.plate, confidence: r.confidence / 100,
                candidates: (r.candidates ?? []).map { .init(text: $0.plate, confidence: $0.confidence.map { $0 / 100 }) },
                region: r.region.flatMap { $0.isEmpty ? nil : $0 }, plateBox: box(r.coordinates), sourceReference: doc.uuid)
        }
    }

    private static func openALPRGroup(_ data: Data) throws -> PlateRead {
        let g = try JSONDecoder().decode(ALPRGroup.self, from: data)
        guard let text = g.best_plate?.plate ?? g.best_plate_number else {
            throw PlateReadError.invalidField(reason: "alpr_group has neither best_plate nor best_plate_number")
        }
        let confidence = g.best_plate?.confidence ?? g.best_confidence ?? 0
        return PlateRead(
            source: .openALPR, cameraID: g.camera_id?.text, timeMillis: g.epoch_start, text: text, confidence: confidence / 100,
            candidates: (g.candidates ?? g.best_plate?.candidates ?? []).map { .init(text: $0.plate, confidence: $0.confidence.map { $0 / 100 }) },
            region: g.best_region ?? g.best_plate?.region, plateBox: box(g.best_plate?.coordinates), sourceReference: g.best_uuid)
    }

    private static func plateRecognizer(_ d: PRData) throws -> [PlateRead] {
        guard let stamp = d.timestamp else { throw PlateReadError.invalidField(reason: "Plate Recognizer result has no timestamp") }
        guard let time = epochMillis(iso8601: stamp) else { throw PlateReadError.invalidTimestamp(stamp) }
        return d.results.map { r in
            PlateRead(
                source: .plateRecognizer, cameraID: d.camera_id?.text, timeMillis: time, text: r.plate, confidence: r.score,
                candidates: (r.candidates ?? []).map { .init(text: $0.plate, confidence: $0.score) },
                region: r.region?.code,
                plateBox: r.box.map { PixelBox(x: $0.xmin, y: $0.ymin, width: $0.xmax - $0.xmin, height: $0.ymax - $0.ymin) })
        }
    }

    private static func box(_ corners: [ALPRPoint]?) -> PixelBox? {
        guard let c = corners, !c.isEmpty else { return nil }
        let xs = c.map(\.x), ys = c.map(\.y)
        let x0 = xs.min() ?? 0, y0 = ys.min() ?? 0
        return PixelBox(x: x0, y: y0, width: (xs.max() ?? x0) - x0, height: (ys.max() ?? y0) - y0)
    }

    /// A vendor's timestamp (`ISO8601Timestamp`'s rules); without a zone it is taken as UTC.
    static func epochMillis(iso8601 s: String) -> Int64? { ISO8601Timestamp.millis(s, defaultOffsetSeconds: 0) }
}

/// A camera id that vendors send either as a number or as a string.
private struct FlexibleID: Decodable {
    let text: String
    init(from decoder: any Decoder) throws {
        let c = try decoder.singleValueContainer()
        if let i = try? c.decode(Int64.self) { text = String(i) } else { text = try c.decode(String.self) }
    }
}

private struct Probe: Decodable {
    struct Key: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }
    let dataType: String?
    let hasData: Bool
    let hasResults: Bool
    init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: Key.self)
        dataType = try? c.decode(String.self, forKey: Key(stringValue: "data_type"))
        hasData = c.contains(Key(stringValue: "data"))
        hasResults = c.contains(Key(stringValue: "results"))
    }
}

private struct ALPRPoint: Decodable {
    let x: Double
    let y: Double
}

private struct ALPRCandidate: Decodable {
    let plate: String
    let confidence: Double?
}

private struct ALPRPlate: Decodable {
    let plate: String
    let confidence: Double
    let region: String?
    let coordinates: [ALPRPoint]?
    let candidates: [ALPRCandidate]?
}

private struct ALPRResults: Decodable {
    let epoch_time: Int64?
    let camera_id: FlexibleID?
    let uuid: String?
    let results: [ALPRPlate]?
}

private struct ALPRGroup: Decodable {
    let epoch_start: Int64
    let camera_id: FlexibleID?
    let best_plate: ALPRPlate?
    let best_plate_number: String?
    let best_confidence: Double?
    let best_region: String?
    let best_uuid: String?
    let candidates: [ALPRCandidate]?
}

private struct PRBox: Decodable {
    let xmin: Double
    let ymin: Double
    let xmax: Double
    let ymax: Double
}

private struct PRRegion: Decodable {
    let code: String?
}

private struct PRCandidate: Decodable {
    let plate: String
    let score: Double?
}

private struct PRResult: Decodable {
    let plate: String
    let score: Double
    let box: PRBox?
    let region: PRRegion?
    let candidates: [PRCandidate]?
}

private struct PRData: Decodable {
    let camera_id: FlexibleID?
    let timestamp: String?
    let results: [PRResult]
}

private struct PRWebhook: Decodable {
    let data: PRData
}
