/// The response format a client asked for, taken from the extension of the last path segment.
public enum Open311Format: String, Sendable, Hashable, CaseIterable {
    case json
    case xml

    /// The `Content-Type` for responses in this format (the spec requires UTF-8 and says so in the header).
    public var contentType: String {
        switch self {
        case .json: "application/json; charset=utf-8"
        case .xml: "text/xml; charset=utf-8"
        }
    }

    /// The media type listed in the discovery document's `formats`.
    public var mediaType: String {
        switch self {
        case .json: "application/json"
        case .xml: "text/xml"
        }
    }

    /// Splits `services.json` into (`services`, `.json`).
    ///
    /// Only `.json` and `.xml` (any letter case) count as extensions; any other dot is part of the name
    /// (`requests/DL.2026.1` is the id `DL.2026.1`, in JSON). A name without an extension is JSON.
    public static func split(_ segment: Substring) -> (name: Substring, format: Open311Format) {
        guard let dot = segment.lastIndex(of: ".") else { return (segment, .json) }
        let suffix = segment[segment.index(after: dot)...].lowercased()
        guard let format = Open311Format(rawValue: suffix) else { return (segment, .json) }
        return (segment[..<dot], format)
    }
}
