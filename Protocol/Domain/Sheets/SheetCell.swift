/// One cell of a spreadsheet as read: a number the file stores as a number (an XLSX numeric
/// cell), text (which may still hold a number written by hand), or nothing.
public enum SheetCell: Sendable, Hashable {
    case number(Double)
    case text(String)
    case empty

    /// The cell as a person sees it.
    public var display: String {
        switch self {
        case .number(let v): v.rounded() == v && abs(v) < 1e15 ? String(Int(v)) : String(v)
        case .text(let t): t
        case .empty: ""
        }
    }
}
