/// Why a `multipart/form-data` body was refused. Part numbers count from 1.
public enum MultipartError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The Content-Type is not `multipart/form-data` (the media type found is attached).
    case notMultipartFormData(String)
    /// The Content-Type has no `boundary` parameter.
    case missingBoundary
    /// The boundary is empty, longer than 70 characters, or contains CR or LF.
    case invalidBoundary(String)
    /// The body never contains the opening boundary.
    case missingInitialBoundary
    /// The body ends before the closing boundary (`--boundary--`): truncated upload.
    case missingFinalBoundary
    /// A boundary line is followed by something other than a line break or `--`.
    case malformedBoundaryLine(part: Int)
    /// A part's headers are not ended by an empty line before the next boundary, or a header
    /// line has no colon.
    case malformedPartHeaders(part: Int)
    /// A part's header block is larger than the limit (bytes).
    case headersTooLarge(part: Int, limit: Int)
    /// A part has no `Content-Disposition: form-data` header.
    case missingContentDisposition(part: Int)
    /// A part's Content-Disposition has no `name` parameter.
    case missingFieldName(part: Int)
    /// The body has more parts than allowed.
    case tooManyParts(limit: Int)

    public var description: String {
        switch self {
        case .notMultipartFormData(let mediaType):
            "expected Content-Type multipart/form-data, got \(mediaType.isEmpty ? "nothing" : mediaType)"
        case .missingBoundary: "the multipart Content-Type has no boundary parameter"
        case .invalidBoundary(let boundary):
            "the multipart boundary \"\(boundary)\" is invalid (1 to 70 characters, no line breaks)"
        case .missingInitialBoundary: "the multipart body does not contain its opening boundary"
        case .missingFinalBoundary: "the multipart body ends without its closing boundary (truncated upload?)"
        case .malformedBoundaryLine(let part): "the boundary line before part \(part) is not followed by a line break"
        case .malformedPartHeaders(let part): "the headers of part \(part) are malformed"
        case .headersTooLarge(let part, let limit): "the headers of part \(part) exceed \(limit) bytes"
        case .missingContentDisposition(let part): "part \(part) has no Content-Disposition: form-data header"
        case .missingFieldName(let part): "part \(part) has no field name"
        case .tooManyParts(let limit): "the multipart body has more than \(limit) parts"
        }
    }
}
