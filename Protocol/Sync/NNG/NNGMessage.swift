import CNNG

/// Helpers for moving bytes in and out of `nng_msg`.
///
/// Message pointers never leave the wrapper: bodies are copied into `[UInt8]`
/// so that nothing unsafe crosses threads or tasks.
enum NNGMessage {
    /// Allocates an `nng_msg` holding a copy of `bytes`. The caller owns the
    /// result and must either hand it to nng successfully or `nng_msg_free` it.
    static func make(_ bytes: [UInt8], operation: String) throws(NNGError) -> OpaquePointer {
        var message: OpaquePointer?
        let rv = nng_msg_alloc(&message, bytes.count)
        guard rv == 0, let message else {
            throw NNGError.from(rv == 0 ? NNGError.raw(NNG_ENOMEM) : rv, operation: operation)
        }
        if !bytes.isEmpty, let body = nng_msg_body(message) {
            bytes.withUnsafeBytes { source in
                if let base = source.baseAddress {
                    body.copyMemory(from: base, byteCount: source.count)
                }
            }
        }
        return message
    }

    /// Copies the body of `message` and frees it; the message must not be used afterwards.
    static func consume(_ message: OpaquePointer) -> [UInt8] {
        defer { nng_msg_free(message) }
        let count = nng_msg_len(message)
        guard count > 0, let body = nng_msg_body(message) else { return [] }
        return Array(UnsafeRawBufferPointer(start: body, count: count))
    }
}
