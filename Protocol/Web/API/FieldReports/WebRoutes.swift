import Access
import Attachments
import CRDT
import FieldReports
import Foundation
import Hummingbird
import Identity
import StaffUI
import Vietnam
import WebForms

/// The server-rendered web UI: the citizen's report form and tracking page (public), the
/// staff sign-in, inbox, case page with actions, hotline entry and statistics.
///
/// Guarantees: every page works with no internet (no external asset); staff pages need a
/// session and every staff form a CSRF token bound to it; a refused form is shown again
/// with the message in the reader's language and nothing written; photos are stored
/// (checked, deduplicated) only once the whole form is valid.
struct WebRoutes: Sendable {
    let api: RecordRoutes
    let siteTitle: String
    /// Whether this site serves the account and token pages (the hub).
    var administersAccounts = false
    /// Who the page being built is for, set by `signedIn` around its body: the navigation
    /// offers the administration pages only to a reader who may use one.
    @TaskLocal static var reader: Principal?
    static let maxFormBytes = 32 * 1024 * 1024

    var desk: RecordDesk { api.desk }

    func register<Context: RequestContext>(on router: Router<Context>) {
        router.get("/") { _, _ in Response(status: .seeOther, headers: [.location: desk.seesEveryDistrict ? "/ui/stats" : "/ui/inbox"]) }
        router.get("report") { request, _ in await self.reportForm(request, staffEntry: false, values: .init(), errors: [:], status: .ok) }
        router.post("report") { request, _ in await self.submitReport(request, staffEntry: false, principal: nil) }
        router.get("track") { request, _ in await self.track(request) }
        router.post("track/:code/rating") { request, context in await self.rate(request, code: context.parameters.get("code") ?? "") }
        router.get("ui/login") { request, _ in
            let next = RecordRoutes.parameters(request)["next"] ?? "/ui/inbox"
            return Self.html(PublicPages.login(next: Self.safeNext(next), failed: false, context: self.context(request, audience: .citizen)))
        }
        router.post("ui/login") { request, _ in await self.login(request) }
        router.post("ui/logout") { request, _ in
            Response(status: .seeOther, headers: [.location: "/ui/login", .setCookie: await api.auth.signOut(request)])
        }
        router.get("ui/inbox") { request, _ in await self.signedIn(request, .fieldReportsRead) { principal in await self.inbox(request, principal) } }
        router.get("ui/cases/:id") { request, context in
            await self.signedIn(request, .fieldReportsRead) { principal in
                await self.casePage(request, principal, id: context.parameters.get("id") ?? "", flash: nil, status: .ok)
            }
        }
        router.post("ui/cases/:id/actions/:action") { request, context in
            await self.signedIn(request, .fieldReportsAct) { principal in
                await self.act(request, principal, id: context.parameters.get("id") ?? "", action: context.parameters.get("action") ?? "")
            }
        }
        router.get("ui/reports/new") { request, _ in
            await self.signedIn(request, .fieldReportsAct) { _ in
                await self.reportForm(request, staffEntry: true, values: .init(channel: .hotline), errors: [:], status: .ok)
            }
        }
        router.post("ui/reports") { request, _ in
            await self.signedIn(request, .fieldReportsAct) { principal in await self.submitReport(request, staffEntry: true, principal: principal) }
        }
        router.get("ui/stats") { request, _ in
            await self.signedIn(request, .fieldReportsStatistics) { principal in await self.statistics(request, principal) }
        }
    }

    // MARK: Context

    func language(_ request: Request) -> Language {
        if let asked = RecordRoutes.parameters(request)["lang"].flatMap(Language.init(queryValue:)) { return asked }
        return StaffAuthenticator.cookie("ioc_lang", in: request).flatMap(Language.init(queryValue:)) ?? .vi
    }

    /// The labels in the request's language.
    func localizer(_ request: Request) -> Localizer { Localizer(language(request)) }

    func context(_ request: Request, audience: PageContext.Audience, flash: PageContext.Flash? = nil) -> PageContext {
        return PageContext(
            language: language(request), siteTitle: siteTitle, seesEveryDistrict: desk.seesEveryDistrict, currentPath: request.uri.description,
            districts: CodeName.districts, flash: flash, searchText: RecordRoutes.parameters(request)["q"] ?? "",
            audience: audience, csrfToken: api.auth.formToken(request),
            showsAdministration: Self.reader?.may(.accountsManage) ?? false)
    }

    /// Whether a staff form carries the token of the request's session.
    func formIsFromThisSession(_ request: Request, _ form: FormInput) -> Bool {
        guard let expected = api.auth.formToken(request), let given = form["csrf_token"] else { return false }
        return HMACSHA256.equal(Array(given.utf8), Array(expected.utf8))
    }

