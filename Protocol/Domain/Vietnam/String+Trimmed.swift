extension StringProtocol {
    /// The text without whitespace or line breaks at either end. Native Swift: Foundation's
    /// `trimmingCharacters(in:)` bridges through `NSString`, a cost intake pays per field.
    public var trimmed: String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
            let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
        else { return "" }
        return String(String.UnicodeScalarView(scalars[first...last]))
    }
}
