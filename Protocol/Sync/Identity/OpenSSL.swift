import CCrypto

/// Small internal helpers around libcrypto. No state: OpenSSL's error queue is per thread.
enum OpenSSL {
    /// Empties the calling thread's OpenSSL error queue so a following failure reports only its own errors.
    static func clearErrors() {
        ERR_clear_error()
    }

    /// Drains the calling thread's OpenSSL error queue into one human-readable string.
    static func drainErrors() -> String {
        var messages: [String] = []
        while true {
            let code = ERR_get_error()
            if code == 0 { break }
            var buffer = [CChar](repeating: 0, count: 256)
            let message = buffer.withUnsafeMutableBufferPointer { buffer -> String in
                ERR_error_string_n(code, buffer.baseAddress, buffer.count)
                return String(cString: buffer.baseAddress!)
            }
            messages.append(message)
        }
        return messages.isEmpty ? "no OpenSSL error reported" : messages.joined(separator: "; ")
    }

    /// A `.cryptoFailure` for `operation`, carrying the drained OpenSSL error queue.
    static func failure(_ operation: String) -> IdentityError {
        .cryptoFailure(operation: operation, openSSL: drainErrors())
    }

    /// Calls `body` with a pointer that is never NULL, even for an empty array
    /// (some OpenSSL paths treat a NULL input pointer as an error regardless of length).
    static func withNonNullPointer<R>(
        to bytes: [UInt8], _ body: (UnsafePointer<UInt8>, Int) -> R
    ) -> R {
        if bytes.isEmpty {
            let placeholder: [UInt8] = [0]
            return placeholder.withUnsafeBufferPointer { body($0.baseAddress!, 0) }
        }
        return bytes.withUnsafeBufferPointer { body($0.baseAddress!, $0.count) }
    }

    /// Constant-time equality of two byte strings (length is not secret).
    static func constantTimeEqual(_ a: [UInt8], _ b: [UInt8]) -> Bool {
        guard a.count == b.count else { return false }
        var difference: UInt8 = 0
        for index in a.indices { difference |= a[index] ^ b[index] }
        return difference == 0
    }
}