    /// Runs `body` with a small posted staff form (16 KiB at most) that carries this
    /// session's CSRF token; answers 400 for a malformed or oversized form, 403 without the token.
    func withStaffForm(_ request: Request, _ body: (FormInput) async -> Response) async -> Response {
        let form: FormInput
        do throws(HTTPRefusal) { form = try await FormInput.read(request, limit: 16 * 1024) } catch {
            return errorPage(request, .badRequest, localizer(request).message(error))
        }
        guard formIsFromThisSession(request, form) else { return errorPage(request, .forbidden, localizer(request).formExpired) }
        return await body(form)
    }

    /// Runs `body` for a signed-in principal allowed `permission`; sends a browser without
    /// a session to sign in, and answers 403 with a page to one without the permission.
    func signedIn(_ request: Request, _ permission: Permission, _ body: (Principal) async -> Response) async -> Response {
        let principal: Principal?
        do throws(AccessError) { principal = try await api.auth.principal(for: request) } catch {
            var response = errorPage(request, error == .busy ? .serviceUnavailable : .tooManyRequests, localizer(request).message(error))
            if case let .tooManyAttempts(seconds) = error { response.headers[.retryAfter] = "\(seconds)" }
            return response
        }
        guard let principal else {
            let next = URLEncodedForm.percentEncode(request.uri.description)
            return Response(status: .seeOther, headers: [.location: "/ui/login?next=\(next)"])
        }
        guard principal.may(permission) else {
            await api.auth.audit(request, principal, permission, status: .forbidden)
            return errorPage(request, .forbidden, localizer(request).message(AccessError.forbidden(permission)))
        }
        var response = await Self.$reader.withValue(principal) { await body(principal) }
        await api.auth.audit(request, principal, permission, status: response.status)
        if let asked = RecordRoutes.parameters(request)["lang"], Language(queryValue: asked) != nil {
            response.headers[.setCookie] = "ioc_lang=\(asked); Path=/; SameSite=Lax; Max-Age=31536000"
        }
        return response
    }

    static func html(_ page: String, status: HTTPResponse.Status = .ok) -> Response {
        Response(status: status, headers: [.contentType: "text/html; charset=utf-8"], body: .init(byteBuffer: ByteBuffer(string: page)))
    }

    func errorPage(_ request: Request, _ status: HTTPResponse.Status, _ message: String, audience: PageContext.Audience = .staff) -> Response {
        Self.html(PublicPages.error(ErrorPage(status: Int(status.code), message: message), context: context(request, audience: audience)), status: status)
    }

    static func safeNext(_ next: String) -> String { next.hasPrefix("/ui/") && !next.hasPrefix("//") ? next : "/ui/inbox" }

    // MARK: Sign-in

    func login(_ request: Request) async -> Response {
        var request = request
        guard let buffer = try? await request.collectBody(upTo: 16 * 1024) else { return errorPage(request, .contentTooLarge, localizer(request).formTooLarge) }
        let form = URLEncodedForm(body: Array(buffer: buffer))
        let next = Self.safeNext(form["next"] ?? "/ui/inbox")
        let signedIn: (account: Account, cookie: String)?
        do throws(AccessError) {
            guard let user = form["user"], let password = form["password"] else { throw .noSuchAccount("") }
            signedIn = try await api.auth.signIn(user, password: password, address: PeerAddress.of(request))
        } catch {
            switch error {
            case .busy: return errorPage(request, .serviceUnavailable, localizer(request).message(error), audience: .citizen)
            case let .tooManyAttempts(seconds):
                var response = errorPage(request, .tooManyRequests, localizer(request).message(error), audience: .citizen)
                response.headers[.retryAfter] = "\(seconds)"
                return response
            default: signedIn = nil
            }
        }
        guard let signedIn else {
            return Self.html(PublicPages.login(next: next, failed: true, context: context(request, audience: .citizen)), status: .unauthorized)
        }
        return Response(status: .seeOther, headers: [.location: next, .setCookie: signedIn.cookie])
    }

    // MARK: Inbox, case, statistics

