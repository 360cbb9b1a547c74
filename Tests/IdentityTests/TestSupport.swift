#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Bytes from a hex literal; traps on malformed input (test fixtures only).
func bytes(hex: String) -> [UInt8] {
    let chars = Array(hex.utf8)
    precondition(chars.count % 2 == 0, "odd hex literal")
    return stride(from: 0, to: chars.count, by: 2).map { index in
        UInt8(String(decoding: chars[index..<index + 2], as: UTF8.self), radix: 16)!
    }
}

func hexString(_ bytes: [UInt8]) -> String {
    bytes.map { ($0 < 16 ? "0" : "") + String($0, radix: 16) }.joined()
}

/// A fresh private directory, removed (with its files) when `body` returns.
@discardableResult
func withTemporaryDirectory<R>(_ body: (String) throws -> R) throws -> R {
    let directory = makeTemporaryDirectory()
    defer { removeDirectory(directory) }
    return try body(directory)
}

@discardableResult
func withTemporaryDirectoryAsync<R>(_ body: (String) async throws -> R) async throws -> R {
    let directory = makeTemporaryDirectory()
    defer { removeDirectory(directory) }
    return try await body(directory)
}

private func makeTemporaryDirectory() -> String {
    var template = Array("/tmp/identity-tests-XXXXXX".utf8CString)
    let created = template.withUnsafeMutableBufferPointer { mkdtemp($0.baseAddress!) }
    precondition(created != nil, "mkdtemp failed")
    return String(cString: created!)
}

/// Removes `directory` and the plain files in it.
private func removeDirectory(_ directory: String) {
    for name in directoryEntries(directory) { unlink(directory + "/" + name) }
    rmdir(directory)
}

/// Names of the entries in `directory`, excluding "." and "..".
func directoryEntries(_ directory: String) -> [String] {
    guard let dir = opendir(directory) else { return [] }
    defer { closedir(dir) }
    var names: [String] = []
    while let entry = readdir(dir) {
        let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
            String(cString: raw.bindMemory(to: CChar.self).baseAddress!)
        }
        if name != "." && name != ".." { names.append(name) }
    }
    return names.sorted()
}

func writeFile(_ path: String, _ content: String) {
    let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    precondition(fd >= 0, "cannot create \(path)")
    let bytes = Array(content.utf8)
    let written = bytes.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
    precondition(written == bytes.count)
    close(fd)
}

func readFile(_ path: String) -> String? {
    let fd = open(path, O_RDONLY)
    guard fd >= 0 else { return nil }
    defer { close(fd) }
    var content: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 512)
    while true {
        let count = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
        if count <= 0 { break }
        content += buffer[0..<count]
    }
    return String(decoding: content, as: UTF8.self)
}

/// Permission bits of `path`, or nil if it cannot be stat'ed.
func permissions(_ path: String) -> mode_t? {
    var info = stat()
    guard stat(path, &info) == 0 else { return nil }
    return info.st_mode & 0o777
}
