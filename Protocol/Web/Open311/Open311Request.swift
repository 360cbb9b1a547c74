import Foundation

/// A service request as GET requests and GET requests/{id} return it.
///
/// Every field of the spec is always emitted, in the spec's order; absent values are JSON `null` and empty XML
/// elements (`<status_notes></status_notes>`), as in the spec's examples. Reading back, null, empty and missing
/// are all nil. Datetimes are emitted with the +07:00 offset, to the second.
public struct Open311Request: Sendable, Hashable, Identifiable {
    public enum Status: String, Sendable, Hashable, CaseIterable {
        /// Reported and not yet resolved.
        case open
        /// Resolved (or rejected; `statusNotes` says which).
        case closed
    }

    public var serviceRequestID: String
    public var status: Status
    public var statusNotes: String?
    public var serviceName: String
    public var serviceCode: String
    public var description: String?
    public var agencyResponsible: String?
    public var serviceNotice: String?
    public var requestedDatetime: Date
    public var updatedDatetime: Date?
    public var expectedDatetime: Date?
    public var address: String?
    public var addressID: String?
    public var zipcode: String?
    public var lat: Double?
    public var long: Double?
    public var mediaURL: String?

    public var id: String { serviceRequestID }

    public init(
        serviceRequestID: String, status: Status, statusNotes: String? = nil, serviceName: String,
        serviceCode: String, description: String? = nil, agencyResponsible: String? = nil,
        serviceNotice: String? = nil, requestedDatetime: Date, updatedDatetime: Date? = nil,
        expectedDatetime: Date? = nil, address: String? = nil, addressID: String? = nil, zipcode: String? = nil,
        lat: Double? = nil, long: Double? = nil, mediaURL: String? = nil
    ) {
        self.serviceRequestID = serviceRequestID
        self.status = status
        self.statusNotes = statusNotes
        self.serviceName = serviceName
        self.serviceCode = serviceCode
        self.description = description
        self.agencyResponsible = agencyResponsible
        self.serviceNotice = serviceNotice
        self.requestedDatetime = requestedDatetime
        self.updatedDatetime = updatedDatetime
        self.expectedDatetime = expectedDatetime
        self.address = address
        self.addressID = addressID
        self.zipcode = zipcode
        self.lat = lat
        self.long = long
        self.mediaURL = mediaURL
    }

    var node: Open311Node {
        .object([
            .init("service_request_id", .text(serviceRequestID)),
            .init("status", .text(status.rawValue)),
            .init("status_notes", .text(statusNotes)),
            .init("service_name", .text(serviceName)),
            .init("service_code", .text(serviceCode)),
            .init("description", .text(description)),
            .init("agency_responsible", .text(agencyResponsible)),
            .init("service_notice", .text(serviceNotice)),
            .init("requested_datetime", .datetime(requestedDatetime)),
            .init("updated_datetime", .datetime(updatedDatetime)),
            .init("expected_datetime", .datetime(expectedDatetime)),
            .init("address", .text(address)),
            .init("address_id", .text(addressID)),
            .init("zipcode", .text(zipcode)),
            .init("lat", .number(lat)),
            .init("long", .number(long)),
            .init("media_url", .text(mediaURL)),
        ])
    }

    init(node: Open311Node) throws(Open311DecodingError) {
        self.init(
            serviceRequestID: try node.requiredString("service_request_id"),
            status: try node.requiredEnum("status", as: Status.self),
            statusNotes: node.optionalString("status_notes"),
            serviceName: try node.requiredString("service_name"),
            serviceCode: try node.requiredString("service_code"),
            description: node.optionalString("description"),
            agencyResponsible: node.optionalString("agency_responsible"),
            serviceNotice: node.optionalString("service_notice"),
            requestedDatetime: try node.requiredDate("requested_datetime"),
            updatedDatetime: try node.optionalDate("updated_datetime"),
            expectedDatetime: try node.optionalDate("expected_datetime"),
            address: node.optionalString("address"),
            addressID: node.optionalString("address_id"),
            zipcode: node.optionalString("zipcode"),
            lat: try node.optionalDouble("lat"),
            long: try node.optionalDouble("long"),
            mediaURL: node.optionalString("media_url"))
    }
}
