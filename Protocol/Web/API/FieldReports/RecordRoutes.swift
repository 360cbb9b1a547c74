import Access
import Attachments
import CRDT
import FieldReports
import Foundation
import Hummingbird
import Identity
import Replica
import StaffUI
import Vietnam

/// The `/api/v1` routes of the field-report service, shared by the node (its district)
/// and the hub (every district, filtered with `?district=`).
///
/// Staff routes need a staff session or HTTP Basic credentials (401 otherwise); the
/// public ones (reference data, tracking by code, rating, signed webhooks, photos by
/// hash) never show a reporter's contact. Every write is validated whole before
/// anything is stored.
public struct RecordRoutes: Sendable {
    public let desk: RecordDesk
    public let attachments: AttachmentStore
    /// Whether stored photos are queued for upstream (a node) or not (the hub).
    public let uploadsPhotos: Bool
    public let auth: StaffAuthenticator
    /// Shared secret of the chat channels' webhooks (`X-IOC-Signature: sha256=<hex HMAC of the body>`); nil: webhooks off.
    public let webhookSecret: String?
    /// Called after every successful write, so sync can start at once.
    public let didWrite: @Sendable () -> Void
    /// The daily limits of public submissions (form, Open311, chat webhooks).
    public let quota: PublicIntakeQuota

    public static let maxBodyBytes = 256 * 1024

    public init(
        desk: RecordDesk, attachments: AttachmentStore, uploadsPhotos: Bool, auth: StaffAuthenticator, webhookSecret: String?,
        quota: PublicIntakeQuota = PublicIntakeQuota(), didWrite: @escaping @Sendable () -> Void
    ) {
        self.quota = quota
        self.desk = desk
        self.attachments = attachments
        self.uploadsPhotos = uploadsPhotos
        self.auth = auth
        self.webhookSecret = webhookSecret
        self.didWrite = didWrite
    }

