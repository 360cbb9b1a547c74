import Foundation
import Indicators
import Synchronization

/// Uploaded sheets waiting for their importer's confirmation, in memory: the preview shows
/// what a sheet holds, the confirmation writes that same sheet without uploading it again.
///
/// Guarantees: a sheet is taken back only by the account that uploaded it, once; sheets
/// are forgotten after `lifetimeSeconds`; at most `capacity` sheets and `maxBytes` in all
/// wait (the oldest go first), so uploads cannot fill the process's memory.
final class PendingSheets: Sendable {
    struct Sheet: Sendable {
        var bytes: [UInt8]
        var area: String
        var status: FigureStatus
        var source: String?
        var author: String
        var expires: Date
    }

    static let lifetimeSeconds: TimeInterval = 1800
    static let capacity = 32
    static let maxBytes = 96 * 1024 * 1024
    private let sheets = Mutex<[String: Sheet]>([:])

    /// Keeps `sheet` and returns the id to confirm it with.
    func keep(_ sheet: Sheet) -> String {
        let id = (0..<16).map { _ in String(format: "%02x", UInt8.random(in: 0...255)) }.joined()
        sheets.withLock { sheets in
            let now = Date()
            sheets = sheets.filter { $0.value.expires > now }
            sheets[id] = sheet
            while sheets.count > Self.capacity || sheets.values.reduce(0, { $0 + $1.bytes.count }) > Self.maxBytes,
                let oldest = sheets.filter({ $0.key != id }).min(by: { $0.value.expires < $1.value.expires })?.key
            {
                sheets[oldest] = nil
            }
        }
        return id
    }

    /// The sheet `author` uploaded under `id`, removed; nil when unknown, expired or another's.
    func take(_ id: String, author: String) -> Sheet? {
        sheets.withLock { sheets in
            guard let sheet = sheets[id], sheet.author == author, sheet.expires > Date() else { return nil }
            sheets[id] = nil
            return sheet
        }
    }
}
