import Foundation
import Indicators
import Synchronization

/// Uploaded sheets waiting for their importer's confirmation, in memory: the preview shows
/// what a sheet holds, the confirmation writes that same sheet without uploading it again.
///
/// Guarantees: a sheet is taken back only by the account that uploaded it, once; sheets
/// are forgotten after `lifetimeSeconds`, and at most `capacity` wait (the oldest goes).
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
    private let sheets = Mutex<[String: Sheet]>([:])

    /// Keeps `sheet` and returns the id to confirm it with.
    func keep(_ sheet: Sheet) -> String {
        let id = (0..<16).map { _ in String(format: "%02x", UInt8.random(in: 0...255)) }.joined()
        sheets.withLock { sheets in
            let now = Date()
            sheets = sheets.filter { $0.value.expires > now }
            if sheets.count >= Self.capacity, let oldest = sheets.min(by: { $0.value.expires < $1.value.expires })?.key { sheets[oldest] = nil }
            sheets[id] = sheet
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