    public func register<Context: RequestContext>(on router: Router<Context>) {
        let api = router.group("api/v1")
        // Staff
        api.post("reports") { request, context in
            await self.staff(request, .fieldReportsAct) { principal in
                await self.withBody(request, context) { (body: Data) async throws(RecordError) -> Response in
                    var intake = try RecordDesk.parseIntake(json: body)
                    if let districts = principal.districts, let district = districts.first { intake.district = intake.district ?? district }
                    if let asked = intake.district, !principal.sees(district: asked) { throw RecordError(.outOfScope, .otherDistrict(asked)) }
                    let receipt = try await self.desk.intake(intake, author: principal.author)
                    self.didWrite()
                    return JSONResponse.object(
                        ["id": receipt.report.description, "case_id": receipt.case.description, "tracking_code": receipt.trackingCode, "duplicate": receipt.duplicate],
                        status: receipt.duplicate ? .ok : .created)
                }
            }
        }
        api.get("reports") { request, _ in
            await self.staff(request, .fieldReportsContact) { principal in await self.list(RecordDesk.reportType, request, principal) }
        }
        api.get("reports/:id") { request, context in
            await self.staff(request, .fieldReportsContact) { principal in await self.read(RecordDesk.reportType, context, principal) }
        }
        api.get("cases") { request, _ in await self.staff(request, .fieldReportsRead) { principal in await self.cases(request, principal) } }
        api.get("cases/:id") { request, context in
            await self.staff(request, .fieldReportsRead) { principal in await self.read(RecordDesk.caseType, context, principal) }
        }
        api.get("cases/:id/record") { request, context in
            await self.staff(request, .fieldReportsRead) { principal in
                guard let id = context.parameters.get("id").flatMap(EntityID.init) else { return Self.badID() }
                do throws(RecordError) {
                    guard let record = try await self.visibleCase(id, principal) else { return JSONResponse.error(RecordError(.notFound, .caseNotFound(id.description))) }
                    return JSONResponse.object(record.json(staff: true, contact: principal.may(.fieldReportsContact)))
                } catch { return JSONResponse.error(error) }
            }
        }
        api.patch("cases/:id") { request, context in
            await self.staff(request, .fieldReportsAct) { principal in
                guard let id = context.parameters.get("id").flatMap(EntityID.init) else { return Self.badID() }
                return await self.withBody(request, context) { (body: Data) async throws(RecordError) -> Response in
                    guard try await self.visibleCase(id, principal) != nil else { throw RecordError(.notFound, .caseNotFound(id.description)) }
                    try await self.desk.patchCase(id, json: body, author: principal.author)
                    self.didWrite()
                    return JSONResponse.ok(try await self.desk.recordJSON(id, type: RecordDesk.caseType))
                }
            }
        }
        api.post("cases/:id/actions") { request, context in
            await self.staff(request, .fieldReportsAct) { principal in
                guard let id = context.parameters.get("id").flatMap(EntityID.init) else { return Self.badID() }
                return await self.withBody(request, context) { (body: Data) async throws(RecordError) -> Response in
                    guard try await self.visibleCase(id, principal) != nil else { throw RecordError(.notFound, .caseNotFound(id.description)) }
                    let (action, input) = try Self.action(fromJSON: body)
                    try await self.desk.perform(action, on: id, input: input, author: principal.author)
                    self.didWrite()
                    guard let record = try await self.desk.caseRecord(id) else { throw RecordError(.notFound, .caseNotFound(id.description)) }
                    return JSONResponse.object(record.json(staff: true, contact: principal.may(.fieldReportsContact)))
                }
            }
        }
        api.get("stats") { request, _ in await self.staff(request, .fieldReportsStatistics) { principal in await self.statistics(request, principal) } }
        api.post("attachments") { request, _ in await self.staff(request, .fieldReportsAct) { _ in await self.upload(request) } }
        // Public
        api.get("openapi.json") { _, _ in JSONResponse.ok(desk.seesEveryDistrict ? OpenAPIDocument.servedByHub : OpenAPIDocument.servedByNode) }
        api.get("digest") { request, _ in await self.digest(request) }
        api.get("categories") { _, _ in
            do throws(ReplicaError) {
                return JSONResponse.object(["items": try await self.desk.catalog.snapshot().categories.filter(\.active).map(Self.json)])
            } catch { return JSONResponse.error(RecordError(error)) }
        }
        api.get("units") { _, _ in
            do throws(ReplicaError) {
                return JSONResponse.object(["items": try await self.desk.catalog.snapshot().units.map { ["code": $0.code, "name_vi": $0.nameVI, "name_en": $0.nameEN] }])
            } catch { return JSONResponse.error(RecordError(error)) }
        }
        api.get("calendar") { request, _ in await self.calendar(request) }
        api.get("track/:code") { _, context in
            do throws(RecordError) {
                let code = context.parameters.get("code") ?? ""
                guard let record = try await self.desk.caseRecord(trackingCode: code) else {
                    return JSONResponse.error(RecordError(.notFound, .trackingCodeNotFound(String(code.prefix(20)))))
                }
                return JSONResponse.object(record.json(staff: false))
            } catch { return JSONResponse.error(error) }
        }
        api.post("track/:code/rating") { request, context in
            await self.withBody(request, context) { (body: Data) async throws(RecordError) -> Response in
                let object = try RecordDesk.jsonObject(body)
                guard let score = (object["rating"] as? NSNumber)?.intValue else { throw .invalid("rating", .required) }
                try await self.desk.rate(trackingCode: context.parameters.get("code") ?? "", score: score, comment: object["comment"] as? String)
                self.didWrite()
                return JSONResponse.object(["rating": score])
            }
        }
        api.post("webhooks/:channel") { request, context in await self.webhook(request, context) }
        api.get("intake/usage") { request, _ in
            await self.staff(request, .fieldReportsStatistics) { _ in
                let usage = quota.usage(nowMillis: desk.now())
                return JSONResponse.object([
                    "reports": usage.reports, "photo_bytes": usage.photoBytes, "clients": usage.clients,
                    "limits": [
                        "reports_per_client": usage.limits.reportsPerClient, "photo_bytes_per_client": usage.limits.photoBytesPerClient,
                        "photo_bytes_per_report": usage.limits.photoBytesPerReport, "reports_per_site": usage.limits.reportsPerSite,
                        "photo_bytes_per_site": usage.limits.photoBytesPerSite,
                    ],
                ])
            }
        }
        router.get("attachments/:sha") { _, context in self.serveAttachment(context.parameters.get("sha") ?? "") }
    }

