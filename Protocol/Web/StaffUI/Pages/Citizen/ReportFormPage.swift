/// The report form: the citizens' web form at `/report`, and the staff's hotline and walk-in
/// entry at `/ui/reports` when `staffEntry` is true.
///
/// The form posts `multipart/form-data` with these fields, which are also the keys of
/// `values` and `errors`: `category`, `description`, `address`, `lat`, `lon`, `photos`
/// (files), `name`, `phone`, `email`, and `district` (hub only) and `channel` (staff entry only).
public struct ReportFormPage: Hashable, Sendable {
    /// A category as offered to the reporter.
    public struct Category: Hashable, Sendable {
        public var code: String
        public var name: String
        /// One sentence on what belongs here ("Rác thải, xả rác nơi công cộng").
        public var description: String?

        public init(code: String, name: String, description: String? = nil) {
            self.code = code
            self.name = name
            self.description = description
        }
    }

    /// What the reporter typed, to refill the form after an error. Coordinates are the text
    /// posted (`lat`, `lon`), not parsed numbers.
    public struct Values: Hashable, Sendable {
        public var category: String
        public var description: String
        public var address: String
        public var latitude: String
        public var longitude: String
        public var name: String
        public var phone: String
        public var email: String
        public var district: String
        public var channel: ReportChannel?

        public init(
            category: String = "", description: String = "", address: String = "", latitude: String = "",
            longitude: String = "", name: String = "", phone: String = "", email: String = "", district: String = "",
            channel: ReportChannel? = nil
        ) {
            self.category = category
            self.description = description
            self.address = address
            self.latitude = latitude
            self.longitude = longitude
            self.name = name
            self.phone = phone
            self.email = email
            self.district = district
            self.channel = channel
        }
    }

    public var categories: [Category]
    /// The districts to choose from; shown only when not empty (the hub's form).
    public var districts: [CodeName]
    public var values: Values
    /// Messages by field name, in the page's language; listed in a summary at the top and
    /// beside each field.
    public var errors: [String: String]
    /// True for the staff's hotline/walk-in entry: caller fields, a channel select, and the
    /// form posts to `/ui/reports` instead of `/report`.
    public var staffEntry: Bool

    public init(
        categories: [Category], districts: [CodeName] = [], values: Values = Values(), errors: [String: String] = [:],
        staffEntry: Bool = false
    ) {
        self.categories = categories
        self.districts = districts
        self.values = values
        self.errors = errors
        self.staffEntry = staffEntry
    }

    /// Where the form posts.
    public var action: String { staffEntry ? "/ui/reports" : "/report" }
}
