import FieldReports
import Vietnam

extension CodeName {
    /// A district by its code, named as the reference data names it (its code if unknown).
    public init(district code: String) {
        self.init(code: code, name: AdministrativeUnit.named(code)?.name ?? code)
    }

    /// Every district of the roll-out, for pickers and filters.
    public static var districts: [CodeName] { AdministrativeUnit.districts.map { CodeName(code: $0.code, name: $0.name) } }
}