    // MARK: Handlers

    /// `StaffAuthenticator.staff`: `body` runs only for a principal allowed `permission`.
    func staff(_ request: Request, _ permission: Permission, _ body: (Principal) async -> Response) async -> Response {
        await auth.staff(request, permission, body)
    }

    /// The case if `principal` may read it (its district, its unit); nil otherwise, so a
    /// case outside its reach looks like no case at all.
    func visibleCase(_ id: EntityID, _ principal: Principal) async throws(RecordError) -> CaseRecord? {
        guard let record = try await desk.caseRecord(id), principal.sees(caseOf: record.scope, unit: record.unit) else { return nil }
        return record
    }

    /// `Principal.district(reading:)`, refusing as a field-report error.
    static func readableDistrict(_ asked: String?, _ principal: Principal) throws(RecordError) -> String? {
        do { return try principal.district(reading: asked) } catch { throw RecordError(.outOfScope, .otherDistrict(asked ?? "")) }
    }

    private func read<Context: RequestContext>(_ type: String, _ context: Context, _ principal: Principal) async -> Response {
        guard let id = context.parameters.get("id").flatMap(EntityID.init) else { return Self.badID() }
        do throws(RecordError) {
            let readable: Bool
            if type == RecordDesk.caseType {
                readable = try await visibleCase(id, principal) != nil
            } else {
                do { readable = try await desk.replica.entity(id).map { principal.sees(district: $0.scope) } ?? false } catch { throw RecordError(error) }
            }
            guard readable else { throw RecordError(.notFound, .recordNotFound(type: type, id: id.description)) }
            return JSONResponse.ok(try await desk.recordJSON(id, type: type))
        } catch { return JSONResponse.error(error) }
    }

    private func list(_ type: String, _ request: Request, _ principal: Principal) async -> Response {
        let query = Self.parameters(request)
        guard let (limit, offset) = Self.paging(query) else { return Self.badPaging() }
        let conflicted = query["conflicted"] == "true"
        do throws(RecordError) {
            let scope = try Self.readableDistrict(query["district"], principal)
            return JSONResponse.ok(try await desk.listJSON(type: type, scope: scope, conflictedOnly: conflicted, limit: limit, offset: offset))
        } catch { return JSONResponse.error(error) }
    }

    private func cases(_ request: Request, _ principal: Principal) async -> Response {
        let query = Self.parameters(request)
        guard let (limit, offset) = Self.paging(query) else { return Self.badPaging() }
        var status: CaseStatus?
        if let raw = query["status"] {
            guard let parsed = CaseStatus(rawValue: raw) else {
                return JSONResponse.error(.invalid("status", .notOneOf(value: raw, choices: CaseStatus.allCases.map(\.rawValue))))
            }
            status = parsed
        }
        do throws(RecordError) {
            let list = CaseListQuery(
                scope: try Self.readableDistrict(query["district"], principal), unit: principal.unitOnly, status: status, text: query["q"],
                conflictedOnly: query["conflicted"] == "true", limit: limit, offset: offset)
            let found = try await desk.listCases(list)
            var counts: [String: Int] = [:]
            for (status, count) in found.statusCounts { counts[status.rawValue] = count }
            return JSONResponse.object([
                "items": found.cases.map { $0.json(staff: true, contact: principal.may(.fieldReportsContact), timeline: false) }, "count": found.cases.count, "total": found.total,
                "status_counts": counts, "limit": limit, "offset": offset,
            ])
        } catch { return JSONResponse.error(error) }
    }

