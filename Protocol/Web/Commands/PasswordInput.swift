import ArgumentParser

/// `--password-stdin`: a password read from the first line of standard input, never from the
/// command line, where `ps` and shell history would keep it.
public struct PasswordInput: ParsableArguments {
    @Flag(help: "Read the password from the first line of standard input.") public var passwordStdin = false

    public init() {}

    /// The first line of standard input, without its newline.
    /// - Throws: a usage error naming `example` when the flag is missing or the input is empty.
    public func read(example: String) throws -> String {
        guard passwordStdin, let password = readLine(strippingNewline: true), !password.isEmpty else {
            throw ValidationError("pass the password on standard input with --password-stdin, e.g. `echo \"$PASS\" | \(example)`")
        }
        return password
    }
}
