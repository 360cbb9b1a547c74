import ArgumentParser
import StaffUI

/// A root command (`ioc-node`, `ioc-hub`) that ends an error of ours worded in Vietnamese and
/// English (`Localizer.commandError`); the argument parser's own errors (usage, `--help`)
/// keep their text and exit codes.
public protocol LocalizedCommand: AsyncParsableCommand {}

extension LocalizedCommand {
    public static func main() async {
        do {
            var command = try parseAsRoot()
            if var asynchronous = command as? AsyncParsableCommand {
                try await asynchronous.run()
            } else {
                try command.run()
            }
        } catch {
            exit(withError: Localizer.commandError(error))
        }
    }
}
