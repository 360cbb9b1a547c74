/// The one stylesheet, `stylesheet.css` beside this file compiled into the binary and
/// inlined into every page's `<style>`: no external fonts, images or files, since the office
/// LAN has no internet. Colours keep text contrast at WCAG AA or better; focus is always
/// visible; the layout folds to one column on a phone.
enum Stylesheet {
    static let css = HTML(trusted: String(decoding: PackageResources.stylesheet_css, as: UTF8.self))
}