    func inbox(_ request: Request, _ principal: Principal) async -> Response {
        let query = RecordRoutes.parameters(request)
        let l = Localizer(language(request))
        let status = query["status"].flatMap(CaseStatus.init(rawValue:))
        let offset = max(0, query["offset"].flatMap { Int($0) } ?? 0)
        do throws(RecordError) {
            let district = desk.seesEveryDistrict ? try RecordRoutes.readableDistrict(query["district"], principal) : nil
            let reference = try await snapshot()
            let list = try await desk.listCases(
                CaseListQuery(scope: district, unit: principal.unitOnly, status: status, text: query["q"], limit: 50, offset: offset))
            var counts: [CaseStatus: Int] = [:]
            for (status, count) in list.statusCounts { counts[status] = count }
            let page = InboxPage(
                rows: list.cases.map { CaseRow(record: $0, reference: reference, localizer: l) }, statusCounts: counts,
                selectedStatus: status, selectedDistrict: district, query: query["q"] ?? "", offset: offset,
                limit: 50, total: list.total)
            return Self.html(StaffPages.inbox(page, context: context(request, audience: .staff)))
        } catch { return errorPage(request, .serviceUnavailable, l.message(error)) }
    }

    func casePage(_ request: Request, _ principal: Principal, id: String, flash: PageContext.Flash?, status: HTTPResponse.Status) async -> Response {
        guard let id = EntityID(id) else { return errorPage(request, .notFound, localizer(request).noSuchCase) }
        let l = Localizer(language(request))
        do throws(RecordError) {
            let reference = try await snapshot()
            guard var record = try await api.visibleCase(id, principal) else { return errorPage(request, .notFound, localizer(request).noSuchCase) }
            if !principal.may(.fieldReportsContact) { record.reporter = ReporterContact() }
            let editable = desk.seesEveryDistrict || record.scope == desk.homeScope
            let reason = editable ? nil : l.readOnlyTransferred(to: AdministrativeUnit.named(record.scope)?.name ?? record.scope)
            let detail = CaseDetail(record: record, reference: reference, localizer: l, editable: editable, readOnlyReason: reason)
            var flash = flash
            if flash == nil, let done = RecordRoutes.parameters(request)["done"], let action = FieldReports.CaseAction(rawValue: done) {
                flash = .init(.success, l.actionDone(action))
            }
            return Self.html(StaffPages.caseDetail(detail, context: context(request, audience: .staff, flash: flash)), status: status)
        } catch { return errorPage(request, .serviceUnavailable, l.message(error)) }
    }

    func act(_ request: Request, _ principal: Principal, id: String, action raw: String) async -> Response {
        guard let caseID = EntityID(id), let action = FieldReports.CaseAction(rawValue: raw) else {
            return errorPage(request, .notFound, localizer(request).noSuchAction)
        }
        let form: FormInput
        do { form = try await FormInput.read(request, limit: Self.maxFormBytes) } catch { return errorPage(request, .badRequest, localizer(request).message(error)) }
        guard formIsFromThisSession(request, form) else { return errorPage(request, .forbidden, localizer(request).formExpired) }
        do {
            guard try await api.visibleCase(caseID, principal) != nil else { return errorPage(request, .notFound, localizer(request).noSuchCase) }
            let photos = try form.storePhotos(api.attachments, queueForHub: api.uploadsPhotos)
            let input = CaseActionInput(
                category: form["category"], unit: form["unit"], priority: form["priority"], reason: form["reason"], result: form["result"],
                photos: photos, district: form["district"], text: form["text"])
            try await desk.perform(action, on: caseID, input: input, author: principal.author)
            api.didWrite()
            return Response(status: .seeOther, headers: [.location: "/ui/cases/\(caseID)?done=\(action.rawValue)"])
        } catch let error as RecordError {
            let status: HTTPResponse.Status = error.kind == .conflict ? .conflict : (error.kind == .outOfScope ? .forbidden : .badRequest)
            return await casePage(request, principal, id: id, flash: .init(.error, localizer(request).message(error)), status: status)
        } catch let error as AttachmentError {
            return await casePage(request, principal, id: id, flash: .init(.error, localizer(request).message(error)), status: .badRequest)
        } catch {
            return await casePage(request, principal, id: id, flash: .init(.error, "\(error)"), status: .badRequest)
        }
    }

