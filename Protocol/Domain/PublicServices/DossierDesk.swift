import CRDT
import Foundation
import GRDB
import Replica
import Vietnam

/// The administrative-procedure dossiers in the replica, with the weekly overdue reports and
/// the entered service scores: written at the hub, where the one-stop system's exports
/// arrive; read at the hub (every unit) and at a node (its own unit's dossiers and reports).
///
/// Guarantees:
/// - a dossier is one entity, identified by its code, in the scope of the unit that owns it (the hub's own for the provincial level),
///   so it reaches that unit's node and no other; a dossier that changes unit moves with its
///   history;
/// - ingest is idempotent: a dossier exported again unchanged writes nothing; a changed one
///   writes only what changed (its record, its applicant, its new processing steps);
/// - a batch is checked whole and written whole (one transaction) or not at all;
/// - the applicant's data, once erased after the retention period, is never written again.
public final class DossierDesk: Sendable {
    public static let dossierType = "dossier"
    public static let reportType = "overdue_report"
    public static let scoreType = "service_score"

    public let replica: Replica
    /// A district's code at a node, `province` at the hub.
    public let homeScope: String
    /// The units dossiers may belong to: the province and its districts (reference data).
    public let units: [AdministrativeUnit]
    let now: @Sendable () -> Int64
    /// The reporting table's in-memory index of the dossiers (see `DossierTally`).
    let tally = DossierTally()
    /// Most dossiers one request may write.
    public static let maxBatch = 5_000

    public init(
        replica: Replica, homeScope: String, units: [AdministrativeUnit] = AdministrativeUnit.districts,
        now: @escaping @Sendable () -> Int64 = { Int64(Replica.systemMillis()) }
    ) {
        self.replica = replica
        self.homeScope = homeScope
        self.units = units
        self.now = now
    }

    /// The desk's clock, in Unix milliseconds (a test sets it).
    public var nowMillis: Int64 { now() }

    /// True at the hub.
    public var seesEveryUnit: Bool { homeScope == Scope.province }

    /// The areas dossiers are kept for: `province` and each district's code.
    public var areas: [String] { [Scope.province] + units.map(\.code) }

    /// The units visible here: all at the hub, the node's own at a node.
    public var visibleAreas: [String] { seesEveryUnit ? areas : [homeScope] }

    /// The area an export's unit names: `province` (also the province's code or name,
    /// `tinh`, `so-nganh`), a district's code or slug, or its name without diacritics or case.
    public func area(named text: String) -> String? { AreaNames(units: units).area(text) }

    /// The importer that resolves units as this desk does.
    public var importer: DossierImport {
        let names = AreaNames(units: units)
        return DossierImport(resolveUnit: { names.area($0) })
    }

    struct AreaNames: Sendable {
        let units: [AdministrativeUnit]

        func area(_ text: String) -> String? {
            let key = VietnameseFolding.fold(text).lowercased().trimmingCharacters(in: .whitespaces).replacingOccurrences(of: " ", with: "-").replacingOccurrences(of: "'", with: "")
            if [Scope.province, "tinh", "so-nganh", "cap-tinh", "66", "dak-lak"].contains(key) { return Scope.province }
            return units.first { unit in unit.code == text || unit.slug == key || unit.slug.replacingOccurrences(of: "-", with: "") == key }?.code
        }
    }

    /// The replica scope a unit's dossiers, reports and scores live in: a district's own (its
    /// node receives them, no other does), and the hub's for the provincial level, which no
    /// node receives (the province scope would send them to every district).
    static func scope(_ unit: String) -> String { unit == Scope.province ? Scope.hub : unit }

    static func dossierID(_ code: String) -> EntityID { StableID.make(dossierType, code) }

    static func stepField(_ step: ProcessingStep) -> String { "t." + StableID.make("step", step.key).description }

    /// The part of a dossier kept in its `record` field: everything but the applicant and the
    /// steps, which have fields of their own.
    static func recordJSON(_ dossier: Dossier) -> [UInt8] {
        var record = dossier
        record.applicant = nil
        record.steps = []
        return record.json
    }
}
