/// A header value of the form `value; name=token; name="quoted \"string\""`, as
/// `Content-Type` and `Content-Disposition` use it (RFC 9110 §5.6.6).
struct HeaderParameters: Sendable {
    /// The part before the first `;`, trimmed and lowercased (`multipart/form-data`, `form-data`).
    var value: String
    /// Parameters by lowercased name; values unquoted with backslash escapes resolved. The
    /// first occurrence of a name wins.
    var parameters: [String: String]

    init(parsing header: String) {
        let scalars = Array(header.unicodeScalars)
        var index = 0

        func skipSpaces() {
            while index < scalars.count, scalars[index] == " " || scalars[index] == "\t" { index += 1 }
        }

        var head = String.UnicodeScalarView()
        while index < scalars.count, scalars[index] != ";" {
            head.append(scalars[index])
            index += 1
        }
        value = String(head).trimmingSpaces().lowercased()
        parameters = [:]

        while index < scalars.count {
            index += 1  // the ';'
            skipSpaces()
            var name = String.UnicodeScalarView()
            while index < scalars.count, scalars[index] != "=", scalars[index] != ";" {
                name.append(scalars[index])
                index += 1
            }
            let key = String(name).trimmingSpaces().lowercased()
            guard index < scalars.count, scalars[index] == "=" else { continue }
            index += 1
            skipSpaces()
            var parameterValue = String.UnicodeScalarView()
            if index < scalars.count, scalars[index] == "\"" {
                index += 1
                while index < scalars.count, scalars[index] != "\"" {
                    if scalars[index] == "\\", index + 1 < scalars.count { index += 1 }
                    parameterValue.append(scalars[index])
                    index += 1
                }
                if index < scalars.count { index += 1 }  // closing quote
                while index < scalars.count, scalars[index] != ";" { index += 1 }
            } else {
                while index < scalars.count, scalars[index] != ";" {
                    parameterValue.append(scalars[index])
                    index += 1
                }
                parameterValue = String(parameterValue).trimmingSpaces().unicodeScalars
            }
            if !key.isEmpty, parameters[key] == nil { parameters[key] = String(parameterValue) }
        }
    }
}

extension String {
    /// Without leading and trailing spaces and tabs.
    fileprivate func trimmingSpaces() -> String {
        var scalars = Substring(self).unicodeScalars
        while let first = scalars.first, first == " " || first == "\t" { scalars.removeFirst() }
        while let last = scalars.last, last == " " || last == "\t" { scalars.removeLast() }
        return String(scalars)
    }
}
