import Foundation

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// A real `ioc-hub` or `ioc-node` process started by a test, with its log in the test's
/// folder. It is always stopped: by the test, or at the latest when released.
final class FederationProcess: @unchecked Sendable {
    let name: String
    let process: ChildProcess
    let logPath: String

    /// - Parameter environment: variables added to this process's (the test-only hooks).
    init(name: String, executable: String, arguments: [String], folder: String, environment: [String: String] = [:]) throws {
        self.name = name
        logPath = folder + "/\(name).log"
        let log = open(logPath, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0o644)
        let nothing = open("/dev/null", O_RDONLY | O_CLOEXEC)
        defer { close(log); close(nothing) }
        guard log >= 0, nothing >= 0 else { throw HarnessError("cannot open \(logPath): \(String(cString: strerror(errno)))") }
        process = try ChildProcess(
            executable: executable.hasPrefix("/") ? executable : FederationProcess.binaryDirectory + "/" + executable, arguments: arguments,
            environment: environment.isEmpty ? nil : ProcessInfo.processInfo.environment.merging(environment) { $1 },
            stdin: nothing, stdout: log, stderr: log)
    }

    deinit { kill() }

    var isRunning: Bool { process.isRunning }

    /// SIGTERM, then SIGKILL if it has not exited within `grace`.
    func stop(grace: Duration = .seconds(10)) async {
        guard process.isRunning else { return }
        process.send(SIGTERM)
        let deadline = ContinuousClock.now + grace
        while process.isRunning, ContinuousClock.now < deadline { try? await Task.sleep(for: .milliseconds(20)) }
        kill()
    }

    /// SIGKILL: the process gets no chance to clean up.
    func kill() {
        guard process.isRunning else { return }
        process.send(SIGKILL)
        process.waitUntilExit()
    }

    var log: String { (try? String(contentsOfFile: logPath, encoding: .utf8)) ?? "" }

    /// Where `swift build` put the executables: beside the test bundle.
    static let binaryDirectory: String = {
        if let override = ProcessInfo.processInfo.environment["IOC_BIN_DIR"] { return override }
        var url = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
        while url.path != "/" {
            if FileManager.default.isExecutableFile(atPath: url.path + "/ioc-hub") { return url.path }
            url.deleteLastPathComponent()
        }
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        return root.path + "/.build/debug"
    }()

    /// Runs a command of ours to completion and returns its standard output.
    @discardableResult
    static func run(_ executable: String, _ arguments: [String], input: String? = nil) throws -> String {
        try runSystem(binaryDirectory + "/" + executable, arguments, input: input)
    }

    /// Runs any program to completion and returns its standard output.
    static func runSystem(_ path: String, _ arguments: [String], input: String? = nil) throws -> String {
        let executable = URL(fileURLWithPath: path).lastPathComponent
        let output = Pipe(), errors = Pipe(), stdin = Pipe()
        let process = try ChildProcess(
            executable: path, arguments: arguments, stdin: stdin.fileHandleForReading.fileDescriptor,
            stdout: output.fileHandleForWriting.fileDescriptor, stderr: errors.fileHandleForWriting.fileDescriptor)
        try? stdin.fileHandleForReading.close()
        try? output.fileHandleForWriting.close()
        try? errors.fileHandleForWriting.close()
        if let input { stdin.fileHandleForWriting.write(Data((input + "\n").utf8)) }
        try? stdin.fileHandleForWriting.close()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        let errorData = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.succeeded else {
            throw HarnessError(
                "\(executable) \(arguments.joined(separator: " ")) failed: \(String(decoding: errorData, as: UTF8.self))"
                    + "\n--- its output, first 12000 bytes ---\n\(String(decoding: data.prefix(12_000), as: UTF8.self))"
                    + (data.count > 16_000 ? "\n--- last 4000 bytes ---\n\(String(decoding: data.suffix(4_000), as: UTF8.self))" : ""))
        }
        return String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }
}

struct HarnessError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
