import CRDT
import Foundation
import GRDB
import Replica
import Synchronization
import Vietnam

/// The socio-economic indicators' figures in the replica: values for (indicator, area,
/// period) with their revisions, the yearly targets and each area's reporting workflow, and
/// the reads the API and pages need, at a node (its district, and the province's figures it
/// receives) or the hub (every area).
///
/// Guarantees:
/// - one indicator's figures for one area and year are one entity of that area's scope: a
///   district's figures sync with its node, the province's are written at the hub only;
/// - each period's figure is its own register, so figures of different periods never
///   conflict; the same figure written at a node and at the hub while apart is kept as a
///   conflict (both values, both authors) until someone writes it again;
/// - every write appends a revision (value, status, source, reason, author, time) that is
///   never removed;
/// - a batch of figures is checked whole, against the reports' workflow in the same
///   transaction, and written whole or not at all.
public final class IndicatorDesk: Sendable {
    public static let yearType = "indicator_year"
    public static let reportType = "indicator_report"

    public let replica: Replica
    public let catalog: IndicatorCatalog
    /// The node's district code, or `province` at the hub.
    public let homeScope: String
    /// Most figures one request may write.
    public static let maxEntries = 20_000

    /// Every area figures may be kept for: the province and its districts.
    public let knownAreas: [String]

    /// - Parameter districts: the province's districts (default: those of the administrative
    ///   units the federation ships); a benchmark or a province with more passes its own.
    public init(replica: Replica, homeScope: String, districts: [String] = AdministrativeUnit.districts.map(\.code)) {
        self.replica = replica
        self.homeScope = homeScope
        knownAreas = [Scope.province] + districts
        catalog = IndicatorCatalog(replica: replica)
    }

    /// True at the hub: every district's figures.
    public var seesEveryArea: Bool { homeScope == Scope.province }

    /// The areas figures are kept for here: the province and every district at the hub; the
    /// province (read only) and the district at a node.
    public var areas: [String] { seesEveryArea ? knownAreas : [Scope.province, homeScope] }

    /// Whether `code` names an area figures may be kept for.
    public func isArea(_ code: String) -> Bool { knownAreas.contains(code) }

    static func yearID(_ indicator: String, _ area: String, _ year: Int) -> EntityID {
        StableID.make(yearType, "\(indicator)|\(area)|\(year)")
    }

    static func reportID(_ area: String, _ period: ReportingPeriod) -> EntityID {
        StableID.make(reportType, "\(area)|\(period)")
    }

    static func periodField(_ period: ReportingPeriod) -> String { "p.\(period)" }

    /// The history of one period's figure (`r.2024-06`) or of the year's target (`r.target`):
    /// one history per figure, as a write names each field once.
    static func revisionField(_ name: String) -> String { "r.\(name)" }

    // MARK: Figures

    /// Writes figures (see the type's guarantees). Returns how many were written.
    @discardableResult
    public func enter(_ entries: [FigureEntry], by actor: IndicatorActor) async throws(IndicatorError) -> Int {
        guard entries.count <= Self.maxEntries else { throw .invalid(field: "items", .tooMany(limit: Self.maxEntries)) }
        guard !entries.isEmpty else { return 0 }
        let definitions = Dictionary(try await catalog.definitions().map { ($0.code, $0) }, uniquingKeysWith: { a, _ in a })
        var byEntity: [EntityID: (area: String, edits: [String: [Edit]])] = [:]
        var order: [EntityID] = []
        var reports = Set<ReportKey>()
        for entry in entries {
            guard let definition = definitions[entry.indicator] else { throw .unknownIndicator(entry.indicator) }
            guard definition.accepts(entry.period) else {
                throw .invalid(field: "period", .periodNotReported(period: entry.period.description, frequency: definition.frequency))
            }
            guard isArea(entry.area) else { throw .unknownArea(entry.area) }
            guard actor.enters(entry.area) else { throw .otherArea(entry.area) }
            guard entry.value.isFinite else { throw .invalid(field: "value", .notANumber(String(entry.value))) }
            reports.insert(ReportKey(area: entry.area, period: entry.period, hasReason: !(entry.reason?.trimmed.isEmpty ?? true)))
            let id = Self.yearID(entry.indicator, entry.area, entry.period.year)
            if byEntity[id] == nil {
                order.append(id)
                byEntity[id] = (entry.area, ["": [Self.set("indicator", entry.indicator), Self.set("area", entry.area), Self.set("year", entry.period.year)]])
            }
            let source = entry.source?.trimmed.nilIfEmpty, note = entry.note?.trimmed.nilIfEmpty, reason = entry.reason?.trimmed.nilIfEmpty
            // The same figure twice in one batch: the later one is the figure.
            byEntity[id]!.edits[entry.period.description] = [
                Self.set(Self.periodField(entry.period), ["value": entry.value, "status": entry.status.rawValue, "source": source, "note": note]),
                Edit(Self.revisionField(entry.period.description), .append(JSONFragment.encode([
                    "period": entry.period.description, "value": entry.value, "status": entry.status.rawValue, "source": source, "note": note,
                    "reason": reason,
                ]))),
            ]
        }
        let writes = order.map { id in
            let e = byEntity[id]!
            return EntityWrite(id: id, type: Self.yearType, scope: e.area, edits: e.edits.sorted { $0.key < $1.key }.flatMap(\.value))
        }
        try await write(writes, actor: actor, checking: reports)
        return entries.count
    }

