import Identity
import Testing

@Suite struct KeyFileTests {
    @Test func loadOrCreateCreatesAPrivateFile() throws {
        try withTemporaryDirectory { directory in
            let path = directory + "/node.key"
            let key = try SigningKey.loadOrCreate(at: path)
            #expect(permissions(path) == 0o600)
            #expect(readFile(path) == hexString(key.rawRepresentation) + "\n")
            #expect(directoryEntries(directory) == ["node.key"])  // no temporary file left behind
        }
    }

    @Test func loadOrCreateReturnsTheSameKeyOnSecondLoad() throws {
        try withTemporaryDirectory { directory in
            let path = directory + "/node.key"
            let first = try SigningKey.loadOrCreate(at: path)
            let second = try SigningKey.loadOrCreate(at: path)
            #expect(second.rawRepresentation == first.rawRepresentation)
            #expect(second.publicKey == first.publicKey)
        }
    }

    @Test func loadOrCreateReadsAnExistingKeyFile() throws {
        try withTemporaryDirectory { directory in
            let path = directory + "/node.key"
            writeFile(path, "  " + SigningKeyTests.rfcSecret.uppercased() + "\r\n")
            let key = try SigningKey.loadOrCreate(at: path)
            #expect(key.publicKey.hex == SigningKeyTests.rfcPublic)
        }
    }

    @Test func concurrentLoadOrCreateAgreesOnOneKey() async throws {
        try await withTemporaryDirectoryAsync { directory in
            let path = directory + "/node.key"
            let keys = try await withThrowingTaskGroup(of: [UInt8].self) { group in
                for _ in 0..<16 {
                    group.addTask { try SigningKey.loadOrCreate(at: path).rawRepresentation }
                }
                return try await group.reduce(into: [[UInt8]]()) { $0.append($1) }
            }
            #expect(Set(keys).count == 1)
            #expect(readFile(path) == hexString(keys[0]) + "\n")
        }
    }

    @Test func keyFileOfWrongLengthGivesAClearError() throws {
        try withTemporaryDirectory { directory in
            let path = directory + "/node.key"
            writeFile(path, String(repeating: "ab", count: 12) + "\n")
            let error = #expect(throws: IdentityError.self) { try SigningKey.loadOrCreate(at: path) }
            #expect(error == .keyFileWrongLength(path: path, byteCount: 12))
            #expect(error?.description.contains("key file \(path) has 12 bytes, expected 32") == true)
            #expect(readFile(path) == String(repeating: "ab", count: 12) + "\n")  // never overwritten
        }
    }

    @Test func keyFileWithNonHexContentGivesAClearError() throws {
        try withTemporaryDirectory { directory in
            let path = directory + "/node.key"
            writeFile(path, "-----BEGIN PRIVATE KEY-----\n")
            let error = #expect(throws: IdentityError.self) { try SigningKey.loadOrCreate(at: path) }
            #expect(error == .keyFileMalformed(path: path, reason: "non-hex character at offset 0"))
            #expect(error?.description.contains(path) == true)
            #expect(error?.description.contains("re-enrol") == true)
        }
    }

    @Test func emptyKeyFileGivesAClearError() throws {
        try withTemporaryDirectory { directory in
            let path = directory + "/node.key"
            writeFile(path, "\n")
            #expect(throws: IdentityError.keyFileMalformed(path: path, reason: "the file is empty")) {
                try SigningKey.loadOrCreate(at: path)
            }
        }
    }

    @Test func missingDirectoryGivesAWriteError() throws {
        try withTemporaryDirectory { directory in
            let path = directory + "/absent/node.key"
            let error = #expect(throws: IdentityError.self) { try SigningKey.loadOrCreate(at: path) }
            guard case .keyFileWriteFailed(let reportedPath, _)? = error else {
                Issue.record("unexpected error \(String(describing: error))")
                return
            }
            #expect(reportedPath == path)
        }
    }

    @Test func directoryInPlaceOfKeyFileGivesAReadError() throws {
        try withTemporaryDirectory { directory in
            #expect(throws: IdentityError.keyFileUnreadable(path: directory, reason: "not a regular file")) {
                try SigningKey.loadOrCreate(at: directory)
            }
        }
    }
}
