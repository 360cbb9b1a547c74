import CRDT
import Identity

/// A node the hub accepts: its key, the site id derived from it, its name and district.
public struct Enrolment: Sendable, Hashable {
    public var publicKey: PublicKey
    public var name: String
    public var district: String
    public var enrolledAtMillis: Int64

    public var site: SiteID { SiteID(publicKey.siteID) }

    public init(publicKey: PublicKey, name: String, district: String, enrolledAtMillis: Int64) {
        self.publicKey = publicKey
        self.name = name
        self.district = district
        self.enrolledAtMillis = enrolledAtMillis
    }
}
