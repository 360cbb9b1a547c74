import Foundation

/// A report as it arrives from any channel (web form, hotline entry, chat webhook,
/// Open311, API), before validation.
public struct ReportIntake: Sendable, Hashable {
    public var category: String
    public var description: String
    public var latitude: Double?
    public var longitude: Double?
    public var address: String?
    /// web, hotline, walk_in, zalo, facebook, open311, api
    public var channel: String
    public var reporter: ReporterContact
    /// SHA-256 of photos already in the attachment store.
    public var photos: [String]
    /// Answers to the category's extra questions (code → values).
    public var attributes: [String: [String]]
    /// The channel's own id of the message, so a retried delivery creates nothing new.
    public var externalID: String?
    /// The district to file it in; required at the hub, ignored at a node.
    public var district: String?

    public init(
        category: String, description: String, latitude: Double? = nil, longitude: Double? = nil, address: String? = nil,
        channel: String = "api", reporter: ReporterContact = ReporterContact(), photos: [String] = [], attributes: [String: [String]] = [:],
        externalID: String? = nil, district: String? = nil
    ) {
        self.category = category
        self.description = description
        self.latitude = latitude
        self.longitude = longitude
        self.address = address
        self.channel = channel
        self.reporter = reporter
        self.photos = photos
        self.attributes = attributes
        self.externalID = externalID
        self.district = district
    }

    public static let channels: Set<String> = ["web", "hotline", "walk_in", "zalo", "facebook", "open311", "api"]

    /// Đắk Lắk's bounding box since 1 July 2025 (with Phú Yên's coast: its former districts'
    /// boundaries reach 109.46° E), with a margin: a location outside it is refused.
    public static let latitudes = 11.9...13.9
    public static let longitudes = 107.3...109.6
}

/// What staff send with an action; which fields are needed depends on the action.
public struct CaseActionInput: Sendable, Hashable {
    public var category: String?
    public var unit: String?
    public var priority: String?
    /// Why (reject, reopen, transfer).
    public var reason: String?
    /// The result told to the citizen (resolve).
    public var result: String?
    public var photos: [String]
    /// The receiving district (transfer).
    public var district: String?
    /// A comment (the comment action, or a note with any action).
    public var text: String?

    public init(
        category: String? = nil, unit: String? = nil, priority: String? = nil, reason: String? = nil, result: String? = nil,
        photos: [String] = [], district: String? = nil, text: String? = nil
    ) {
        self.category = category
        self.unit = unit
        self.priority = priority
        self.reason = reason
        self.result = result
        self.photos = photos
        self.district = district
        self.text = text
    }
}
