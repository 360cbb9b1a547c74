/// The language a page is rendered in. Vietnamese is the default; English is offered
/// through the `?lang=en` / `?lang=vi` switch in the page header.
public enum Language: String, CaseIterable, Sendable {
    case vi
    case en

    /// The value of the `lang` attribute on `<html>`.
    public var htmlLang: String { rawValue }

    /// The language's name in itself, as shown on the switch ("Tiếng Việt", "English").
    public var nativeName: String {
        switch self {
        case .vi: "Tiếng Việt"
        case .en: "English"
        }
    }

    /// The language named by a `lang` query value (`vi`, `en`, case-insensitive), or nil.
    public init?(queryValue: String) {
        self.init(rawValue: queryValue.lowercased())
    }
}
