import Dispatch
import Foundation

/// A fresh temporary folder for the benchmark's databases, removed by `remove()` and, if
/// the run is interrupted (SIGINT, SIGTERM), before the process exits.
final class ScratchDirectory {
    let path: String
    private var signalSources: [any DispatchSourceSignal] = []

    init() throws {
        let base = FileManager.default.temporaryDirectory.path
        path = base + "/ioc-bench-\(getpid())-\(UUID().uuidString.prefix(8).lowercased())"
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        let path = self.path
        for number in [SIGINT, SIGTERM] {
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler {
                try? FileManager.default.removeItem(atPath: path)
                StandardError.write("\nioc-bench: interrupted; removed \(path)\n")
                exit(128 + number)
            }
            source.resume()
            signalSources.append(source)
        }
    }

    /// A new empty sub-folder.
    func folder(_ name: String) throws -> String {
        let folder = path + "/" + name
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        return folder
    }

    func remove() {
        try? FileManager.default.removeItem(atPath: path)
        for source in signalSources { source.cancel() }
        signalSources = []
    }
}
