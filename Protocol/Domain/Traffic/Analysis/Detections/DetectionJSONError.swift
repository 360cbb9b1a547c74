/// Why a whole JSON detection batch was rejected (problems with single detections are reported
/// as ``MalformedLine`` values instead, and the rest of the batch is kept).
public enum DetectionJSONError: Error, Sendable, Hashable, CustomStringConvertible {
    case notJSON(reason: String)
    case missingField(String)
    case emptyCamera

    public var description: String {
        switch self {
        case .notJSON(let r): "detection batch is not valid JSON: \(r)"
        case .missingField(let f): "detection batch has no '\(f)' field; expected {\"camera\": \"…\", \"detections\": [ … ]}"
        case .emptyCamera: "detection batch has an empty 'camera' field"
        }
    }
}
