import Attachments
import CRDT
import Identity
import Replica
import SyncSession

/// The words for what the sync layer refuses or fails at: the replica, photos, keys and
/// certificates, clocks and the link to the hub. Technical details (paths, OpenSSL's and
/// SQLite's own text) are quoted as they are, untranslated.
extension Localizer {
    public func message(_ error: ReplicaError) -> String {
        switch error {
        case let .cannotOpen(path, reason):
            pick("Không mở được cơ sở dữ liệu \(path): \(reason)", "Cannot open the replica database at \(path): \(reason)")
        case let .diskFull(path):
            pick(
                "Ổ đĩa chứa \(path) đã đầy, chưa ghi gì; hãy giải phóng dung lượng rồi thử lại",
                "The disk holding \(path) is full: nothing was written; free some space and try again")
        case let .storage(reason):
            pick("Cơ sở dữ liệu gặp lỗi: \(reason)", "The replica database failed: \(reason)")
        case let .notFound(id):
            pick("Không có bản ghi \(id)", "No record with id \(id)")
        case let .invalidEdit(reason):
            pick("Thay đổi không hợp lệ: \(reason)", "Invalid edit: \(reason)")
        case let .sequenceGap(origin, expected, received):
            pick(
                "Thay đổi của \(origin) đến không theo thứ tự (cần #\(expected), nhận #\(received)); bên gửi gửi lại từ #\(expected)",
                "Changes of site \(origin) arrived out of order (expected #\(expected), got #\(received)); the sender resumes from #\(expected)")
        case let .corruptState(id, reason):
            pick(
                "Không đọc được trạng thái của \(id) (\(reason)); hãy khôi phục cơ sở dữ liệu hoặc đồng bộ lại nút",
                "The stored state of \(id) cannot be read (\(reason)); restore the database or resync this node")
        case let .backupFailed(path, reason):
            pick("Không ghi được bản sao lưu \(path): \(message(reason))", "The backup could not be written to \(path): \(message(reason))")
        case let .notEnoughSpace(path, needed, available):
            pick(
                "Ổ đĩa không đủ chỗ cho \(path): cần khoảng \(mebibytes(needed)) MiB, còn \(available / 1_048_576) MiB; chưa ghi gì, "
                    + "hãy giải phóng dung lượng hoặc chọn ổ khác",
                "Not enough free space for \(path): needs about \(mebibytes(needed)) MiB, \(available / 1_048_576) MiB free; "
                    + "nothing was written, free some space or choose another disk")
        case let .notAReplica(path, reason):
            pick("\(path) không phải cơ sở dữ liệu bản sao: \(reason)", "\(path) is not a replica database: \(reason)")
        case let .wrongSite(path, expected, found):
            pick(
                "\(path) là bản sao lưu của \(found.map { "nơi \($0)" } ?? "nơi khác"), không phải của nơi \(expected) (khóa của thư mục dữ liệu); "
                    + "chỉ khôi phục bản sao lưu của chính nút hoặc trung tâm này",
                "\(path) is a backup of \(found.map { "site \($0)" } ?? "another site (it holds none of this site's changes)"), "
                    + "not of this data folder's site \(expected) (its key); restore only a backup of this node or hub")
        case let .inUse(path):
            pick(
                "\(path) đang được một tiến trình khác mở (`serve` hoặc một lệnh khác): hãy dừng nó rồi chạy lại lệnh",
                "\(path) is open in another process (`serve` or another command is running): stop it first, then run the command again")
        }
    }

    public func message(_ failure: BackupFailure) -> String {
        switch failure {
        case let .folderMissing(folder): pick("thư mục \(folder) không tồn tại", "the folder \(folder) does not exist")
        case .isLiveDatabase: pick("đó là chính cơ sở dữ liệu đang dùng; hãy chọn tệp khác", "that is the live database itself; choose another file")
        case .targetExists:
            pick("tệp đã tồn tại; hãy chọn tên khác hoặc thêm --replace", "the file already exists; choose another name or pass --replace")
        case let .cannotCreate(folder, detail):
            pick("không tạo được tệp trong \(folder): \(detail)", "cannot create a file in \(folder): \(detail)")
        case let .failed(detail): detail
        }
    }

    /// A backup's progress line (`ioc-node backup`, `ioc-hub backup`).
    public func backupProgress(_ progress: Replica.BackupProgress) -> String {
        let percent = Int(progress.fraction * 100)
        return pick(
            "sao lưu: \(percent)% (\(progress.copiedPages)/\(progress.totalPages) trang)",
            "backup: \(percent)% (\(progress.copiedPages)/\(progress.totalPages) pages)")
    }

    public func message(_ error: AttachmentError) -> String {
        switch error {
        case .empty: pick("Ảnh trống", "The photo is empty")
        case let .tooLarge(bytes, limit):
            pick(
                "Ảnh quá lớn (\(bytes / 1024) KB, tối đa \(limit / 1024) KB)",
                "The photo is too large (\(bytes / 1024) KB, at most \(limit / 1024) KB)")
        case let .unsupportedType(declared):
            pick(
                "Chỉ nhận ảnh JPEG, PNG hoặc WebP (nhận \(declared ?? "nội dung không rõ"))",
                "Only JPEG, PNG or WebP photos are accepted (got \(declared ?? "unknown bytes"))")
        case let .unreadablePhoto(type):
            pick("Ảnh \(type) bị hỏng, không đọc được cấu trúc", "The \(type) photo is damaged (its structure cannot be read)")
        case let .hashMismatch(expected, actual):
            pick("Nội dung có mã băm \(actual), không khớp \(expected)", "The content hashes to \(actual), not \(expected)")
        case let .malformedHash(text):
            pick("Mã ảnh không hợp lệ: '\(text.prefix(80))' không phải mã SHA-256", "'\(text.prefix(80))' is not a SHA-256 hex digest")
        case let .storage(reason):
            pick("Không lưu được ảnh: \(reason)", "The photo could not be stored: \(reason)")
        }
    }

    public func message(_ error: ClockError) -> String {
        switch error {
        case let .remoteTooFarAhead(remote, local, allowed):
            let ahead = (remote &- local) / 1000
            return pick(
                "Một thay đổi mang dấu thời gian sớm hơn đồng hồ máy này \(ahead) giây (cho phép tối đa \(allowed / 1000) giây); "
                    + "nó được cách ly: hãy kiểm tra đồng hồ (NTP) của máy đã tạo ra nó",
                "A change is stamped \(ahead) s ahead of this machine's clock (at most \(allowed / 1000) s allowed); "
                    + "it is quarantined: check the clock of the machine that made it (NTP)")
        }
    }

    /// Identity errors: the file and request errors an operator causes and fixes are worded
    /// here; OpenSSL's own failures keep their technical English after a translated headline.
    public func message(_ error: IdentityError) -> String {
        switch error {
        case let .fileUnreadable(path, reason), let .keyFileUnreadable(path, reason):
            pick(
                "Không đọc được tệp \(path): \(reason); hãy kiểm tra đường dẫn, hoặc đăng ký lại nút để nhận chứng chỉ",
                "Cannot read \(path): \(reason); check the path, or enrol the node again to get its certificate")
        case let .fileUnwritable(path, reason), let .keyFileWriteFailed(path, reason):
            pick(
                "Không ghi được tệp \(path): \(reason); hãy kiểm tra thư mục tồn tại, ghi được và còn chỗ trống",
                "Cannot write \(path): \(reason); check that the folder exists, is writable and has free space")
        case let .keyFileMalformed(path, _), let .keyFileWrongLength(path, _):
            pick(
                "Tệp khóa \(path) bị hỏng; hãy khôi phục từ bản sao lưu hoặc đăng ký lại nút",
                "The key file \(path) is damaged; restore it from a backup or enrol the node again")
        case let .invalidDNSName(name, reason):
            pick("Tên miền \"\(name)\" không hợp lệ: \(reason)", "Invalid DNS name \"\(name)\": \(reason)")
        case let .invalidValidity(days):
            pick(
                "Thời hạn \(days) ngày không hợp lệ; chọn từ 1 đến \(CertificateAuthority.maximumValidityDays) ngày",
                "Invalid validity of \(days) days; choose between 1 and \(CertificateAuthority.maximumValidityDays) days")
        case let .certificateKeyMismatch(subject):
            pick(
                "Khóa riêng không thuộc chứng chỉ của \(subject); hãy dùng tệp khóa được tạo cùng chứng chỉ này",
                "The private key does not belong to the certificate of \(subject); load the key file created with this certificate")
        case .invalidPublicKeyHex, .invalidPublicKeyLength:
            pick("Khóa công khai không hợp lệ: \(error)", "Invalid public key: \(error)")
        default:
            pick("Lỗi khóa hoặc chứng chỉ: \(error)", "Key or certificate error: \(error)")
        }
    }

    /// Why the node's last sync attempt failed, for the staff, the status command and
    /// `GET /api/v1/sync`.
    public func message(_ problem: SyncProblem) -> String {
        switch problem {
        case .hubTimedOut:
            pick(
                "Không kết nối được trung tâm tỉnh: trung tâm không trả lời kịp (mất đường truyền hoặc trung tâm đang dừng)",
                "The hub did not answer in time (link down or hub stopped)")
        case .connectionReset:
            pick(
                "Trung tâm đã ngắt kết nối (thông điệp quá lớn, hoặc trung tâm khởi động lại)",
                "The hub dropped the connection (message too large for it, or the hub restarted)")
        case let .refused(refusal):
            pick("Trung tâm từ chối (\(refusalHeadline(refusal.code))): \(refusal.message)", "The hub refused (\(refusalHeadline(refusal.code))): \(refusal.message)")
        case let .transport(error): message(error)
        case let .storage(reason): pick("Cơ sở dữ liệu của nút gặp lỗi: \(reason)", "The node's database failed: \(reason)")
        case let .other(reason): pick("Lỗi đồng bộ: \(reason)", "Sync failed: \(reason)")
        }
    }

    public func message(_ error: SyncTransportError) -> String {
        switch error {
        case let .plainRefused(url, option):
            pick(
                "Đồng bộ phải được mã hóa: \(option) \(url) là TCP thường; hãy dùng tls+tcp:// "
                    + "(tcp:// chỉ được phép trên 127.0.0.1 với --insecure-loopback, khi phát triển)",
                "Sync must be encrypted: \(option) \(url) is plain TCP; use tls+tcp:// "
                    + "(plain tcp:// is allowed only on 127.0.0.1 with --insecure-loopback, for development)")
        case let .unsupported(url, option):
            pick("\(option) \(url): giao thức không hỗ trợ; hãy dùng tls+tcp://HOST:PORT", "\(option) \(url): unsupported transport; use tls+tcp://HOST:PORT")
        case let .notEnrolled(missing, dataDirectory):
            pick(
                "Nút chưa được đăng ký tại trung tâm (thiếu \(missing.joined(separator: ", "))): \(SyncTransportError.enrolmentSteps(dataDirectory))",
                "This node is not enrolled yet (missing \(missing.joined(separator: ", "))): \(SyncTransportError.enrolmentSteps(dataDirectory))")
        case let .credentials(reason):
            pick("Chứng chỉ TLS: \(reason)", "TLS credentials: \(reason)")
        }
    }

    /// The refusal's code in a few words; the hub's own detail follows it.
    public func refusalHeadline(_ code: SyncRefusal.Code) -> String {
        switch code {
        case .malformed: pick("yêu cầu hỏng", "malformed request")
        case .tooLarge: pick("quá lớn", "too large")
        case .badSignature: pick("chữ ký sai", "bad signature")
        case .unknownKey: pick("khóa của nút chưa được đăng ký", "node key not enrolled")
        case .outOfScope: pick("ngoài phạm vi của nút", "outside the node's scope")
        case .protocolVersion: pick("khác phiên bản giao thức", "protocol version mismatch")
        case .clockSkew: pick("đồng hồ lệch", "clock ahead")
        case .sequenceGap: pick("thiếu thay đổi", "sequence gap")
        case .internal: pick("lỗi tại trung tâm", "hub error")
        case .wrongDistrict: pick("sai huyện", "wrong district")
        case .replay: pick("yêu cầu lặp lại", "replayed request")
        case .unknownSession: pick("phiên không hợp lệ", "unknown session")
        case .rateLimited: pick("gửi quá nhanh", "rate limited")
        default: pick("không rõ", "unspecified")
        }
    }

    private func mebibytes(_ bytes: Int64) -> Int64 { bytes / 1_048_576 + 1 }
}
