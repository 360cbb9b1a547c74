import Foundation

/// Who runs a command, as the author of what it writes: the operating-system account
/// (`os:root`), never a name typed on the command line, so the record says who did it.
public enum OperatingSystemUser {
    public static var author: String {
        let name = ProcessInfo.processInfo.environment["SUDO_USER"].flatMap { $0.isEmpty ? nil : $0 } ?? ProcessInfo.processInfo.userName
        return "os:" + (name.isEmpty ? "unknown" : name)
    }
}
