import Access
import CRDT
import PublicServices

extension DossierDesk {
    /// The units `principal` may read here: those visible at this site, narrowed to a
    /// district account's own district.
    func readable(by principal: Principal) -> [String] {
        visibleAreas.filter { area in principal.districts.map { $0.contains(area) } ?? true }
    }

    /// Whether `principal` works for the unit owning a dossier of `unit`: an account that
    /// handles dossiers (`dossiers.acknowledge`), of that district, or provincial for the
    /// provincial level. Anyone else (a leader's dashboard account, an administrator, another
    /// district) sees the applicant masked.
    static func owns(_ unit: String, _ principal: Principal) -> Bool {
        principal.may(.dossiersAcknowledge) && (principal.districts.map { $0.contains(unit) } ?? (unit == Scope.province))
    }

    /// `dossier` as `principal` may see it: the applicant masked outside the owning unit.
    static func shown(_ dossier: Dossier, to principal: Principal) -> Dossier {
        guard !owns(dossier.unit, principal) else { return dossier }
        var shown = dossier
        shown.applicant = dossier.applicant?.masked
        return shown
    }
}
