/// The watch-list (`/ui/traffic/watchlist`). The hub edits it (add form, remove buttons);
/// district nodes only read it. After a rejected add, the hub passes back what was typed
/// with `errorText`.
public struct WatchlistPage: Hashable, Sendable {
    public var entries: [WatchlistRow]
    /// The add form's plate field as typed.
    public var formPlate: String
    /// The add form's reason field as typed.
    public var formReason: String
    /// Why the last add was refused ("biển số không hợp lệ"); shown against the form.
    public var errorText: String?

    public init(entries: [WatchlistRow], formPlate: String = "", formReason: String = "", errorText: String? = nil) {
        self.entries = entries
        self.formPlate = formPlate
        self.formReason = formReason
        self.errorText = errorText
    }
}
