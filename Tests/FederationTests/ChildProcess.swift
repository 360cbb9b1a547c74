import Foundation
import Synchronization

#if canImport(Glibc)
    import Glibc
#endif

/// A program started with `posix_spawn`, for the harness.
///
/// Foundation's `Process.run()` on Linux (swift-corelibs-foundation before PR #5472, so Swift
/// 6.3.1) copies a whole 256-byte `d_name` out of each `/proc/self/fd` entry and crashes the
/// test process when an entry ends at an unmapped page: the fault schedules, with dozens of
/// proxy sockets open, hit it about once in 150 schedules. This type never reads
/// `/proc/self/fd`.
///
/// The child gets the given descriptors as its standard input, output and error; it is reaped
/// exactly once, by whichever of `isRunning`, `exitStatus` or `waitUntilExit()` first sees it
/// exit, and `send(_:)` never signals a reaped (possibly reused) pid.
final class ChildProcess: Sendable {
    let processIdentifier: pid_t
    /// nil while the child runs; its wait status once reaped.
    private let reaped = Mutex<Int32?>(nil)

    /// Starts `executable` with `arguments`; `environment` nil keeps this process's.
    init(executable: String, arguments: [String], environment: [String: String]? = nil, stdin: Int32, stdout: Int32, stderr: Int32) throws {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, stdin, 0)
        posix_spawn_file_actions_adddup2(&actions, stdout, 1)
        posix_spawn_file_actions_adddup2(&actions, stderr, 2)
        let argv = ([executable] + arguments).map { strdup($0) }
        let variables = (environment ?? ProcessInfo.processInfo.environment).map { strdup("\($0.key)=\($0.value)") }
        defer { (argv + variables).forEach { free($0) } }
        var pid: pid_t = 0
        let status = (argv + [nil]).withUnsafeBufferPointer { argvPointer in
            (variables + [nil]).withUnsafeBufferPointer { envPointer in
                posix_spawn(&pid, executable, &actions, nil, argvPointer.baseAddress!, envPointer.baseAddress!)
            }
        }
        guard status == 0 else { throw HarnessError("cannot start \(executable): \(String(cString: strerror(status)))") }
        processIdentifier = pid
    }

    var isRunning: Bool { exitStatus == nil }

    /// The wait status once the child has exited (reaping it if it just did), else nil.
    var exitStatus: Int32? {
        reaped.withLock { reaped in
            if reaped == nil {
                var status: Int32 = 0
                if waitpid(processIdentifier, &status, WNOHANG) == processIdentifier { reaped = status }
            }
            return reaped
        }
    }

    /// Waits until the child exits (polling, so `send(_:)` stays usable meanwhile); its wait status.
    @discardableResult
    func waitUntilExit() -> Int32 {
        while true {
            if let status = exitStatus { return status }
            usleep(2_000)
        }
    }

    /// Sends `signal` if the child has not been reaped.
    func send(_ signal: Int32) {
        reaped.withLock { reaped in
            if reaped == nil { _ = Glibc.kill(processIdentifier, signal) }
        }
    }

    /// True if it exited normally with status 0.
    var succeeded: Bool {
        guard let status = exitStatus else { return false }
        return status & 0x7f == 0 && (status >> 8) & 0xff == 0
    }
}
