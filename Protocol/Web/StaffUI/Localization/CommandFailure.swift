/// An error a command ends with, already worded (`Localizer.commandError`).
public struct CommandFailure: Error, CustomStringConvertible {
    public let text: String
    public var description: String { text }
}
