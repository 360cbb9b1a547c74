/// Everything the page layout needs besides the page itself: who is looking, in which
/// language, on which site, and where they are.
///
/// The language switch links to the current path with only its `lang` parameter replaced;
/// the caller is expected to remember the choice (a cookie, say) for later pages, since the
/// other links do not carry `lang`.
public struct PageContext: Hashable, Sendable {
    /// Who the page is for. Staff pages show the staff navigation and search box; citizen
    /// pages show only "report" and "track".
    public enum Audience: Hashable, Sendable {
        case staff
        case citizen
    }

    /// A one-off message shown at the top of the page after an action.
    public struct Flash: Hashable, Sendable {
        public enum Kind: String, Hashable, Sendable {
            case success
            case error
        }

        public var kind: Kind
        public var text: String

        public init(_ kind: Kind, _ text: String) {
            self.kind = kind
            self.text = text
        }
    }

    public var language: Language
    /// "Trung tâm IOC – Buôn Ma Thuột" on a district node, "Trung tâm IOC tỉnh Đắk Lắk" on the hub.
    public var siteTitle: String
    /// True when the reader sees every district (the provincial view): pages add district
    /// columns and district filters.
    public var seesEveryDistrict: Bool
    /// The request's path and query as received (`/ui/inbox?status=received`), for the
    /// language switch.
    public var currentPath: String
    /// The districts this site knows, in display order (all five on the hub).
    public var districts: [CodeName]
    public var flash: Flash?
    /// The text already in the header search box.
    public var searchText: String
    public var audience: Audience
    /// When set, every POST form carries it as the hidden field `csrf_token`.
    public var csrfToken: String?
    /// Whether the reader may use an administration page (the navigation links `/ui/admin`).
    public var showsAdministration: Bool

    public init(
        language: Language = .vi, siteTitle: String, seesEveryDistrict: Bool = false, currentPath: String = "/",
        districts: [CodeName] = [], flash: Flash? = nil, searchText: String = "",
        audience: Audience = .staff, csrfToken: String? = nil, showsAdministration: Bool = false
    ) {
        self.language = language
        self.siteTitle = siteTitle
        self.seesEveryDistrict = seesEveryDistrict
        self.currentPath = currentPath
        self.districts = districts
        self.flash = flash
        self.searchText = searchText
        self.audience = audience
        self.csrfToken = csrfToken
        self.showsAdministration = showsAdministration
    }

    /// The labels in this page's language.
    public var localizer: Localizer { Localizer(language) }

    /// The name of a district code among `districts`, or the code itself when unknown.
    public func districtName(_ code: String) -> String {
        districts.first { $0.code == code }?.name ?? code
    }

    /// The current path and query with `lang` set to `language` and every other parameter
    /// kept in order. Always a same-site path: it starts with exactly one `/`, so a crafted
    /// request path such as `//elsewhere.example` cannot turn it into a link off the site.
    public func languageSwitchLink(to language: Language) -> String {
        let parts = currentPath.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false)
        var path = parts.first.map(String.init) ?? ""
        while path.hasPrefix("/") { path.removeFirst() }
        path = "/" + path
        var query: [Substring] = []
        if parts.count > 1 {
            query = parts[1].split(separator: "&").filter { item in
                let name = item.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
                return name != "lang" && !name.isEmpty
            }
        }
        query.append("lang=\(language.rawValue)")
        return path + "?" + query.joined(separator: "&")
    }
}
