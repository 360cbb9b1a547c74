/// A coded reference item as shown to people: a district (`643`, "Buôn Ma Thuột"), a
/// category, a processing unit. The code is what forms post; the name is what people read.
public struct CodeName: Hashable, Sendable {
    public var code: String
    public var name: String

    public init(code: String, name: String) {
        self.code = code
        self.name = name
    }
}
