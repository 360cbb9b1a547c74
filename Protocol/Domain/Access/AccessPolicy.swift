/// Which permissions each role holds: data, merged from what each mounted service grants.
///
/// Guarantees: a permission no grant names is refused to everyone; `merged` is a union
/// (a later service never takes a permission away from a role).
public struct AccessPolicy: Sendable, Hashable {
    public private(set) var grants: [Role: Set<Permission>]

    public init(_ grants: [Role: Set<Permission>]) {
        self.grants = grants
    }

    /// The union of `policies`.
    public static func merged(_ policies: [AccessPolicy]) -> AccessPolicy {
        var grants: [Role: Set<Permission>] = [:]
        for policy in policies {
            for (role, permissions) in policy.grants { grants[role, default: []].formUnion(permissions) }
        }
        return AccessPolicy(grants)
    }

    /// Every permission `roles` hold together.
    public func permissions(of roles: Set<Role>) -> Set<Permission> {
        roles.reduce(into: Set<Permission>()) { $0.formUnion(grants[$1] ?? []) }
    }

    /// Every permission some role holds: the ones a token may be given (less `APIToken.withheld`).
    public var known: Set<Permission> { grants.values.reduce(into: []) { $0.formUnion($1) } }

    /// Field reports: officers and operators handle cases and see the reporters' contacts
    /// of what they may read (to call them back); a unit handler acts on its unit's cases
    /// without contacts; leaders count.
    public static let fieldReports = AccessPolicy([
        .districtOfficer: [.fieldReportsRead, .fieldReportsAct, .fieldReportsContact, .fieldReportsStatistics],
        .unitHandler: [.fieldReportsRead, .fieldReportsAct],
        .provincialOperator: [.fieldReportsRead, .fieldReportsAct, .fieldReportsContact, .fieldReportsStatistics],
        .viewer: [.fieldReportsStatistics],
    ])

    /// Traffic: leaders see the dashboards without plates or events.
    public static let traffic = AccessPolicy([
        .districtOfficer: [.trafficRead, .trafficEvents, .trafficPlates, .trafficIngest],
        .provincialOperator: [.trafficRead, .trafficEvents, .trafficPlates, .trafficIngest],
        .viewer: [.trafficRead],
    ])

    /// Indicators: a district's officer enters and submits its figures; the provincial
    /// operators (the statistics office's desk) approve and lock; leaders read.
    public static let indicators = AccessPolicy([
        .districtOfficer: [.indicatorsRead, .indicatorsEnter],
        .provincialOperator: [.indicatorsRead, .indicatorsEnter, .indicatorsApprove],
        .administrator: [.indicatorsRead],
        .viewer: [.indicatorsRead],
    ])

    /// Online public services: a district's one-stop officer follows its dossiers and
    /// acknowledges its weekly report; provincial operators follow every unit and bring in
    /// the one-stop system's exports; leaders read.
    public static let dossiers = AccessPolicy([
        .districtOfficer: [.dossiersRead, .dossiersAcknowledge],
        .provincialOperator: [.dossiersRead, .dossiersAcknowledge, .dossiersIngest],
        .administrator: [.dossiersRead],
        .viewer: [.dossiersRead],
    ])

    /// Administration: reference data, accounts, enrolment and audit are the
    /// administrator's alone; operators follow the federation's sync, a district officer
    /// its node's link to the hub.
    public static let administration = AccessPolicy([
        .administrator: [.referenceEdit, .accountsManage, .enrolmentManage, .auditRead, .syncRead],
        .provincialOperator: [.syncRead],
        .districtOfficer: [.syncRead],
    ])

    /// Every service there is today.
    /// Cyber-security: a district's officer follows and handles the alerts of its own
    /// systems; the provincial operators (the SOC desk) every unit's, and connect the sensors;
    /// leaders and administrators read.
    public static let security = AccessPolicy([
        .districtOfficer: [.securityRead, .securityHandle],
        .provincialOperator: [.securityRead, .securityHandle, .securityIngest],
        .administrator: [.securityRead],
        .viewer: [.securityRead],
    ])

    /// The operations center's wall: everyone who follows the province or a district, and
    /// the wall's own screens, which read nothing else.
    public static let wall = AccessPolicy([
        .districtOfficer: [.wallRead], .provincialOperator: [.wallRead], .administrator: [.wallRead], .viewer: [.wallRead], .kiosk: [.wallRead],
    ])

    public static let standard = merged([.fieldReports, .traffic, .indicators, .dossiers, .security, .administration, .wall])
}
