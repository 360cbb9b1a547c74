import Access
import Foundation
import Hummingbird
import StaffUI
import Vietnam

/// The audit log, for administrators: `GET /api/v1/audit` (JSON) and `GET /ui/admin/audit`
/// (the page), both filtered by `account`, `site`, `action`, `address`, `since`, `until`
/// (a `YYYY-MM-DD` day in Vietnam, or an ISO 8601 time), `refused=1`, `limit`, `offset`.
///
/// Guarantees: both need `audit.read`; reading the log is not itself recorded unless
/// refused; a malformed date is a 400 naming it, never an empty answer.
struct AuditRoutes: Sendable {
    let web: WebRoutes
    var api: RecordRoutes { web.api }

    func register<Context: RequestContext>(on router: Router<Context>) {
        router.get("api/v1/audit") { request, _ in
            await api.staff(request, .auditRead) { _ in
                let parameters = RecordRoutes.parameters(request)
                let query: AuditQuery
                do throws(HTTPRefusal) { query = try Self.query(parameters) } catch {
                    let field: String? = if case let .invalidDate(field, _) = error { field } else { nil }
                    return JSONResponse.error(.badRequest, code: "invalid_date", message: Localizer.bilingual { $0.message(error) }, field: field)
                }
                do throws(AccessError) {
                    let (entries, more) = try await api.auth.audit.entries(query)
                    return JSONResponse.object(["items": entries.map(Self.json), "count": entries.count, "more": more, "offset": query.offset])
                } catch { return JSONResponse.error(error) }
            }
        }
        router.get("ui/admin/audit") { request, _ in
            await web.signedIn(request, .auditRead) { _ in
                let parameters = RecordRoutes.parameters(request)
                let filters = parameters.filter { ["account", "site", "action", "address", "since", "until", "refused"].contains($0.key) }
                let query: AuditQuery
                do throws(HTTPRefusal) { query = try Self.query(parameters) } catch {
                    let page = AuditPage(entries: [], filters: filters, offset: 0, limit: 50, more: false, errorText: web.localizer(request).message(error))
                    return WebRoutes.html(StaffPages.audit(page, context: web.context(request, audience: .staff)), status: .badRequest)
                }
                do throws(AccessError) {
                    let (entries, more) = try await api.auth.audit.entries(query)
                    let page = AuditPage(entries: entries, filters: filters, offset: query.offset, limit: query.limit, more: more)
                    return WebRoutes.html(StaffPages.audit(page, context: web.context(request, audience: .staff)))
                } catch { return web.errorPage(request, .internalServerError, web.localizer(request).message(error)) }
            }
        }
    }

    /// The query the parameters ask for (50 a page unless `limit` says otherwise).
    /// - Throws: `.invalidDate` for a `since` or `until` that is neither a day nor a time.
    static func query(_ parameters: [String: String]) throws(HTTPRefusal) -> AuditQuery {
        func nonEmpty(_ key: String) -> String? { parameters[key].flatMap { $0.trimmingCharacters(in: .whitespaces).isEmpty ? nil : $0.trimmingCharacters(in: .whitespaces) } }
        func instant(_ key: String, endOfDay: Bool) throws(HTTPRefusal) -> Int64? {
            guard let text = nonEmpty(key) else { return nil }
            if let day = CivilDate(iso: text) {
                return endOfDay ? VietnamTime.endOfDay(day) + 1 : VietnamTime.endOfDay(day.adding(days: -1)) + 1
            }
            guard let millis = ISO8601Timestamp.millis(text, defaultOffsetSeconds: VietnamTime.offsetSeconds) else { throw .invalidDate(field: key, text) }
            return millis
        }
        return AuditQuery(
            account: nonEmpty("account"), site: nonEmpty("site"), action: nonEmpty("action").map(AuditEntry.Action.init(rawValue:)),
            address: nonEmpty("address"), sinceMillis: try instant("since", endOfDay: false), untilMillis: try instant("until", endOfDay: true),
            refusedOnly: ["1", "true", "on"].contains(parameters["refused"] ?? ""), limit: parameters["limit"].flatMap { Int($0) } ?? 50,
            offset: parameters["offset"].flatMap { Int($0) } ?? 0)
    }

    static func json(_ entry: AuditEntry) -> [String: Any] {
        [
            "id": entry.id.description, "at": VietnamTime.iso8601(VietnamTime.instant(millis: entry.atMillis)), "site": entry.site,
            "account": entry.account, "roles": entry.roles, "address": entry.address, "action": entry.action.rawValue,
            "request": entry.request, "status": entry.status, "refused": entry.refused,
        ]
    }
}
