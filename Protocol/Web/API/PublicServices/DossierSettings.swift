import FieldReports
import PublicServices
import Vietnam

/// What the dossier routes read at each request: the working calendar the hub announces
/// (holidays and compensatory days) and the warning window.
struct DossierSettings: Sendable {
    let catalog: ReferenceCatalog
    let dueSoonDays: Int

    func clock() async throws(DossierError) -> DossierClock {
        do { return DossierClock(calendar: try await catalog.snapshot().calendar, dueSoonDays: dueSoonDays) } catch { throw .storage("\(error)") }
    }
}
