import CCurl

/// One libcurl transfer that sends `payload` and keeps at most 64 kB of the answer: the
/// part a webhook post and an SMTP submission share.
///
/// Blocking: call it from a thread outside the cooperative pool.
struct CurlTransfer {
    /// The bytes to send, read by libcurl in pieces.
    final class Source {
        let bytes: [UInt8]
        var offset = 0
        init(_ bytes: [UInt8]) { self.bytes = bytes }
    }

    final class Sink {
        var bytes: [UInt8] = []
    }

    static let initialized: Bool = curl_global_init(Int(CURL_GLOBAL_DEFAULT)) == CURLE_OK

    /// Runs a transfer configured by `configure` (URL, method, headers) that uploads
    /// `payload` through the read callback; returns the status libcurl reports.
    static func run(payload: [UInt8], timeoutMillis: Int, configure: (UnsafeMutableRawPointer) -> Void) -> DeliveryResult {
        guard initialized, let handle = curl_easy_init() else { return .failed(code: Int(CURLE_FAILED_INIT.rawValue), detail: "curl_easy_init failed") }
        defer { curl_easy_cleanup(handle) }
        let source = Unmanaged.passRetained(Source(payload))
        defer { source.release() }
        let sink = Unmanaged.passRetained(Sink())
        defer { sink.release() }
        let read: curl_read_callback = { buffer, size, count, context in
            let source = Unmanaged<Source>.fromOpaque(context!).takeUnretainedValue()
            let length = min(size * count, source.bytes.count - source.offset)
            guard length > 0, let buffer else { return 0 }
            source.bytes.withUnsafeBufferPointer { bytes in
                buffer.withMemoryRebound(to: UInt8.self, capacity: length) { $0.update(from: bytes.baseAddress! + source.offset, count: length) }
            }
            source.offset += length
            return length
        }
        let write: curl_write_callback = { data, size, count, context in
            let sink = Unmanaged<Sink>.fromOpaque(context!).takeUnretainedValue()
            let length = size * count
            if let data, sink.bytes.count < 65_536 {
                data.withMemoryRebound(to: UInt8.self, capacity: length) { sink.bytes.append(contentsOf: UnsafeBufferPointer(start: $0, count: min(length, 65_536 - sink.bytes.count))) }
            }
            return length
        }
        ioc_curl_set_long(handle, CURLOPT_NOSIGNAL, 1)
        ioc_curl_set_long(handle, CURLOPT_TIMEOUT_MS, timeoutMillis)
        ioc_curl_set_long(handle, CURLOPT_CONNECTTIMEOUT_MS, timeoutMillis)
        ioc_curl_set_read(handle, read)
        ioc_curl_set_pointer(handle, CURLOPT_READDATA, source.toOpaque())
        ioc_curl_set_write(handle, write)
        ioc_curl_set_pointer(handle, CURLOPT_WRITEDATA, sink.toOpaque())
        ioc_curl_set_offset(handle, CURLOPT_INFILESIZE_LARGE, curl_off_t(payload.count))
        configure(handle)
        var errorBuffer = [CChar](repeating: 0, count: Int(CURL_ERROR_SIZE) + 1)
        var code = CURLE_OK
        var detail = ""
        errorBuffer.withUnsafeMutableBufferPointer { buffer in
            _ = ioc_curl_set_pointer(handle, CURLOPT_ERRORBUFFER, buffer.baseAddress)
            code = curl_easy_perform(handle)
            if code != CURLE_OK {
                let text = String(cString: buffer.baseAddress!)
                detail = text.isEmpty ? String(cString: curl_easy_strerror(code)) : text
            }
        }
        var status = 0
        ioc_curl_get_long(handle, CURLINFO_RESPONSE_CODE, &status)
        guard code == CURLE_OK else { return .failed(code: Int(code.rawValue), detail: detail) }
        return .delivered(status: status)
    }
}