    func statistics(_ request: Request, _ principal: Principal) async -> Response {
        var parameters = RecordRoutes.parameters(request)
        let today = VietnamTime.date(millis: desk.now())
        let everyDistrict = desk.seesEveryDistrict && principal.districts == nil
        if parameters["from"] == nil { parameters["from"] = CivilDate(today.year, 1, 1).description }
        if parameters["to"] == nil { parameters["to"] = today.description }
        if parameters["group"] == nil { parameters["group"] = everyDistrict ? "district" : "category" }
        if !desk.seesEveryDistrict { parameters["district"] = nil }
        let l = Localizer(language(request))
        do throws(RecordError) {
            var query = try RecordRoutes.statisticsQuery(parameters)
            if desk.seesEveryDistrict { query.scope = try RecordRoutes.readableDistrict(query.scope, principal) }
            if let unit = principal.unitOnly { query.unit = unit }
            let reference = try await snapshot()
            let result = try await desk.statistics(query)
            func label(_ key: String) -> String {
                switch query.groupBy {
                case .district: AdministrativeUnit.named(key)?.name ?? key
                case .commune: key.isEmpty ? l.noCommuneGroup : AdministrativeUnits.shipped.unit(key)?.name ?? key
                case .unit: key.isEmpty ? l.notAssignedGroup : reference.unit(key).map(l.name) ?? key
                case .category: reference.category(key).map(l.name) ?? key
                case .month: key.count == 6 ? "\(key.suffix(2))/\(key.prefix(4))" : key
                case .none: l.allStatuses
                }
            }
            let page = StatisticsPage(
                filters: StatisticsFilters(
                    from: parameters["from"] ?? "", to: parameters["to"] ?? "", district: query.scope, unit: query.unit, category: query.category,
                    groupBy: StatisticsGrouping(rawValue: query.groupBy.rawValue) ?? .district),
                rows: result.rows.map { StaffUI.StatisticsRow($0, label: label($0.key)) },
                total: StaffUI.StatisticsRow(result.total, label: l.totalRow),
                unitOptions: reference.units.map { CodeName(code: $0.code, name: l.name($0)) },
                categoryOptions: reference.categories.map { CodeName(code: $0.code, name: l.name($0)) })
            return Self.html(StaffPages.statistics(page, context: context(request, audience: .staff)))
        } catch { return errorPage(request, error.kind == .invalidInput ? .badRequest : .serviceUnavailable, l.message(error)) }
    }

    // MARK: Intake

    func reportForm(_ request: Request, staffEntry: Bool, values: ReportFormPage.Values, errors: [String: String], status: HTTPResponse.Status) async -> Response {
        let l = Localizer(language(request))
        do throws(RecordError) {
            let reference = try await snapshot()
            let page = ReportFormPage(
                categories: reference.categories.filter(\.active).map { .init(code: $0.code, name: l.name($0), description: $0.descriptionVI) },
                districts: desk.seesEveryDistrict ? CodeName.districts : [], values: values, errors: errors, staffEntry: staffEntry)
            return Self.html(PublicPages.reportForm(page, context: context(request, audience: staffEntry ? .staff : .citizen)), status: status)
        } catch { return errorPage(request, .serviceUnavailable, l.message(error)) }
    }

    func submitReport(_ request: Request, staffEntry: Bool, principal: Principal?) async -> Response {
        let form: FormInput
        do { form = try await FormInput.read(request, limit: Self.maxFormBytes) } catch {
            return errorPage(request, .badRequest, localizer(request).message(error), audience: staffEntry ? .staff : .citizen)
        }
        if staffEntry {
            guard formIsFromThisSession(request, form) else { return errorPage(request, .forbidden, localizer(request).formExpired) }
        }
        let values = ReportFormPage.Values(
            category: form["category"] ?? "", description: form["description"] ?? "", address: form["address"] ?? "",
            latitude: form["lat"] ?? "", longitude: form["lon"] ?? "", name: form["name"] ?? "", phone: form["phone"] ?? "",
            email: form["email"] ?? "", district: form["district"] ?? "", channel: form["channel"].flatMap(ReportChannel.init(rawValue:)))
        func refuse(_ field: String, _ message: String) async -> Response {
            await reportForm(request, staffEntry: staffEntry, values: values, errors: [field: message], status: .badRequest)
        }
        var latitude: Double?, longitude: Double?
        if !values.latitude.isEmpty || !values.longitude.isEmpty {
            guard let lat = Double(values.latitude.replacingOccurrences(of: ",", with: ".")), let lon = Double(values.longitude.replacingOccurrences(of: ",", with: ".")) else {
                return await refuse("location", localizer(request).message(.invalid("location", .notNumbers)))
            }
            (latitude, longitude) = (lat, lon)
        }
        let channel: String = staffEntry ? (values.channel == .walkIn ? "walk_in" : "hotline") : "web"
        var intake = ReportIntake(
            category: values.category, description: values.description, latitude: latitude, longitude: longitude,
            address: values.address.isEmpty ? nil : values.address, channel: channel,
            reporter: .init(name: values.name.nilIfBlank, phone: values.phone.nilIfBlank, email: values.email.nilIfBlank),
            district: values.district.nilIfBlank)
        let author: String
        author = principal?.author ?? "nguoi-dan"
        do throws(RecordError) {
            // Validate before storing photos, so a refused form leaves nothing behind.
            let reference = try await snapshot()
            _ = try desk.validate(intake, reference: reference)
        } catch {
            return await refuse(error.field?.components(separatedBy: ".").first ?? "form", localizer(request).message(error))
        }
        let photoBytes = form.photos.reduce(0) { $0 + $1.bytes.count }
        if !staffEntry {
            do throws(IntakeRefusal) { try api.quota.check(client: PeerAddress.of(request), photoBytes: photoBytes, nowMillis: desk.now()) } catch {
                var response = await reportForm(request, staffEntry: false, values: values, errors: ["photos": localizer(request).message(error)], status: error.retryAfterSeconds == nil ? .contentTooLarge : .tooManyRequests)
                if let seconds = error.retryAfterSeconds { response.headers[.retryAfter] = "\(seconds)" }
                return response
            }
        }
        do {
            intake.photos = try form.storePhotos(api.attachments, queueForHub: api.uploadsPhotos)
        } catch {
            return await refuse("photos", localizer(request).message(error))
        }
        do throws(RecordError) {
            let receipt = try await desk.intake(intake, author: author)
            if !staffEntry { api.quota.record(client: PeerAddress.of(request), photoBytes: photoBytes, nowMillis: desk.now()) }
            api.didWrite()
            let page = ReportReceiptPage(trackingCode: receipt.trackingCode, caseID: staffEntry ? receipt.case.description : nil)
            return Self.html(PublicPages.receipt(page, context: context(request, audience: staffEntry ? .staff : .citizen)), status: .created)
        } catch {
            return await refuse(error.field?.components(separatedBy: ".").first ?? "form", localizer(request).message(error))
        }
    }

