/// Splits a syslog TCP stream into messages by RFC 6587: octet counting (`LEN SP MSG`, what
/// `logger --octet-count` and rsyslog's `TCP_Framing="octet-counted"` send) or non-transparent
/// framing (each message ends at LF, what `logger --tcp` sends by default). Each frame
/// says which by its first byte: a digit starts a count, anything else a line.
///
/// Guarantees: bytes are never held beyond one frame of `maxBytes`; a frame longer than that
/// is reported as `oversized` once and its bytes are skipped, and a count that is not a
/// number is reported as `badFraming` and the stream resumes after the next LF, so one bad
/// sender's frame never swallows the messages after it.
public struct SyslogFrameDecoder: Sendable {
    public let maxBytes: Int
    private var buffer: [UInt8] = []
    /// Bytes still to discard from an oversized octet-counted frame.
    private var skipping = 0
    /// Discarding up to the next LF (an oversized line or a broken count).
    private var skippingLine = false

    public init(maxBytes: Int = SyslogMessageReader.maxBytes) { self.maxBytes = maxBytes }

    /// The frames completed by `bytes`, in stream order.
    public mutating func feed(_ bytes: some Collection<UInt8>) -> [Result<[UInt8], SecurityEventProblem>] {
        buffer.append(contentsOf: bytes)
        var out: [Result<[UInt8], SecurityEventProblem>] = []
        var start = 0
        defer { buffer.removeFirst(start) }
        while start < buffer.count {
            if skipping > 0 {
                let n = min(skipping, buffer.count - start)
                skipping -= n
                start += n
                continue
            }
            if skippingLine {
                guard let lf = buffer[start...].firstIndex(of: 10) else {
                    start = buffer.count
                    break
                }
                skippingLine = false
                start = lf + 1
                continue
            }
            let first = buffer[start]
            if first == 10 || first == 13 || first == 0 || first == 32 {
                start += 1
            } else if (49...57).contains(first) {
                var index = start, length = 0
                while index < buffer.count, (48...57).contains(buffer[index]), index - start < 7 {
                    length = length * 10 + Int(buffer[index] - 48)
                    index += 1
                }
                guard index < buffer.count else { break }
                guard buffer[index] == 32 else {
                    out.append(.failure(.badFraming("octet count followed by \(buffer[index]) instead of a space")))
                    skippingLine = true
                    start = index
                    continue
                }
                if length > maxBytes {
                    out.append(.failure(.oversized(bytes: length, limit: maxBytes)))
                    skipping = length
                    start = index + 1
                    continue
                }
                guard buffer.count - (index + 1) >= length else { break }
                out.append(.success(Array(buffer[(index + 1)..<(index + 1 + length)])))
                start = index + 1 + length
            } else if let lf = buffer[start...].firstIndex(of: 10) {
                if lf - start > maxBytes {
                    out.append(.failure(.oversized(bytes: lf - start, limit: maxBytes)))
                } else {
                    out.append(.success(Array(buffer[start..<lf])))
                }
                start = lf + 1
            } else {
                if buffer.count - start > maxBytes {
                    out.append(.failure(.oversized(bytes: buffer.count - start, limit: maxBytes)))
                    skippingLine = true
                    start = buffer.count
                }
                break
            }
        }
        return out
    }

    /// At the end of the stream: a last line that had no LF is a message.
    public mutating func finish() -> [UInt8]? {
        defer { buffer.removeAll() }
        guard !skippingLine, skipping == 0, !buffer.isEmpty, !(48...57).contains(buffer[0]) else { return nil }
        return buffer
    }
}