    private func statistics(_ request: Request, _ principal: Principal) async -> Response {
        var query: StatisticsQuery
        do throws(RecordError) {
            query = try Self.statisticsQuery(Self.parameters(request))
            query.scope = try Self.readableDistrict(query.scope, principal)
            if let unit = principal.unitOnly { query.unit = unit }
        } catch { return JSONResponse.error(error) }
        do throws(RecordError) {
            let result = try await desk.statistics(query)
            return JSONResponse.object([
                "group_by": query.groupBy.rawValue, "from": query.from?.description ?? NSNull(), "to": query.to?.description ?? NSNull(),
                "rows": result.rows.map(\.json), "total": result.total.json, "sentence_vi": result.total.sentenceVI,
            ])
        } catch { return JSONResponse.error(error) }
    }

    private func upload(_ request: Request) async -> Response {
        var request = request
        let buffer: ByteBuffer
        do { buffer = try await request.collectBody(upTo: attachments.maxBytes) } catch {
            return JSONResponse.error(.contentTooLarge, code: "too_large", message: Localizer.bilingual { $0.message(AttachmentError.tooLarge(bytes: self.attachments.maxBytes + 1, limit: self.attachments.maxBytes)) })
        }
        do throws(AttachmentError) {
            let stored = try attachments.put(Array(buffer: buffer), declaredType: request.headers[.contentType], queueForHub: uploadsPhotos)
            if stored.isNew { didWrite() }
            return JSONResponse.object(
                ["sha256": stored.attachment.sha256, "media_type": stored.attachment.mediaType, "size": stored.attachment.size, "url": "/attachments/\(stored.attachment.sha256)"],
                status: stored.isNew ? .created : .ok)
        } catch {
            return JSONResponse.error(error.isInputError ? .badRequest : .init(code: 507), code: "invalid_attachment", message: Localizer.bilingual { $0.message(error) }, field: "photo")
        }
    }

    func serveAttachment(_ sha: String) -> Response {
        do throws(AttachmentError) {
            guard let found = try attachments.get(sha) else {
                return JSONResponse.error(.notFound, code: "not_found", message: Localizer.bilingual { $0.message(HTTPRefusal.photoNotHereYet) })
            }
            return Response(
                status: .ok, headers: [.contentType: found.mediaType, .cacheControl: "private, max-age=31536000, immutable"],
                body: .init(byteBuffer: ByteBuffer(bytes: found.bytes)))
        } catch {
            return JSONResponse.error(.badRequest, code: "invalid_input", message: Localizer.bilingual { $0.message(error) }, field: "sha256")
        }
    }

