import Attachments
import FieldReports
import Foundation
import Hummingbird
import Replica

/// The field-report service as one piece a node or the hub mounts: the desk over the
/// replica, the photo store, and every route (JSON API, web UI, Open311); who may use them
/// is the site's `StaffAuthenticator`, shared with the other services.
public struct FieldReportService: Sendable {
    public let desk: RecordDesk
    public let attachments: AttachmentStore
    public let auth: StaffAuthenticator
    let routes: RecordRoutes
    let siteTitle: String
    /// The `api_key` an Open311 POST must carry; nil: none.
    let open311APIKey: String?
    /// Whether this site serves the account and API token pages and the token API (the hub,
    /// where accounts and tokens are made).
    let administersAccounts: Bool

    /// - Parameters:
    ///   - homeScope: the node's district, or `Scope.province` at the hub.
    ///   - uploadsPhotos: queue every stored photo for the sync daemon to send upstream (a
    ///     node); false where photos are already where they belong (the hub).
    ///   - didWrite: called after every write (starts a sync round).
    public init(
        replica: Replica, homeScope: String, attachmentsDirectory: String, uploadsPhotos: Bool, webhookSecret: String?,
        siteTitle: String, auth: StaffAuthenticator, open311APIKey: String? = nil, quota: PublicIntakeQuota = PublicIntakeQuota(),
        administersAccounts: Bool = false, didWrite: @escaping @Sendable () -> Void
    ) throws {
        self.open311APIKey = open311APIKey
        self.administersAccounts = administersAccounts
        attachments = try AttachmentStore(directory: URL(fileURLWithPath: attachmentsDirectory))
        let store = attachments
        desk = RecordDesk(replica: replica, homeScope: homeScope, hasAttachment: { store.contains($0) })
        self.auth = auth
        routes = RecordRoutes(
            desk: desk, attachments: attachments, uploadsPhotos: uploadsPhotos, auth: auth, webhookSecret: webhookSecret, quota: quota, didWrite: didWrite)
        self.siteTitle = siteTitle
    }

    public func register<Context: RequestContext>(on router: Router<Context>) {
        routes.register(on: router)
        let web = WebRoutes(api: routes, siteTitle: siteTitle, administersAccounts: administersAccounts)
        web.register(on: router)
        Open311Routes(backend: FieldReportOpen311Backend(desk: desk, didWrite: routes.didWrite, apiKey: open311APIKey, quota: routes.quota))
            .register(on: router)
        AccessRoutes(web: web).register(on: router)
        AuditRoutes(web: web).register(on: router)
        if administersAccounts {
            AccountRoutes(web: web).register(on: router)
            TokenRoutes(web: web).register(on: router)
        }
    }

    /// The hub's editing of the province's reference data.
    public func registerReferenceEditing<Context: RequestContext>(on router: Router<Context>) {
        routes.registerReferenceEditing(on: router)
    }
}
