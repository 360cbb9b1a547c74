/// One action of one service that an account may be allowed (`field_reports.act`,
/// `traffic.plates`). Services name their own; `AccessPolicy` grants them to roles.
public struct Permission: RawRepresentable, Hashable, Sendable, Comparable, CustomStringConvertible {
    public let rawValue: String

    public init(rawValue: String) { self.rawValue = rawValue }
    public init(_ rawValue: String) { self.rawValue = rawValue }

    public var description: String { rawValue }
    public static func < (a: Permission, b: Permission) -> Bool { a.rawValue < b.rawValue }

    // MARK: Field reports (phản ánh hiện trường)

    /// Read cases and reports (the inbox, a case, the JSON lists).
    public static let fieldReportsRead = Permission("field_reports.read")
    /// Take a report by hand, act on a case, edit it, attach photos.
    public static let fieldReportsAct = Permission("field_reports.act")
    /// See reporters' names, phone numbers and e-mail addresses.
    public static let fieldReportsContact = Permission("field_reports.contact")
    /// Counts and durations by district, unit, category or month (no personal data).
    public static let fieldReportsStatistics = Permission("field_reports.statistics")

    // MARK: Traffic (giao thông)

    /// The traffic overview, cameras, flows and forecasts (no plates).
    public static let trafficRead = Permission("traffic.read")
    /// Traffic events with their evidence and plates; open a case or dismiss.
    public static let trafficEvents = Permission("traffic.events")
    /// Search a plate's sightings and route; the watch-list's alerts.
    public static let trafficPlates = Permission("traffic.plates")
    /// Send detections, plate reads and signal phases (camera gateways).
    public static let trafficIngest = Permission("traffic.ingest")

    // MARK: Socio-economic indicators (chỉ tiêu kinh tế – xã hội)

    /// The catalog, figures, targets, rankings and what is owed.
    public static let indicatorsRead = Permission("indicators.read")
    /// Enter figures and targets of one's own district (or any area, for a provincial account) and submit a period's report.
    public static let indicatorsEnter = Permission("indicators.enter")
    /// The provincial statistics office: approve, return and lock reports, revise submitted and locked figures.
    public static let indicatorsApprove = Permission("indicators.approve")

    // MARK: Online public services (dịch vụ công trực tuyến)

    /// Dossiers, deadlines, statistics, scores and weekly reports of one's units (applicants
    /// shown in full only for one's own unit).
    public static let dossiersRead = Permission("dossiers.read")
    /// Mark a weekly overdue report of one's unit read.
    public static let dossiersAcknowledge = Permission("dossiers.acknowledge")
    /// Send dossiers (files, the push endpoint) and enter the Decision 766 scores not
    /// computed from dossiers: the one-stop system's integration and the provincial desk.
    public static let dossiersIngest = Permission("dossiers.ingest")

    // MARK: Cyber-security (an toàn thông tin mạng)

    /// Security alerts, events, monitored sites and their reports of one's units.
    public static let securityRead = Permission("security.read")
    /// Acknowledge, assign, investigate and close alerts and incidents; approve a page's baseline.
    public static let securityHandle = Permission("security.handle")
    /// Send sensor events (Wazuh's integrator, Suricata's EVE shipper): a machine's feed.
    public static let securityIngest = Permission("security.ingest")

    // MARK: The operations center (trung tâm điều hành)

    /// The wall and a node's own center: every service's few numbers, the federation's
    /// health, alerts; no personal data.
    public static let wallRead = Permission("wall.read")

    // MARK: Administration (quản trị)

    /// Categories, units, the calendar, cameras, the watch-list and the monitored websites.
    public static let referenceEdit = Permission("reference.edit")
    /// Create, change, disable accounts; see lockouts.
    public static let accountsManage = Permission("accounts.manage")
    /// Enrol nodes, issue and revoke their certificates.
    public static let enrolmentManage = Permission("enrolment.manage")
    /// Read the audit log.
    public static let auditRead = Permission("audit.read")
    /// The federation's sync status.
    public static let syncRead = Permission("sync.read")

    /// Machines' data feeds rather than people's actions: not written to the audit log (a
    /// camera gateway posts every second).
    public static let feeds: Set<Permission> = [.trafficIngest, .securityIngest]
}