    /// A chat channel (Zalo, Facebook) delivers a citizen's message through its relay:
    /// `{"message_id", "text", "category", "sender": {"name", "phone"}, "location": {"lat", "lon"}, "address"}`,
    /// signed with the shared secret. A repeated `message_id` returns the first receipt.
    private func webhook<Context: RequestContext>(_ request: Request, _ context: Context) async -> Response {
        let channel = context.parameters.get("channel") ?? ""
        guard ["zalo", "facebook"].contains(channel) else {
            return JSONResponse.error(.notFound, code: "not_found", message: Localizer.bilingual { $0.message(HTTPRefusal.unknownChannel(String(channel.prefix(20)), choices: ["zalo", "facebook"])) })
        }
        guard let secret = webhookSecret else {
            return JSONResponse.error(.notFound, code: "webhooks_off", message: Localizer.bilingual { $0.message(HTTPRefusal.webhooksNotConfigured) })
        }
        return await withBody(request, context) { (body: Data) async throws(RecordError) -> Response in
            let given = request.headers.first { $0.name.canonicalName == "x-ioc-signature" }?.value ?? ""
            let expected = HMACSHA256.mac(key: Array(secret.utf8), message: Array(body))
            guard given.hasPrefix("sha256="), let mac = try? Hex.decode(Array(given.dropFirst(7).utf8)), HMACSHA256.equal(mac, expected) else {
                return JSONResponse.error(.unauthorized, code: "bad_signature", message: Localizer.bilingual { $0.message(HTTPRefusal.badWebhookSignature) })
            }
            let object = try RecordDesk.jsonObject(body)
            guard let messageID = object["message_id"] as? String, !messageID.isEmpty else { throw .invalid("message_id", .required) }
            guard let text = object["text"] as? String else { throw .invalid("text", .required) }
            let sender = object["sender"] as? [String: Any] ?? [:]
            // The relay's address is the chat platform's: each citizen counts under their sender id.
            let client = "\(channel):" + ((sender["id"] as? String).flatMap { $0.isEmpty ? nil : String($0.prefix(80)) } ?? PeerAddress.of(request))
            do throws(IntakeRefusal) { try quota.check(client: client, photoBytes: 0, nowMillis: desk.now()) } catch { return JSONResponse.error(error) }
            let location = object["location"] as? [String: Any]
            let intake = ReportIntake(
                category: object["category"] as? String ?? "khac", description: text,
                latitude: (location?["lat"] as? NSNumber)?.doubleValue, longitude: (location?["lon"] as? NSNumber)?.doubleValue,
                address: object["address"] as? String, channel: channel,
                reporter: .init(name: sender["name"] as? String, phone: sender["phone"] as? String),
                externalID: messageID, district: object["district"] as? String)
            let receipt = try await desk.intake(intake, author: "kenh-\(channel)")
            if !receipt.duplicate {
                quota.record(client: client, photoBytes: 0, nowMillis: desk.now())
                didWrite()
            }
            return JSONResponse.object(["tracking_code": receipt.trackingCode, "case_id": receipt.case.description, "duplicate": receipt.duplicate], status: receipt.duplicate ? .ok : .created)
        }
    }

    private func digest(_ request: Request) async -> Response {
        let district = request.uri.queryParameters.get("district").map { String($0) }
        let scopes = district.map { [$0, Scope.province] }
        do throws(ReplicaError) {
            let digest = try await desk.replica.stateDigest(scopes: scopes)
            let types = try await desk.replica.entityCounts(scopes: scopes)
            return JSONResponse.object(["digest": digest.digest, "entities": digest.entities, "types": types, "scopes": scopes ?? ["*"]])
        } catch { return JSONResponse.error(RecordError(error)) }
    }

    private func calendar(_ request: Request) async -> Response {
        let year = request.uri.queryParameters.get("year").flatMap { Int(String($0)) } ?? VietnamTime.date(millis: desk.now()).year
        guard (1900...2199).contains(year) else { return JSONResponse.error(.invalid("year", .outOfRange(min: 1900, max: 2199))) }
        do throws(ReplicaError) {
            let reference = try await desk.catalog.snapshot()
            return JSONResponse.object([
                "year": year,
                "holidays": WorkingCalendar.statutoryHolidays(year: year).map {
                    ["date": $0.date.description, "name": $0.name, "name_en": $0.englishName, "compensatory": $0.isCompensatory] as [String: Any]
                },
                "announced": reference.days.filter { $0.date.year == year }.map { ["date": $0.date.description, "kind": $0.kind.rawValue, "name": $0.name] },
            ])
        } catch { return JSONResponse.error(RecordError(error)) }
    }

    // MARK: Parsing

