/// A service request as a FIWARE Smart Data Models `Open311_ServiceRequest` entity, NGSI-v2 key-values.
///
/// Follows `smart-data-models/dataModel.IssueTracking/Open311_ServiceRequest` (schema.json `$schemaVersion`
/// "0.0", with its `doc/spec.md` and `examples/example.json`). The model's entity type is `Open311ServiceRequest`
/// (no colon); it keeps the GeoReport property names (`service_request_id`, `requested_datetime`, …), calls the
/// request's address `address_string` as its example does, and puts the position in `location` as a GeoJSON
/// Point `[long, lat]`. Two common properties carry what GeoReport has no field for: `areaServed` holds the
/// district code, `address` the schema.org postal address (country VN, region Đắk Lắk, `postalCode` from
/// `zipcode`). `address_id` has no place in the model and is left out.
///
/// Guarantees: absent values are omitted rather than null; datetimes are `Open311DateTime` strings (+07:00);
/// the id is `urn:ngsi-ld:Open311ServiceRequest:` followed by the service request id with every character
/// outside `A–Z a–z 0–9 _ - . :` written as `~` and two hex digits per UTF-8 byte, so it satisfies the model's
/// and Orion's id rules and distinct requests keep distinct ids. Text values are not altered: Orion refuses
/// `< > " ' = ; ( )` in plain attributes, so a broker that enforces that needs them stored as `TextUnrestricted`.
public struct Open311ServiceRequestEntity: Sendable, Hashable {
    public static let entityType = "Open311ServiceRequest"
    public static let idPrefix = "urn:ngsi-ld:Open311ServiceRequest:"

    public var request: Open311Request
    /// The district (huyện/thị xã/thành phố) code the request falls in, exported as `areaServed`.
    public var districtCode: String?
    /// The submission's attribute values, exported as `attributes` when not empty.
    public var attributes: [String: [String]]
    public var jurisdictionID: String?

    public init(
        request: Open311Request, districtCode: String?, attributes: [String: [String]] = [:],
        jurisdictionID: String? = nil
    ) {
        self.request = request
        self.districtCode = districtCode
        self.attributes = attributes
        self.jurisdictionID = jurisdictionID
    }

    /// The NGSI entity id.
    public var id: String { Self.entityID(serviceRequestID: request.serviceRequestID) }

    /// The entity as NGSI-v2 key-values JSON (UTF-8), ready for `POST /v2/entities?options=keyValues`.
    public func keyValuesJSON() -> [UInt8] { Open311JSONWriter.render(node) }

    public static func entityID(serviceRequestID: String) -> String {
        var escaped = ""
        for byte in serviceRequestID.utf8 {
            switch byte {
            case 0x30...0x39, 0x41...0x5A, 0x61...0x7A, 0x5F, 0x2D, 0x2E, 0x3A:
                escaped.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                let hex = String(byte, radix: 16, uppercase: true)
                escaped += "~" + (hex.count == 1 ? "0" : "") + hex
            }
        }
        return idPrefix + escaped
    }

    var node: Open311Node {
        var fields: [Open311Node.Field] = [.init("id", .text(id)), .init("type", .text(Self.entityType))]
        func add(_ name: String, _ value: Open311Node) {
            if value != .null { fields.append(.init(name, value)) }
        }
        add("service_request_id", .text(request.serviceRequestID))
        add("jurisdiction_id", .text(jurisdictionID))
        add("status", .text(request.status.rawValue))
        add("status_notes", .text(request.statusNotes))
        add("service_name", .text(request.serviceName))
        add("service_code", .text(request.serviceCode))
        add("description", .text(request.description))
        add("agency_responsible", .text(request.agencyResponsible))
        add("service_notice", .text(request.serviceNotice))
        add("requested_datetime", .datetime(request.requestedDatetime))
        add("updated_datetime", .datetime(request.updatedDatetime))
        add("expected_datetime", .datetime(request.expectedDatetime))
        add("address_string", .text(request.address))
        var postal: [Open311Node.Field] = [
            .init("addressCountry", .text("VN")), .init("addressRegion", .text("Đắk Lắk")),
        ]
        if let zipcode = request.zipcode { postal.append(.init("postalCode", .text(zipcode))) }
        add("address", .object(postal))
        add("areaServed", .text(districtCode))
        if let lat = request.lat, let long = request.long, lat.isFinite, long.isFinite {
            add(
                "location",
                .object([
                    .init("type", .text("Point")),
                    .init("coordinates", .list(item: "", [.number(long), .number(lat)])),
                ]))
        }
        if !attributes.isEmpty {
            add(
                "attributes",
                .object(
                    attributes.keys.sorted().map {
                        .init($0, .list(item: "", (attributes[$0] ?? []).map { .text($0) }))
                    }))
        }
        add("media_url", .text(request.mediaURL))
        return .object(fields)
    }
}
