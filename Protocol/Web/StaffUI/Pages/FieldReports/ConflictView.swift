import Foundation

/// A field of a case that two sites changed concurrently: every value still standing, who
/// wrote it, where and when. The next action taken on the case settles it.
public struct ConflictView: Hashable, Sendable {
    /// One of the competing values.
    public struct Value: Hashable, Sendable {
        /// The value as people read it ("Đang xử lý", "Phòng Quản lý đô thị").
        public var text: String
        public var author: String
        /// The site that wrote it ("Buôn Ma Thuột", "Trung tâm tỉnh").
        public var site: String
        public var at: Date

        public init(text: String, author: String, site: String, at: Date) {
            self.text = text
            self.author = author
            self.site = site
            self.at = at
        }
    }

    /// The field's label in the page's language ("Trạng thái", "Đơn vị xử lý").
    public var fieldLabel: String
    public var values: [Value]

    public init(fieldLabel: String, values: [Value]) {
        self.fieldLabel = fieldLabel
        self.values = values
    }
}