    // MARK: Tracking

    func track(_ request: Request) async -> Response {
        let l = Localizer(language(request))
        guard let code = RecordRoutes.parameters(request)["code"], !code.isEmpty else {
            return Self.html(PublicPages.tracking(TrackingPage(), context: context(request, audience: .citizen)))
        }
        do throws(RecordError) {
            let reference = try await snapshot()
            guard let record = try await desk.caseRecord(trackingCode: code) else {
                let page = TrackingPage(code: code, result: nil)
                return Self.html(PublicPages.tracking(page, context: context(request, audience: .citizen, flash: .init(.error, l.noReportWithThisCode))), status: .notFound)
            }
            // Only what a citizen may see: no contact, no staff names, no staff comments.
            let detail = CaseDetail(record: record, reference: reference, localizer: l, editable: false, readOnlyReason: nil)
            var result = TrackingResult(publicViewOf: detail)
            result.timeline = record.timeline.filter { $0.kind == .transition && $0.to != nil }.map {
                .init(at: VietnamTime.instant(millis: $0.at), status: $0.to)
            }
            let flash: PageContext.Flash? = RecordRoutes.parameters(request)["rated"] == "1" ? .init(.success, l.thanksForRating) : nil
            return Self.html(PublicPages.tracking(TrackingPage(code: record.trackingCode, result: result), context: context(request, audience: .citizen, flash: flash)))
        } catch { return errorPage(request, .serviceUnavailable, l.message(error), audience: .citizen) }
    }

    func rate(_ request: Request, code: String) async -> Response {
        var request = request
        guard let buffer = try? await request.collectBody(upTo: 16 * 1024) else { return errorPage(request, .contentTooLarge, localizer(request).formTooLarge, audience: .citizen) }
        let form = URLEncodedForm(body: Array(buffer: buffer))
        guard let stars = form["stars"].flatMap({ Int($0) }) else { return errorPage(request, .badRequest, localizer(request).chooseStars, audience: .citizen) }
        do throws(RecordError) {
            try await desk.rate(trackingCode: code, score: stars, comment: form["comment"])
            api.didWrite()
            let link = "/track?" + URLEncodedForm(fields: [.init("code", code), .init("rated", "1")]).encoded
            return Response(status: .seeOther, headers: [.location: link])
        } catch {
            return errorPage(request, error.kind == .notFound ? .notFound : .badRequest, localizer(request).message(error), audience: .citizen)
        }
    }

    func snapshot() async throws(RecordError) -> ReferenceCatalog.Snapshot {
        do { return try await desk.catalog.snapshot() } catch { throw RecordError(error) }
    }
}

extension String {
    var nilIfBlank: String? { trimmingCharacters(in: .whitespaces).isEmpty ? nil : trimmingCharacters(in: .whitespaces) }
}
