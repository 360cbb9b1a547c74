import Sheets
import Vietnam

/// A statistics office's wide sheet read against the catalog: indicators as rows (by code or
/// by name, with or without diacritics, numbering like `1.` or `a)` ignored), periods as
/// columns (header rows above the first indicator, merged or stacked), figures in the cells.
///
/// Guarantees: reading writes nothing; every cell that holds something and is not written
/// as a figure or target is in `problems`, with its reference; a cell readable two ways is
/// never guessed at — it is written only in the reading the importer chose (`resolving`).
public struct WideSheetImport: Sendable {
    /// How to write cells that read two ways.
    public enum Ambiguity: String, Sendable, Hashable, Codable, CaseIterable {
        case vietnamese
        case english
        case skip
    }

    /// Figures read one way only.
    public var figures: [FigureEntry]
    public var targets: [IndicatorTarget]
    /// Figures of cells that read two ways: the Vietnamese reading, then the English one.
    public var ambiguous: [(vietnamese: FigureEntry, english: FigureEntry)]
    public var problems: [ImportProblem]
    /// Cells looked at (figures, targets, ambiguous and unreadable ones).
    public var cellsRead: Int

    /// Marks statistics offices write for "no figure": not problems.
    static let noFigure: Set<String> = ["-", "–", "—", "..", "...", "x", "X", "…", "n/a", "N/A"]

    public init(grid: SheetGrid, catalog: [IndicatorDefinition], area: String, status: FigureStatus, source: String?) {
        figures = []
        targets = []
        ambiguous = []
        problems = []
        cellsRead = 0
        let byCode = Dictionary(catalog.map { ($0.code.uppercased(), $0) }, uniquingKeysWith: { a, _ in a })
        var byName: [String: IndicatorDefinition] = [:]
        for d in catalog {
            byName[VietnameseFolding.fold(d.nameVi)] = byName[VietnameseFolding.fold(d.nameVi)] ?? d
            byName[VietnameseFolding.fold(d.nameEn)] = byName[VietnameseFolding.fold(d.nameEn)] ?? d
        }
        func indicator(_ cell: SheetCell) -> IndicatorDefinition? {
            guard case .text(let text) = cell else { return nil }
            let trimmed = text.trimmed
            if let d = byCode[trimmed.uppercased()] { return d }
            return byName[Self.label(trimmed)]
        }
        // Data rows: the first row naming an indicator, and every row after it.
        let firstData = grid.rows.firstIndex { row in row.contains { indicator($0) != nil } } ?? grid.rows.count
        // A title merged across the sheet ("BÁO CÁO … NĂM 2024") heads no column.
        let headerRows = (0..<firstData).filter { row in Set(grid.rows[row].map(\.display).filter { !$0.isEmpty }).count > 1 }
        var headers: [Int: PeriodHeader] = [:]
        for column in 0..<grid.width {
            let text = headerRows.map { grid[$0, column].display }.filter { !$0.isEmpty }.joined(separator: " ")
            if !text.isEmpty, let header = PeriodHeader(text) { headers[column] = header }
        }
        let labelColumns = (0..<grid.width).filter { headers[$0] == nil }
        for row in firstData..<grid.rows.count {
            let definition = labelColumns.lazy.compactMap { indicator(grid[row, $0]) }.first
            let filled = headers.keys.sorted().filter { column in
                let cell = grid[row, column]
                return cell != .empty && !Self.noFigure.contains(cell.display.trimmed)
            }
            guard !filled.isEmpty else { continue }
            guard let definition else {
                let column = labelColumns.max { grid[row, $0].display.count < grid[row, $1].display.count } ?? 0
                problems.append(ImportProblem(kind: .unknownIndicator, cell: SheetGrid.reference(row: row, column: column), text: grid[row, column].display))
                cellsRead += filled.count
                continue
            }
            for column in filled {
                let header = headers[column]!
                let cell = grid[row, column]
                let reference = SheetGrid.reference(row: row, column: column)
                cellsRead += 1
                if !header.isTarget, !definition.accepts(header.period) {
                    problems.append(ImportProblem(kind: .periodNotReported, cell: reference, text: cell.display, indicator: definition.code, period: header.period.description))
                    continue
                }
                let reading: NumberReading
                switch cell {
                case .number(let v): reading = .number(v)
                case .text(let t): reading = NumberReading(t)
                case .empty: continue
                }
                func entry(_ value: Double) -> FigureEntry {
                    FigureEntry(indicator: definition.code, area: area, period: header.period, value: value, status: status, source: source)
                }
                switch reading {
                case .number(let v) where header.isTarget:
                    targets.append(IndicatorTarget(indicator: definition.code, area: area, year: header.period.year, value: v))
                case .number(let v):
                    figures.append(entry(v))
                case .ambiguous(let vi, let en):
                    problems.append(ImportProblem(kind: .ambiguous, cell: reference, text: cell.display, indicator: definition.code, period: header.period.description, readings: [vi, en]))
                    if !header.isTarget { ambiguous.append((entry(vi), entry(en))) }
                case .unreadable, .empty:
                    problems.append(ImportProblem(kind: .unreadable, cell: reference, text: cell.display, indicator: definition.code, period: header.period.description))
                }
            }
        }
    }

    /// A row label as the catalog's names are matched: folded, without leading numbering
    /// (`1.`, `1.2`, `a)`, `-`, `+`, `I.`) and a trailing unit in brackets.
    static func label(_ text: String) -> String {
        var folded = VietnameseFolding.fold(text)
        if let open = folded.lastIndex(of: "("), folded.hasSuffix(")") { folded = String(folded[..<open]).trimmed }
        let words = folded.split(separator: " ", maxSplits: 1)
        if words.count == 2 {
            let head = words[0]
            let numbering = head.allSatisfy { $0.isNumber || $0 == "." || $0 == ")" } || ["-", "+", "*", "•"].contains(head)
                || (head.count <= 5 && (head.hasSuffix(".") || head.hasSuffix(")")) && head.dropLast().allSatisfy { $0.isLetter || $0.isNumber })
            if numbering { return String(words[1]) }
        }
        return folded
    }

    /// What confirming writes: the figures read one way, and the ambiguous ones in the chosen reading.
    public func figures(resolving ambiguity: Ambiguity) -> [FigureEntry] {
        switch ambiguity {
        case .vietnamese: figures + ambiguous.map(\.vietnamese)
        case .english: figures + ambiguous.map(\.english)
        case .skip: figures
        }
    }
}
