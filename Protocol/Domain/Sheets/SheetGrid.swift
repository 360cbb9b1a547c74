/// A worksheet as rows of cells, merged ranges already filled with their top-left value
/// (a header "Năm 2024" merged over twelve month columns belongs to each of them).
///
/// Guarantees: every row has the same number of cells; `reference(row:column:)` names a
/// cell as the spreadsheet does (`C5`).
public struct SheetGrid: Sendable, Hashable {
    public private(set) var rows: [[SheetCell]]

    public init(rows: [[SheetCell]]) {
        let width = rows.map(\.count).max() ?? 0
        self.rows = rows.map { $0 + Array(repeating: .empty, count: width - $0.count) }
    }

    public var width: Int { rows.first?.count ?? 0 }

    public subscript(row: Int, column: Int) -> SheetCell {
        row < rows.count && column < rows[row].count ? rows[row][column] : .empty
    }

    /// Fills every cell of the merged range (0-based, inclusive) with its top-left cell.
    public mutating func merge(rows rowRange: ClosedRange<Int>, columns columnRange: ClosedRange<Int>) {
        guard rowRange.lowerBound < rows.count, columnRange.lowerBound < width else { return }
        let value = rows[rowRange.lowerBound][columnRange.lowerBound]
        for r in rowRange where r < rows.count {
            for c in columnRange where c < width { rows[r][c] = value }
        }
    }

    /// `A1`-style name of a cell (0-based row and column).
    public static func reference(row: Int, column: Int) -> String { columnName(column) + String(row + 1) }

    /// `A`, …, `Z`, `AA`, … for a 0-based column.
    public static func columnName(_ column: Int) -> String {
        var n = column + 1, name = ""
        while n > 0 {
            let r = (n - 1) % 26
            name = String(UnicodeScalar(UInt8(65 + r))) + name
            n = (n - 1) / 26
        }
        return name
    }

    /// The 0-based column of a name such as `AB` (nil for anything else).
    public static func columnIndex(_ name: Substring) -> Int? {
        guard !name.isEmpty, name.count <= 3 else { return nil }
        var n = 0
        for scalar in name.unicodeScalars {
            guard ("A"..."Z").contains(scalar) else { return nil }
            n = n * 26 + Int(scalar.value - 64)
        }
        return n - 1
    }
}
