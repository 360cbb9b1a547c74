import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// The progress of `Replica.backup` for an operator (`ioc-node backup`, `ioc-hub backup`):
/// a line on standard error, rewritten in place on a terminal, a line per tenth otherwise (logs).
public struct BackupProgressLine {
    private var shown = -10
    private let terminal = isatty(STDERR_FILENO) == 1
    private let words: (Replica.BackupProgress) -> String

    /// - Parameter words: the line for one progress reading, in the reader's language.
    public init(words: @escaping (Replica.BackupProgress) -> String) {
        self.words = words
    }

    public mutating func show(_ progress: Replica.BackupProgress) {
        let percent = Int(progress.fraction * 100)
        if terminal {
            guard percent != shown || progress.isComplete else { return }
            shown = percent
            FileHandle.standardError.write(Data("\r\(words(progress))\(progress.isComplete ? "\n" : "")".utf8))
        } else {
            guard percent / 10 != shown / 10 || (progress.isComplete && shown != 100) else { return }
            shown = percent
            FileHandle.standardError.write(Data("\(words(progress))\n".utf8))
        }
    }
}
