import WebForms

/// A path below the mount point resolved to a GeoReport resource.
enum Open311Route: Hashable {
    case discovery
    case services
    case service(code: String)
    case requests
    case request(id: String)
    case token(String)

    /// Resolves `services.json`, `requests/ABC.xml`, `tokens/T`, … The format comes from the last segment's
    /// extension (JSON when there is none). Segments are percent-decoded after splitting, so `%2F` can appear in
    /// an id. A route of nil means no such resource; the format is still returned so the 404 speaks it.
    static func resolve(_ path: String) -> (route: Open311Route?, format: Open311Format) {
        let pathOnly = path.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
        var segments = pathOnly.split(separator: "/")
        guard let last = segments.popLast() else { return (nil, .json) }
        let (name, format) = Open311Format.split(last)
        segments.append(name)
        var decoded: [String] = []
        for segment in segments {
            guard let text = URLEncodedForm.decode(segment.utf8, plusIsSpace: false), !text.isEmpty
            else { return (nil, format) }
            decoded.append(text)
        }
        switch decoded.count {
        case 1:
            switch decoded[0] {
            case "discovery": return (.discovery, format)
            case "services": return (.services, format)
            case "requests": return (.requests, format)
            default: return (nil, format)
            }
        case 2:
            switch decoded[0] {
            case "services": return (.service(code: decoded[1]), format)
            case "requests": return (.request(id: decoded[1]), format)
            case "tokens": return (.token(decoded[1]), format)
            default: return (nil, format)
            }
        default:
            return (nil, format)
        }
    }

    /// The HTTP methods the resource answers (upper case).
    var methods: Set<String> { self == .requests ? ["GET", "POST"] : ["GET"] }
}
