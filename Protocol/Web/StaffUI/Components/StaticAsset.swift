/// A file every page may load from this site: the stylesheet and the map picker's script,
/// compiled into the binary. Served as files, not inline, so the Content-Security-Policy
/// allows no inline script or style; nothing is loaded from the internet, since the office
/// LAN has none.
///
/// Guarantees: `href` changes whenever the content does (a content hash in its query), so
/// browsers may cache an asset for a day and never show a stale one after an upgrade.
public struct StaticAsset: Sendable {
    /// The route path (`/assets/ioc.css`).
    public let path: String
    public let contentType: String
    public let bytes: [UInt8]

    /// The stylesheet: colours keep text contrast at WCAG AA or better; focus is always
    /// visible; the layout folds to one column on a phone.
    public static let stylesheet = StaticAsset(path: "/assets/ioc.css", contentType: "text/css; charset=utf-8", bytes: PackageResources.stylesheet_css)
    /// The report form's map picker (`ProvinceMap.svg(pickerID:)`).
    public static let mapPicker = StaticAsset(
        path: "/assets/map-picker.js", contentType: "text/javascript; charset=utf-8", bytes: PackageResources.map_picker_js)
    /// The wall's live updates (`StaffPages.wall`).
    public static let wall = StaticAsset(path: "/assets/wall.js", contentType: "text/javascript; charset=utf-8", bytes: PackageResources.wall_js)
    public static let all = [stylesheet, mapPicker, wall]

    /// The link to put in a page: the path with the content's FNV-1a hash.
    public var href: String { path + "?v=" + String(hash, radix: 16) }

    private var hash: UInt64 {
        bytes.reduce(0xcbf2_9ce4_8422_2325 as UInt64) { ($0 ^ UInt64($1)) &* 0x100_0000_01b3 }
    }
}