    /// The query string's parameters (the first of repeated ones).
    /// The hub's editing of the province's reference data (categories, announced days).
    public func registerReferenceEditing<Context: RequestContext>(on router: Router<Context>) {
        let api = router.group("api/v1")
        api.put("categories/:code") { request, context in
            await self.staff(request, .referenceEdit) { principal in
                await self.withBody(request, context) { (body: Data) async throws(RecordError) -> Response in
                    let category = try Self.category(fromJSON: body, code: context.parameters.get("code") ?? "")
                    try await self.reference { () throws(ReplicaError) in try await self.desk.catalog.put(category, author: principal.author) }
                    self.didWrite()
                    return JSONResponse.object(Self.json(category))
                }
            }
        }
        api.put("calendar/:date") { request, context in
            await self.staff(request, .referenceEdit) { principal in
                await self.withBody(request, context) { (body: Data) async throws(RecordError) -> Response in
                    guard let date = context.parameters.get("date").flatMap(CivilDate.init(iso:)) else {
                        throw .invalid("date", .notADate)
                    }
                    let object = try RecordDesk.jsonObject(body)
                    guard let kind = (object["kind"] as? String).flatMap(CalendarDay.Kind.init(rawValue:)) else {
                        throw .invalid("kind", .notOneOf(value: nil, choices: ["off", "working"]))
                    }
                    let name = (object["name"] as? String)?.prefix(200).description ?? ""
                    try await self.reference { () throws(ReplicaError) in try await self.desk.catalog.put(CalendarDay(date: date, kind: kind, name: name), author: principal.author) }
                    self.didWrite()
                    return JSONResponse.object(["date": date.description, "kind": kind.rawValue, "name": name])
                }
            }
        }
    }

    public static func parameters(_ request: Request) -> [String: String] {
        var result: [String: String] = [:]
        for (key, value) in request.uri.queryParameters where result[String(key)] == nil { result[String(key)] = String(value) }
        return result
    }

    func reference(_ body: () async throws(ReplicaError) -> Void) async throws(RecordError) {
        do { try await body() } catch { throw RecordError(error) }
    }

    static func paging(_ query: [String: String]) -> (Int, Int)? {
        let limit = query["limit"].flatMap { Int($0) } ?? 50
        let offset = query["offset"].flatMap { Int($0) } ?? 0
        guard (1...1000).contains(limit), offset >= 0 else { return nil }
        return (limit, offset)
    }

    public static func statisticsQuery(_ query: [String: String]) throws(RecordError) -> StatisticsQuery {
        func date(_ key: String) throws(RecordError) -> CivilDate? {
            guard let raw = query[key], !raw.isEmpty else { return nil }
            guard let date = CivilDate(iso: raw) else { throw .invalid(key, .notADate) }
            return date
        }
        var result = StatisticsQuery(from: try date("from"), to: try date("to"))
        if let from = result.from, let to = result.to, from > to { throw .invalid("from", .fromAfterTo) }
        func text(_ key: String) -> String? { query[key].flatMap { $0.isEmpty ? nil : $0 } }
        result.scope = text("district")
        result.unit = text("unit")
        result.category = text("category")
        if let group = text("group") {
            guard let grouping = StatisticsQuery.Grouping(rawValue: group) else {
                throw .invalid("group", .notOneOf(value: nil, choices: StatisticsQuery.Grouping.allCases.map(\.rawValue)))
            }
            result.groupBy = grouping
        }
        return result
    }

    static func action(fromJSON body: Data) throws(RecordError) -> (CaseAction, CaseActionInput) {
        let object = try RecordDesk.jsonObject(body)
        let allowed: Set<String> = ["action", "category", "unit", "priority", "reason", "result", "photos", "district", "text"]
        if let unknown = object.keys.sorted().first(where: { !allowed.contains($0) }) {
            throw .invalid(unknown, .unknownField(unknown, allowed: allowed.sorted()))
        }
        guard let name = object["action"] as? String, let action = CaseAction(rawValue: name) else {
            throw .invalid("action", .notOneOf(value: nil, choices: CaseAction.allCases.map(\.rawValue)))
        }
        for key in allowed.subtracting(["action", "photos"]) where object[key] != nil && !(object[key] is String) && !(object[key] is NSNull) {
            throw .invalid(key, .notAString)
        }
        if let photos = object["photos"], !(photos is [String]) { throw .invalid("photos", .notAPhotoList) }
        return (action, CaseActionInput(
            category: object["category"] as? String, unit: object["unit"] as? String, priority: object["priority"] as? String,
            reason: object["reason"] as? String, result: object["result"] as? String, photos: object["photos"] as? [String] ?? [],
            district: object["district"] as? String, text: object["text"] as? String))
    }

