/// A plate under watch: stolen, wanted, unpaid fines, or any other reason an operator records.
public struct WatchlistEntry: Codable, Hashable, Sendable {
    public var plate: VehiclePlate
    public var reason: String
    /// Who added the entry (staff id or upstream system).
    public var addedBy: String
    public var addedAtMillis: Int64
    /// The entry stops matching at this instant; nil never expires.
    public var expiresAtMillis: Int64?

    public init(plate: VehiclePlate, reason: String, addedBy: String, addedAtMillis: Int64, expiresAtMillis: Int64? = nil) {
        self.plate = plate
        self.reason = reason
        self.addedBy = addedBy
        self.addedAtMillis = addedAtMillis
        self.expiresAtMillis = expiresAtMillis
    }

    /// True before expiry (the expiry instant itself is already expired).
    public func isActive(atMillis millis: Int64) -> Bool {
        expiresAtMillis.map { millis < $0 } ?? true
    }
}
