import Access
import Attachments
import CRDT
import Identity
import Replica
import SyncSession

/// The words of `ioc-node` and `ioc-hub`: the headline each command prints and the errors
/// it ends with. Commands print both languages (`Localizer.bilingual`), Vietnamese first:
/// a terminal does not say which one its reader prefers. Detail lines for integrators
/// (paths, sites, incarnations) stay in English.
extension Localizer {
    public func backedUp(what: String, to path: String, kibibytes: Int64, pages: Int, site: SiteID) -> String {
        pick(
            "đã sao lưu \(what) vào \(path): \(kibibytes) KiB, \(pages) trang, nơi \(site)",
            "backed up \(what) to \(path): \(kibibytes) KiB, \(pages) pages, site \(site)")
    }

    public func restored(_ file: String, takenAt: String?, records: Int, into path: String) -> String {
        pick(
            "đã khôi phục \(file)\(takenAt.map { " (chụp lúc \($0))" } ?? ""), \(records) bản ghi, vào \(path)",
            "restored \(file)\(takenAt.map { " (taken \($0))" } ?? ""), \(records) records, into \(path)")
    }

    /// `restore` needs the key of the data folder: it names the site the backup must belong to.
    public func noKey(at path: String, folder: String) -> String {
        pick(
            "không có khóa tại \(path): hãy đặt lại tệp khóa vào \(folder) trước (khóa là danh tính của nút hoặc trung tâm)",
            "no key at \(path): put the key file back into \(folder) first (the key is the node's or hub's identity)")
    }

    public func noHub(at folder: String) -> String {
        pick("không có trung tâm tại \(folder) (thiếu hub.sqlite và hub.key)", "no hub at \(folder) (no hub.sqlite and hub.key there)")
    }

    public func accountReady(_ account: Account) -> String {
        let roles = account.roles.sorted().map { role($0) }.joined(separator: ", ")
        return pick("tài khoản \(account.qualifiedName) sẵn sàng (\(roles))", "account \(account.qualifiedName) ready (\(roles))")
    }

    public func accountChanged(_ account: Account) -> String {
        pick(
            "đã cập nhật \(account.qualifiedName); mọi phiên đăng nhập cũ kết thúc tại đây ngay và tại nơi khác sau khi đồng bộ",
            "updated \(account.qualifiedName); its earlier sessions end here at once and elsewhere after sync")
    }

    public var resyncWithdrawn: String { pick("đã hủy yêu cầu đồng bộ lại", "resync request withdrawn") }
    public var noResyncPending: String { pick("không có yêu cầu đồng bộ lại nào", "no resync was pending") }

    public func resyncRequested(name: String, district: String) -> String {
        pick("đã yêu cầu đồng bộ lại cho \(name) (huyện \(district))", "resync requested for \(name) (district \(district))")
    }

    public func cannotReadFile(_ path: String) -> String { pick("không đọc được tệp \(path)", "cannot read \(path)") }

    public func motRowsRead(_ count: Int, ignored: Int, malformed: Int) -> String {
        pick(
            "đọc \(count) dòng MOT (bỏ qua \(ignored) không phải phương tiện, \(malformed) dòng lỗi)",
            "read \(count) MOT rows (\(ignored) not road users skipped, \(malformed) malformed)")
    }

    public func linesSent(_ count: Int, seconds: String) -> String {
        pick("đã gửi \(count) dòng trong \(seconds) giây", "sent \(count) lines in \(seconds) s")
    }

    /// The words for an error a command ends with, when it is one of ours; nil otherwise
    /// (the argument parser's own errors keep their text and exit codes).
    public func commandMessage(_ error: any Error) -> String? {
        switch error {
        case let error as ReplicaError: message(error)
        case let error as AccessError: message(error)
        case let error as IdentityError: message(error)
        case let error as AttachmentError: message(error)
        case let error as ClockError: message(error)
        case let error as SyncTransportError: message(error)
        case let error as SyncProblem: message(error)
        default: nil
        }
    }

    /// `error` as a command should end with it: ours worded in both languages, any other
    /// error unchanged.
    public static func commandError(_ error: any Error) -> any Error {
        guard Localizer(.vi).commandMessage(error) != nil else { return error }
        return CommandFailure(text: bilingual { $0.commandMessage(error) ?? "" })
    }
}
