import PublicServices
import Vietnam

/// The filters of a dossier list (API and page alike): field, procedure, states as the
/// working calendar reads them now, and text in the code or the procedure's name.
struct DossierSelection: Sendable {
    var field: String?
    var procedure: String?
    var states: Set<Timeliness>?
    var text: String?

    /// The dossiers that pass, newest received first.
    func apply(_ dossiers: [Dossier], clock: DossierClock, now: Int64) -> [Dossier] {
        let folded = text.map { VietnameseFolding.fold($0) }
        return dossiers.filter { d in
            (field == nil || d.field.code == field) && (procedure == nil || d.procedure.code == procedure)
                && (states == nil || states!.contains(clock.timeliness(d, at: now)))
                && (folded == nil || d.code.lowercased().contains(folded!) || VietnameseFolding.fold(d.procedure.name).contains(folded!))
        }
        .sorted { ($0.receivedAt, $0.code) > ($1.receivedAt, $1.code) }
    }
}
