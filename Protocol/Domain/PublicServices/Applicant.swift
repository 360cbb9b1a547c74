/// The applicant's personal data (chủ hồ sơ): shown in full only to the owning unit,
/// masked for everyone else, erased after the retention period (Decree 13/2023/NĐ-CP).
public struct Applicant: Sendable, Hashable, Codable {
    public var name: String
    /// Citizen identity number (CCCD) or a business's tax code.
    public var idNumber: String?
    public var phone: String?
    public var address: String?

    public init(name: String, idNumber: String? = nil, phone: String? = nil, address: String? = nil) {
        self.name = name
        self.idNumber = idNumber
        self.phone = phone
        self.address = address
    }

    /// What someone outside the owning unit sees: initials of the name, the last three
    /// digits of the numbers, no address.
    ///
    /// Guarantees: no whole word of the name and no more than three characters of a number
    /// survive.
    public var masked: Applicant {
        let initials = name.split(separator: " ").compactMap(\.first).map { "\($0)." }.joined(separator: " ")
        return Applicant(name: initials.isEmpty ? "***" : initials, idNumber: idNumber.map(Self.tail), phone: phone.map(Self.tail), address: nil)
    }

    static func tail(_ number: String) -> String {
        let digits = number.filter(\.isNumber)
        return "***" + String(digits.suffix(min(3, max(0, digits.count - 3))))
    }
}
