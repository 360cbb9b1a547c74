import Foundation

/// Where progress and notes go: stderr, so stdout carries only the figures.
enum StandardError {
    static let isTerminal = isatty(STDERR_FILENO) == 1

    static func write(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }
}