    /// Sets yearly targets (plans), with a revision each.
    public func setTargets(_ targets: [IndicatorTarget], by actor: IndicatorActor) async throws(IndicatorError) {
        guard targets.count <= Self.maxEntries else { throw .invalid(field: "items", .tooMany(limit: Self.maxEntries)) }
        let known = Set(try await catalog.definitions().map(\.code))
        var writes: [EntityWrite] = []
        for target in targets {
            guard known.contains(target.indicator) else { throw .unknownIndicator(target.indicator) }
            guard isArea(target.area) else { throw .unknownArea(target.area) }
            guard actor.enters(target.area) else { throw .otherArea(target.area) }
            guard ReportingPeriod.years.contains(target.year) else { throw .invalid(field: "year", .notAYear(String(target.year))) }
            guard target.value.isFinite else { throw .invalid(field: "value", .notANumber(String(target.value))) }
            let note = target.note?.trimmed.nilIfEmpty
            writes.append(EntityWrite(
                id: Self.yearID(target.indicator, target.area, target.year), type: Self.yearType, scope: target.area,
                edits: [
                    Self.set("indicator", target.indicator), Self.set("area", target.area), Self.set("year", target.year),
                    Self.set("target", ["value": target.value, "note": note]),
                    Edit(Self.revisionField("target"), .append(JSONFragment.encode(["target": target.value, "period": String(target.year), "note": note]))),
                ]))
        }
        guard !writes.isEmpty else { return }
        do { try await replica.write(writes, author: actor.author) } catch { throw .storage(error) }
    }

    struct ReportKey: Hashable {
        var area: String
        var period: ReportingPeriod
        var hasReason: Bool
    }

    /// Writes `writes` when every report they touch still allows `actor` to: checked in the
    /// write's own transaction.
    private func write(_ writes: [EntityWrite], actor: IndicatorActor, checking reports: Set<ReportKey>) async throws(IndicatorError) {
        let refusal = Mutex<IndicatorError?>(nil)
        let written: [Change]?
        do {
            written = try await replica.write(writes, author: actor.author) { db in
                for key in reports {
                    let status = try Self.reportStatus(db, area: key.area, period: key.period)
                    let error: IndicatorError? =
                        switch status {
                        case .draft: nil
                        case .submitted, .approved: actor.approves ? nil : .reportClosed(area: key.area, period: key.period.description, status: status)
                        case .locked:
                            !actor.approves
                                ? .reportClosed(area: key.area, period: key.period.description, status: status)
                                : (key.hasReason ? nil : .reasonRequired(area: key.area, period: key.period.description))
                        }
                    if let error {
                        refusal.withLock { $0 = error }
                        return false
                    }
                }
                return true
            }
        } catch { throw .storage(error) }
        if written == nil, let error = refusal.withLock({ $0 }) { throw error }
    }

    static func set(_ field: String, _ value: Any?) -> Edit { Edit(field, .assign(JSONFragment.encode(value))) }

    // MARK: Reporting workflow

    /// Takes one step of an area's report for a period; returns the new status.
    @discardableResult
    public func act(_ action: ReportAction, area: String, period: ReportingPeriod, reason: String?, by actor: IndicatorActor)
        async throws(IndicatorError) -> ReportStatus
    {
        guard isArea(area) else { throw .unknownArea(area) }
        guard actor.enters(area) else { throw .otherArea(area) }
        if action.needsApprover && !actor.approves { throw .approverOnly(action) }
        let refusal = Mutex<IndicatorError?>(nil)
        let outcome = Mutex<ReportStatus?>(nil)
        let reason = reason?.trimmed.nilIfEmpty
        do {
            // The write is built inside the check, so the step starts from the status the transaction sees.
            let current = try await replica.read { db in try Self.reportStatus(db, area: area, period: period) }
            guard let next = action.next(from: current) else { throw IndicatorError.workflow(action: action, status: current) }
            outcome.withLock { $0 = next }
            let write = EntityWrite(
                id: Self.reportID(area, period), type: Self.reportType, scope: area,
                edits: [
                    Self.set("area", area), Self.set("period", period.description), Self.set("status", next.rawValue),
                    Edit("log", .append(JSONFragment.encode(["action": action.rawValue, "from": current.rawValue, "to": next.rawValue, "reason": reason]))),
                ])
            let written = try await replica.write([write], author: actor.author) { db in
                let now = try Self.reportStatus(db, area: area, period: period)
                if now != current {
                    refusal.withLock { $0 = .workflow(action: action, status: now) }
                    return false
                }
                return true
            }
            if written == nil, let error = refusal.withLock({ $0 }) { throw error }
        } catch let error as IndicatorError { throw error } catch let error as ReplicaError { throw .storage(error) } catch {
            throw .storage(.storage("\(error)"))
        }
        return outcome.withLock { $0 } ?? .draft
    }

    /// The hub's rule for a node's changes to a report: a node only submits (approval,
    /// return and lock are the provincial statistics office's, at the hub).
    public static func nodeWriteRefusal(_ change: Change, current: EntityState?, district: String) -> String? {
        let submitted = JSONFragment.text(ReportStatus.submitted.rawValue)
        for op in change.ops where op.field == "status" && String(decoding: op.value, as: UTF8.self) != submitted {
            return "a node only submits its reports; approving, returning and locking happen at the hub"
        }
        return nil
    }

    static func reportStatus(_ db: Database, area: String, period: ReportingPeriod) throws -> ReportStatus {
        try String.fetchOne(db, sql: "SELECT status FROM indicator_report WHERE area = ? AND period = ?", arguments: [area, period.description])
            .flatMap(ReportStatus.init(rawValue:)) ?? .draft
    }
}