    static func category(fromJSON body: Data, code: String) throws(RecordError) -> ReportCategory {
        let object = try RecordDesk.jsonObject(body)
        guard (2...64).contains(code.count), code.allSatisfy({ $0.isASCII && ($0.isLowercase || $0.isNumber || $0 == "-") }) else {
            throw .invalid("code", .invalidCategoryCode)
        }
        guard let nameVI = object["name_vi"] as? String, !nameVI.isEmpty, let nameEN = object["name_en"] as? String, !nameEN.isEmpty else {
            throw .invalid("name_vi", .namesRequired)
        }
        guard let units = object["units"] as? [String], !units.isEmpty else { throw .invalid("units", .required) }
        guard let days = (object["deadline_days"] as? NSNumber)?.intValue, (1...90).contains(days) else {
            throw .invalid("deadline_days", .outOfRange(min: 1, max: 90))
        }
        var questions: [CategoryQuestion] = []
        for item in object["attributes"] as? [[String: Any]] ?? [] {
            guard let code = item["code"] as? String, let prompt = item["prompt"] as? String,
                let kind = (item["kind"] as? String).flatMap(CategoryQuestion.Kind.init(rawValue:))
            else { throw .invalid("attributes", .invalidQuestion) }
            let choices = (item["choices"] as? [[String: String]] ?? []).compactMap { choice in
                choice["key"].map { CategoryQuestion.Choice(key: $0, name: choice["name"] ?? $0) }
            }
            questions.append(CategoryQuestion(code: code, prompt: prompt, kind: kind, required: item["required"] as? Bool ?? false, choices: choices))
        }
        return ReportCategory(
            code: code, nameVI: nameVI, nameEN: nameEN, descriptionVI: object["description_vi"] as? String ?? "", units: units,
            deadlineWorkingDays: days, attributes: questions, active: object["active"] as? Bool ?? true)
    }

    static func json(_ category: ReportCategory) -> [String: Any] {
        [
            "code": category.code, "name_vi": category.nameVI, "name_en": category.nameEN, "description_vi": category.descriptionVI,
            "units": category.units, "deadline_days": category.deadlineWorkingDays, "active": category.active,
            "attributes": category.attributes.map { ["code": $0.code, "prompt": $0.prompt, "kind": $0.kind.rawValue, "required": $0.required, "choices": $0.choices.map { ["key": $0.key, "name": $0.name] }] },
        ]
    }

    func withBody<Context: RequestContext>(
        _ request: Request, _ context: Context, _ body: (Data) async throws(RecordError) -> Response
    ) async -> Response {
        var request = request
        let buffer: ByteBuffer
        do { buffer = try await request.collectBody(upTo: Self.maxBodyBytes) } catch {
            return JSONResponse.error(.contentTooLarge, code: "too_large", message: Localizer.bilingual { $0.message(HTTPRefusal.bodyTooLarge(limit: Self.maxBodyBytes)) })
        }
        do { return try await body(Data(buffer: buffer)) } catch { return JSONResponse.error(error) }
    }

    static func badID() -> Response {
        JSONResponse.error(.badRequest, code: "invalid_input", message: Localizer.bilingual { $0.message(HTTPRefusal.notAUUID) }, field: "id")
    }

    static func badPaging() -> Response {
        JSONResponse.error(.badRequest, code: "invalid_input", message: Localizer.bilingual { $0.message(HTTPRefusal.pageOutOfRange) })
    }
}
