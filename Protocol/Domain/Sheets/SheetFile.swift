/// A spreadsheet file of either kind a statistics office sends: XLSX (a ZIP archive, found by
/// its signature) or CSV.
public enum SheetFile {
    /// Most bytes a sheet may have (a province's yearbook chapter is far less).
    public static let maxBytes = 32 * 1024 * 1024

    public static func read(_ bytes: [UInt8]) throws(SheetReadError) -> SheetGrid {
        bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) ? try XLSXSheetReader.read(bytes) : try CSVSheetReader.read(bytes)
    }
}
