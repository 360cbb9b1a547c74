import CRDT

/// One line of the audit log: who did what, where from, when, and how it ended.
///
/// Entries are written once, where the action happened, and never change; they replicate
/// to the hub with the site's other records (`AuditLog`).
public struct AuditEntry: Sendable, Hashable {
    public var id: EntityID
    /// Unix milliseconds at the site that recorded it.
    public var atMillis: Int64
    /// Where it was recorded: a node's district code, or `Scope.hub`.
    public var site: String
    /// The account (`user@district`), the name a failed sign-in gave, or `os:<user>` for a
    /// command run on the site's machine.
    public var account: String
    public var roles: [String]
    /// The client's address, or `local` for a command.
    public var address: String
    public var action: Action
    /// What was asked: `PATCH /api/v1/cases/…`, or the command line.
    public var request: String
    /// The HTTP status it ended with (a command: 0 done, 1 failed).
    public var status: Int

    /// What kind of thing happened: a sign-in, its failure, a sign-out, or an action under a
    /// permission (`field_reports.act`, `reference.edit`, `accounts.manage`…).
    public struct Action: RawRepresentable, Hashable, Sendable, Comparable {
        public let rawValue: String
        public init(rawValue: String) { self.rawValue = rawValue }

        public static let signIn = Action(rawValue: "sign_in")
        public static let signInFailed = Action(rawValue: "sign_in_failed")
        public static let signOut = Action(rawValue: "sign_out")
        public static func permission(_ permission: Permission) -> Action { Action(rawValue: permission.rawValue) }

        public var permission: Permission? { rawValue.contains(".") ? Permission(rawValue) : nil }
        public static func < (a: Action, b: Action) -> Bool { a.rawValue < b.rawValue }
    }

    public init(
        id: EntityID? = nil, atMillis: Int64, site: String, account: String, roles: [String], address: String, action: Action,
        request: String, status: Int
    ) {
        self.id = id ?? EntityID.make(millis: UInt64(max(0, atMillis)))
        self.atMillis = atMillis
        self.site = site
        self.account = account
        self.roles = roles
        self.address = address
        self.action = action
        self.request = request
        self.status = status
    }

    /// Whether the action was refused or failed (a failed sign-in, a 4xx or 5xx answer, a
    /// failed command).
    public var refused: Bool { action == .signInFailed || status >= 400 || (status > 0 && status < 100) }
}
