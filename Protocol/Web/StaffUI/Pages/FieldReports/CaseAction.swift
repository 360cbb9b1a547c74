/// Something a member of staff can do to a case. Each action renders as its own
/// `<form method="post" action="/ui/cases/{caseID}/actions/{rawValue}">`, posting these fields:
///
/// | action     | fields                                                            |
/// |------------|-------------------------------------------------------------------|
/// | `accept`   | `category`, `unit` (may be empty), `priority`                     |
/// | `reject`   | `reason` (required) — the case becomes ineligible                 |
/// | `assign`   | `unit` (required)                                                 |
/// | `start`    | none                                                              |
/// | `resolve`  | `result` (required), `photos` (files); `multipart/form-data`      |
/// | `close`    | none                                                              |
/// | `reopen`   | `reason` (required)                                               |
/// | `transfer` | `district` (required), `reason` (required)                        |
/// | `comment`  | `text` (required)                                                 |
///
/// Every form also carries `csrf_token` when the page context has one.
public enum CaseAction: String, CaseIterable, Hashable, Sendable {
    case accept
    case reject
    case assign
    case start
    case resolve
    case close
    case reopen
    case transfer
    case comment
}
