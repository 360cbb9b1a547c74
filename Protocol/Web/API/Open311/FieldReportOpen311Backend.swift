import CRDT
import FieldReports
import Identity
import Foundation
import Open311
import StaffUI

/// Open311 GeoReport v2 over the field-report desk: categories are services, cases are
/// service requests.
///
/// A request's public id (`service_request_id`) is its case's id, never its tracking code:
/// the tracking code lets its holder rate the case and read its page, so only the reporter
/// learns it (in the POST's `service_notice`). A request is found by either, so a reporter
/// who kept only the code still finds it.
///
/// Our richer statuses travel in `status_notes` (Vietnamese / English, with how the
/// case stands against its deadline) and the deadline in `expected_datetime`; no
/// reporter contact is ever returned.
struct FieldReportOpen311Backend: Open311Backend {
    let desk: RecordDesk
    let didWrite: @Sendable () -> Void
    /// The key a POST must carry as `api_key`; nil: none needed.
    var apiKey: String? = nil
    /// Daily limits of public submissions, counted under `client` (the request's address).
    var quota: PublicIntakeQuota? = nil
    var client = "unknown"

    func services() async throws -> [Open311Service] {
        try await desk.catalog.snapshot().categories.filter(\.active).map { category in
            Open311Service(
                serviceCode: category.code, serviceName: category.nameVI,
                description: [category.nameEN, category.descriptionVI].filter { !$0.isEmpty }.joined(separator: " — "),
                metadata: !category.attributes.isEmpty, type: .realtime, keywords: [], group: "Trật tự đô thị")
        }
    }

    func definition(serviceCode: String) async throws -> Open311ServiceDefinition? {
        guard let category = try await desk.catalog.snapshot().category(serviceCode), category.active else { return nil }
        return Open311ServiceDefinition(
            serviceCode: category.code,
            attributes: category.attributes.enumerated().map { index, question in
                Open311Attribute(
                    code: question.code, datatype: Open311Attribute.Datatype(rawValue: question.kind.rawValue) ?? .string,
                    required: question.required, order: index + 1, description: question.prompt,
                    values: question.choices.map { .init(key: $0.key, name: $0.name) })
            })
    }

    func requests(matching query: Open311RequestQuery) async throws -> [Open311Request] {
        let reference = try await desk.catalog.snapshot()
        if !query.serviceRequestIDs.isEmpty {
            var found: [Open311Request] = []
            for id in query.serviceRequestIDs.prefix(query.limit) {
                if let record = try await caseRecord(id) { found.append(Self.request(record, reference)) }
            }
            return found
        }
        let open: Bool? = Set(query.statuses).count == 1 ? query.statuses.first == .open : nil
        let records = try await desk.cases(
            receivedFrom: Int64(query.startDate.timeIntervalSince1970 * 1000), to: Int64(query.endDate.timeIntervalSince1970 * 1000),
            categories: query.serviceCodes, open: open, limit: query.limit)
        return records.map { Self.request($0, reference) }
    }

    func request(id: String) async throws -> Open311Request? {
        guard let record = try await caseRecord(id) else { return nil }
        return Self.request(record, try await desk.catalog.snapshot())
    }

    /// The case whose public id or tracking code `id` is.
    func caseRecord(_ id: String) async throws(RecordError) -> CaseRecord? {
        if let entity = EntityID(id) { return try await desk.caseRecord(entity) }
        return try await desk.caseRecord(trackingCode: id)
    }

    func create(_ submission: Open311Submission) async throws -> Open311CreateResult {
        if let apiKey, !HMACSHA256.equal(Array((submission.apiKey ?? "").utf8), Array(apiKey.utf8)) {
            throw Open311Error(code: 403, vietnamese: "Thiếu hoặc sai api_key", english: "api_key missing or invalid")
        }
        if let quota {
            do throws(IntakeRefusal) { try quota.check(client: client, photoBytes: 0, nowMillis: desk.now()) } catch {
                throw Open311Error(code: 429, description: Localizer.bilingual { $0.message(error) })
            }
        }
        let name = [submission.firstName, submission.lastName].compactMap { $0 }.joined(separator: " ")
        let intake = ReportIntake(
            category: submission.serviceCode, description: submission.description ?? "", latitude: submission.lat,
            longitude: submission.long, address: submission.addressString, channel: "open311",
            reporter: .init(name: name.isEmpty ? nil : name, phone: submission.phone, email: submission.email),
            attributes: submission.attributes, district: nil)
        do {
            let receipt = try await desk.intake(intake, author: "open311")
            quota?.record(client: client, photoBytes: 0, nowMillis: desk.now())
            didWrite()
            return Open311CreateResult(
                serviceRequestID: receipt.case.description,
                serviceNotice: Localizer.bilingual { $0.trackWithCode(receipt.trackingCode) }, accountID: nil)
        } catch {
            throw Open311Error(code: error.kind == .invalidInput ? 400 : 500, description: Localizer.bilingual { $0.message(error) })
        }
    }

    func token(_ token: String) async throws -> [Open311TokenAnswer] {
        // Requests are created synchronously: a token is the tracking code the reporter was given.
        guard let record = try await desk.caseRecord(trackingCode: token) else { return [] }
        return [Open311TokenAnswer(serviceRequestID: record.id.description, token: token)]
    }

    static func request(_ record: CaseRecord, _ reference: ReferenceCatalog.Snapshot) -> Open311Request {
        func date(_ millis: Int64?) -> Date? { millis.map { Date(timeIntervalSince1970: Double($0) / 1000) } }
        let (vi, en) = (Localizer(.vi), Localizer(.en))
        var notes = "\(vi.status(record.status)) / \(en.status(record.status))"
        if record.due != .settled { notes += " — \(vi.due(record.due))" }
        if let result = record.result, record.status.outcome == .processed { notes += " — \(result)" }
        if let reason = record.ineligibleReason, record.status == .ineligible { notes += " — \(reason)" }
        return Open311Request(
            serviceRequestID: record.id.description, status: record.status.outcome == .processing ? .open : .closed, statusNotes: notes,
            serviceName: reference.category(record.category)?.nameVI ?? record.category, serviceCode: record.category,
            description: record.description, agencyResponsible: record.unit.flatMap { reference.unit($0)?.nameVI },
            serviceNotice: nil, requestedDatetime: date(record.receivedAt)!, updatedDatetime: date(record.updatedAt),
            expectedDatetime: date(record.deadlineAt), address: record.address, addressID: nil, zipcode: nil,
            lat: record.latitude, long: record.longitude, mediaURL: record.photos.first.map { "/attachments/\($0)" })
    }
}
