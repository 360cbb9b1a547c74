/// Why a plate read, tracer setting or trace was refused; each message says what to do.
public enum PlateTracingError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The read has no letters or digits at all.
    case emptyRead(raw: String)
    case noSightings
    /// A route is traced for one plate; these are the distinct keys found.
    case sightingsOfDifferentPlates(keys: [String])
    case invalidTracerSetting(name: String, value: Double)

    public var description: String {
        switch self {
        case .emptyRead(let raw):
            return "Plate read \"\(raw)\" has no letters or digits; check the camera's OCR output."
        case .noSightings:
            return "No sightings to trace; query a wider time window or more cameras."
        case .sightingsOfDifferentPlates(let keys):
            return "Sightings belong to different plates (\(keys.joined(separator: ", "))); trace each plate separately."
        case .invalidTracerSetting(let name, let value):
            return "Route tracer setting \(name) = \(value) must be positive and finite."
        }
    }
}
