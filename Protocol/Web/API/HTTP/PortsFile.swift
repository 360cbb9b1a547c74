import Foundation

/// Where a running node or hub can be reached, written to `ports.json` in its data
/// directory once it listens (ports may have been chosen by the OS).
public struct PortsFile: Codable, Sendable, Equatable {
    public var http: String
    public var sync: String
    public var announce: String
    public var site: String
    /// The node's nng PULL address for detection batches, when it listens for them.
    public var detections: String?
    /// The syslog port (UDP and TCP, one number), when the site listens for SOC messages.
    public var syslog: Int?

    public init(http: String, sync: String, announce: String, site: String, detections: String? = nil, syslog: Int? = nil) {
        self.http = http
        self.sync = sync
        self.announce = announce
        self.site = site
        self.detections = detections
        self.syslog = syslog
    }

    /// Writes atomically, so a reader never sees half a file.
    public func write(to path: String) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        try encoder.encode(self).write(to: URL(fileURLWithPath: path), options: .atomic)
    }

    public static func read(from path: String) throws -> PortsFile {
        try JSONDecoder().decode(PortsFile.self, from: Data(contentsOf: URL(fileURLWithPath: path)))
    }
}
