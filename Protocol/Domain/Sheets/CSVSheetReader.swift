/// Reads CSV as spreadsheets export it: RFC 4180 quoting, the delimiter found from the first
/// line (`,`, `;` — Vietnamese Excel writes `;`, since `,` marks decimals — or a tab), UTF-8
/// with or without a byte-order mark, CRLF or LF line ends.
public enum CSVSheetReader {
    /// The grid of `bytes`; every cell is text (CSV stores no types).
    public static func read(_ bytes: [UInt8]) throws(SheetReadError) -> SheetGrid {
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        guard let text = String(validating: body, as: UTF8.self) else { throw .notUTF8 }
        let firstLine = text.prefix { $0 != "\n" && $0 != "\r" }
        let delimiter: Character = [";", "\t", ","].max { a, b in firstLine.filter { $0 == a }.count < firstLine.filter { $0 == b }.count } ?? ","
        var rows: [[SheetCell]] = []
        var row: [SheetCell] = []
        var field = ""
        var quoted = false, wasQuoted = false
        var iterator = text.makeIterator()
        var pending: Character? = nil
        func endField() {
            row.append(field.isEmpty && !wasQuoted ? .empty : .text(field))
            field = ""
            wasQuoted = false
        }
        while let c = pending ?? iterator.next() {
            pending = nil
            if quoted {
                if c == "\"" {
                    if let next = iterator.next() {
                        if next == "\"" { field.append("\"") } else {
                            quoted = false
                            pending = next
                        }
                    } else {
                        quoted = false
                    }
                } else {
                    field.append(c)
                }
                continue
            }
            switch c {
            case "\"" where field.isEmpty:
                quoted = true
                wasQuoted = true
            case delimiter:
                endField()
            case "\n", "\r\n", "\r":
                endField()
                rows.append(row)
                row = []
            default:
                field.append(c)
            }
        }
        if quoted { throw .unterminatedQuote(row: rows.count + 1) }
        if !field.isEmpty || wasQuoted || !row.isEmpty {
            endField()
            rows.append(row)
        }
        return SheetGrid(rows: rows)
    }
}
