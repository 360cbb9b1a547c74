/// Why a plate-reader event could not be turned into ``PlateRead`` values.
public enum PlateReadError: Error, Sendable, Hashable, CustomStringConvertible {
    case notJSON(reason: String)
    /// Neither an OpenALPR (`data_type`) nor a Plate Recognizer (`data` / `results`) document.
    case unrecognisedShape
    /// An OpenALPR document that carries no plates (e.g. `heartbeat`); callers usually skip it.
    case unsupportedDataType(String)
    case invalidTimestamp(String)
    case invalidField(reason: String)

    public var description: String {
        switch self {
        case .notJSON(let r): "plate event is not valid JSON: \(r)"
        case .unrecognisedShape: "plate event is neither OpenALPR (data_type alpr_results/alpr_group) nor Plate Recognizer (data.results)"
        case .unsupportedDataType(let t): "OpenALPR data_type '\(t)' carries no plate reads"
        case .invalidTimestamp(let t): "timestamp '\(t)' is not ISO 8601 (e.g. 2024-05-30T13:59:09.481Z)"
        case .invalidField(let r): "plate event: \(r)"
        }
    }
}
