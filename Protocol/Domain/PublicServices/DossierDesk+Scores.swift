import CRDT
import Foundation
import GRDB
import Replica
import Vietnam

extension DossierDesk {
    static func scoreID(_ unit: String, _ month: String) -> EntityID { StableID.make(scoreType, "\(unit)|\(month)") }

    static func monthKey(_ day: CivilDate) -> String { "\(day.year)-\(day.month < 10 ? "0" : "")\(day.month)" }

    /// Enters ratios (0…1) of the indicators not computed from dossiers, for `unit` and the
    /// month holding `month`. Unknown or computed indicators, and ratios outside 0…1, are
    /// refused. Call at the hub.
    public func enterScores(unit: String, month: CivilDate, ratios: [String: Double], author: String) async throws(DossierError) {
        guard areas.contains(unit) else { throw .unknownUnit(unit) }
        let entered = Dictionary(uniqueKeysWithValues: ScoreIndicator.standard.filter { !$0.isComputed }.map { ($0.id, $0) })
        var edits = [Edit("unit", .assign(JSONFragment.encode(unit))), Edit("month", .assign(JSONFragment.encode(Self.monthKey(month))))]
        for (id, ratio) in ratios.sorted(by: { $0.key < $1.key }) {
            guard entered[id] != nil else { throw .invalidQuery(field: "indicator", value: id) }
            guard ratio.isFinite, (0...1).contains(ratio) else { throw .invalidQuery(field: id, value: String(ratio)) }
            edits.append(Edit("i.\(id)", .assign(JSONFragment.encode(ratio))))
        }
        do {
            _ = try await replica.write(
                [EntityWrite(id: Self.scoreID(unit, Self.monthKey(month)), type: Self.scoreType, scope: Self.scope(unit), edits: edits)], author: author)
        } catch { throw .storage("\(error)") }
    }

    /// `unit`'s score month by month, for the `months` months ending with the one holding
    /// `month`, oldest first.
    public func scores(unit: String, endingWith month: CivilDate, months: Int = 12, clock: DossierClock) async throws(DossierError) -> [ServiceScore] {
        let trend = try await trend(units: [unit], endingWith: month, months: months, clock: clock)
        let entered: [String: [String: Double]]
        do {
            entered = try await replica.read { db in
                var found: [String: [String: Double]] = [:]
                for row in try Row.fetchAll(db, sql: "SELECT month, doc FROM service_score WHERE unit = ?", arguments: [unit]) {
                    let doc: String = row["doc"]
                    found[row["month"]] = (try? JSONSerialization.jsonObject(with: Data(doc.utf8))) as? [String: Double] ?? [:]
                }
                return found
            }
        } catch { throw .storage("\(error)") }
        return trend.map { period, counts in
            ServiceScore(unit: unit, period: period, counts: counts, entered: entered[Self.monthKey(period.first)] ?? [:])
        }
    }
}
