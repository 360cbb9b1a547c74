import Access
import Foundation

extension AuditLog {
    /// Records the running command as done by the operating-system user (`os:<user>`, from
    /// `local`) under `permission`: its arguments as typed, never its standard input (where
    /// passwords come from). Call once the command's write is durable.
    public func recordCommand(_ permission: Permission) async throws(AccessError) {
        let arguments = CommandLine.arguments
        let line = ([URL(fileURLWithPath: arguments.first ?? "ioc").lastPathComponent] + arguments.dropFirst()).joined(separator: " ")
        try await record(account: OperatingSystemUser.author, roles: [], address: "local", action: .permission(permission), request: line, status: 0)
    }
}
