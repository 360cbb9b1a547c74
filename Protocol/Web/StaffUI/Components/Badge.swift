import FieldReports
import Foundation
import Vietnam

/// The small coloured labels for status, deadline and traffic state. Colour is never the only signal: the
/// label text always says the same.
enum Badge {
    /// `<span class="badge status status-in_progress">Đang xử lý</span>`.
    static func status(_ status: CaseStatus, _ l: Localizer) -> HTML {
        "<span class=\"badge status status-\(status.rawValue)\">\(l.status(status))</span>"
    }

    /// `<span class="badge due-overdue">Quá hạn</span>`; green on time, amber due soon, red overdue.
    static func due(_ due: DueState, _ l: Localizer) -> HTML {
        "<span class=\"badge \(due.cssClass)\">\(l.due(due))</span>"
    }

    /// "—" in muted grey: the value is not known or does not apply.
    static let dash: HTML = "<span class=\"muted\">—</span>"

    /// A `<time>` element showing `dd/MM/yyyy HH:mm` in UTC+7.
    static func time(_ date: Date) -> HTML {
        "<time datetime=\"\(VietnamTime.iso8601(date))\">\(VietnamTime.format(date))</time>"
    }

    /// A `<time>` element for Unix milliseconds, `dd/MM/yyyy HH:mm` in UTC+7.
    static func time(millis: Int64) -> HTML {
        time(VietnamTime.instant(millis: millis))
    }

    /// `<span class="badge congestion congestion-heavy">Đông đúc – di chuyển chậm</span>`.
    static func congestion(_ level: TrafficCongestion, _ l: Localizer) -> HTML {
        "<span class=\"badge congestion \(level.cssClass)\">\(l.congestion(level))</span>"
    }
}
