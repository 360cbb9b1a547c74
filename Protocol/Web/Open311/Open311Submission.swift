import Foundation
import WebForms

/// The form of POST requests: a new report.
///
/// `init(form:)` enforces what the spec requires of every submission, independent of the service: a
/// `service_code`, a location (`lat` and `long` together, or `address_string`, or `address_id`), numeric in-range
/// coordinates, and a description of at most 4,000 characters. `validate(against:)` adds the service
/// definition's rules. API keys and jurisdiction-specific checks (is the point inside Đắk Lắk?) belong to the
/// backend, which can throw `Open311Error` to refuse.
public struct Open311Submission: Sendable, Hashable {
    /// The spec's limit on `description`, in characters.
    public static let maximumDescriptionLength = 4000

    public var serviceCode: String
    public var lat: Double?
    public var long: Double?
    public var addressString: String?
    public var addressID: String?
    public var email: String?
    public var deviceID: String?
    public var accountID: String?
    public var firstName: String?
    public var lastName: String?
    public var phone: String?
    public var description: String?
    public var mediaURL: String?
    /// Values by attribute code, from `attribute[CODE]=v` and `attribute[CODE][]=v`, in the order sent.
    public var attributes: [String: [String]]
    public var apiKey: String?
    public var jurisdictionID: String?

    public init(
        serviceCode: String, lat: Double? = nil, long: Double? = nil, addressString: String? = nil,
        addressID: String? = nil, email: String? = nil, deviceID: String? = nil, accountID: String? = nil,
        firstName: String? = nil, lastName: String? = nil, phone: String? = nil, description: String? = nil,
        mediaURL: String? = nil, attributes: [String: [String]] = [:], apiKey: String? = nil,
        jurisdictionID: String? = nil
    ) {
        self.serviceCode = serviceCode
        self.lat = lat
        self.long = long
        self.addressString = addressString
        self.addressID = addressID
        self.email = email
        self.deviceID = deviceID
        self.accountID = accountID
        self.firstName = firstName
        self.lastName = lastName
        self.phone = phone
        self.description = description
        self.mediaURL = mediaURL
        self.attributes = attributes
        self.apiKey = apiKey
        self.jurisdictionID = jurisdictionID
    }

    /// Reads decoded form pairs (see `URLEncodedForm(validating:)`).
    ///
    /// For ordinary fields the first non-empty occurrence wins and an empty value counts as absent. Attribute
    /// values accumulate across repeated keys; empty ones are dropped. Unknown fields are ignored.
    public init(form pairs: [(String, String)]) throws(Open311Error) {
        var fields: [String: String] = [:]
        var attributes: [String: [String]] = [:]
        for (name, value) in pairs {
            if let code = Self.attributeCode(name) {
                if !value.isEmpty { attributes[code, default: []].append(value) }
            } else if !value.isEmpty, fields[name] == nil {
                fields[name] = value
            }
        }
        guard let serviceCode = fields["service_code"]?.trimmingCharacters(in: .whitespaces), !serviceCode.isEmpty
        else { throw .serviceCodeRequired }
        let lat = try fields["lat"].map { text throws(Open311Error) in
            guard let value = Self.decimal(text), (-90...90).contains(value) else { throw .invalidLat }
            return value
        }
        let long = try fields["long"].map { text throws(Open311Error) in
            guard let value = Self.decimal(text), (-180...180).contains(value) else { throw .invalidLong }
            return value
        }
        guard (lat == nil) == (long == nil) else { throw .latLongTogether }
        guard lat != nil || fields["address_string"] != nil || fields["address_id"] != nil else {
            throw .locationRequired
        }
        if let description = fields["description"], description.count > Self.maximumDescriptionLength {
            throw .descriptionTooLong
        }
        self.init(
            serviceCode: serviceCode, lat: lat, long: long, addressString: fields["address_string"],
            addressID: fields["address_id"], email: fields["email"], deviceID: fields["device_id"],
            accountID: fields["account_id"], firstName: fields["first_name"], lastName: fields["last_name"],
            phone: fields["phone"], description: fields["description"], mediaURL: fields["media_url"],
            attributes: attributes, apiKey: fields["api_key"], jurisdictionID: fields["jurisdiction_id"])
    }

    /// Checks the attributes against the service's definition.
    ///
    /// Every `variable` attribute marked `required` must have a value; list attributes may only use the
    /// definition's keys (one for `singlevaluelist`, any number for `multivaluelist`); the other datatypes take
    /// one value, which for `number` must be a decimal and for `datetime` a W3C datetime with a zone. Attributes
    /// the definition does not know, and values for non-variable attributes, are left for the backend.
    public func validate(against definition: Open311ServiceDefinition) throws(Open311Error) {
        for attribute in definition.attributes where attribute.variable {
            let values = attributes[attribute.code] ?? []
            guard !values.isEmpty else {
                if attribute.required { throw .attributeRequired(attribute.code) }
                continue
            }
            if attribute.datatype != .multivaluelist, values.count > 1 {
                throw .attributeSingleValue(attribute.code)
            }
            switch attribute.datatype {
            case .singlevaluelist, .multivaluelist:
                let keys = Set(attribute.values.map(\.key))
                if let wrong = values.first(where: { !keys.contains($0) }) {
                    throw .attributeValueNotAllowed(attribute.code, value: wrong)
                }
            case .number:
                if values.contains(where: { Self.decimal($0) == nil }) { throw .attributeNotNumber(attribute.code) }
            case .datetime:
                if values.contains(where: { Open311DateTime.parse($0) == nil }) {
                    throw .attributeNotDatetime(attribute.code)
                }
            case .string, .text:
                break
            }
        }
    }

    /// `CODE` for `attribute[CODE]` and `attribute[CODE][]`; nil for any other name.
    static func attributeCode(_ name: String) -> String? {
        guard name.hasPrefix("attribute["), let close = name.firstIndex(of: "]") else { return nil }
        let code = name[name.index(name.startIndex, offsetBy: 10)..<close]
        let rest = name[name.index(after: close)...]
        guard !code.isEmpty, rest.isEmpty || rest == "[]" else { return nil }
        return String(code)
    }

    /// A plain decimal (`12.68`, `-1e-3`); nil for hex, `nan`, `inf`, commas and anything non-finite.
    static func decimal(_ text: String) -> Double? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty, trimmed.unicodeScalars.allSatisfy({ "0123456789+-.eE".unicodeScalars.contains($0) }),
            let value = Double(trimmed), value.isFinite
        else { return nil }
        return value
    }
}
