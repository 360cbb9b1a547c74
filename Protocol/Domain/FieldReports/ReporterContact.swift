/// Who reported a case and how to reach them. Any part may be missing (anonymous reports).
/// Only staff of the owning district see it; no public route returns it.
public struct ReporterContact: Sendable, Hashable {
    public var name: String?
    public var phone: String?
    public var email: String?

    public init(name: String? = nil, phone: String? = nil, email: String? = nil) {
        self.name = name
        self.phone = phone
        self.email = email
    }

    /// True when no part was given at all.
    public var isEmpty: Bool { name == nil && phone == nil && email == nil }

    /// True when nothing identifies or reaches the reporter (parts missing or blank).
    public var isAnonymous: Bool { [name, phone, email].allSatisfy { ($0 ?? "").isEmpty } }
}
