/// Why a file could not be read as a spreadsheet at all (a cell that does not read is a
/// problem of the preview, not an error).
public enum SheetReadError: Error, Sendable, Hashable, CustomStringConvertible {
    case notUTF8
    case unterminatedQuote(row: Int)
    /// Not a ZIP archive, or one without a worksheet: not an XLSX file.
    case notXLSX(detail: String)
    /// A part larger than the reader accepts uncompressed (a ZIP bomb, or far beyond a statistics sheet).
    case tooLarge(part: String, limit: Int)
    case malformedXML(part: String, detail: String)

    public var description: String {
        switch self {
        case .notUTF8: "the CSV file is not UTF-8 text"
        case .unterminatedQuote(let row): "a quoted field opened on row \(row) never closes"
        case .notXLSX(let detail): "not an XLSX workbook: \(detail)"
        case .tooLarge(let part, let limit): "\(part) is larger than \(limit) bytes uncompressed"
        case .malformedXML(let part, let detail): "\(part) is not well-formed XML: \(detail)"
        }
    }
}
