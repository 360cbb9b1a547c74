import Foundation
import StaffUI

/// A rotation of wall screens one display shows in turn (`/ui/ioc/playlist/NAME`),
/// configured at the hub: a room's screens can each run their own.
///
/// Guarantees: a playlist read by `load` has a name of lower-case letters, digits and
/// hyphens, between 10 seconds and an hour per screen, and one to 50 screens the wall knows;
/// anything else is refused whole with the reason, so a typo never leaves a screen blank.
public struct WallPlaylist: Sendable, Hashable {
    public var name: String
    public var seconds: Int
    public var screens: [WallScreen]

    public static let secondsRange = 10...3600
    public static let maxScreens = 50

    public init(name: String, seconds: Int, screens: [WallScreen]) {
        self.name = name
        self.seconds = seconds
        self.screens = screens
    }

    /// The playlist a site has when none is configured: the whole wall, then each service
    /// mounted there on its own, half a minute each.
    public static func everyService(_ keys: [String]) -> WallPlaylist {
        WallPlaylist(name: "tat-ca", seconds: 30, screens: [WallScreen()] + keys.map { WallScreen(service: $0) })
    }

    /// The screen at `step` (any integer: it wraps) and the step after it.
    public func screen(at step: Int) -> (screen: WallScreen, next: Int) {
        let index = ((step % screens.count) + screens.count) % screens.count
        return (screens[index], (index + 1) % screens.count)
    }

    /// Reads the playlists file: a JSON array of `{"name", "seconds", "screens": ["service=traffic", …]}`.
    public static func load(json data: Data) throws(WallPlaylistError) -> [WallPlaylist] {
        struct Entry: Decodable {
            var name: String
            var seconds: Int
            var screens: [String]
        }
        let entries: [Entry]
        do { entries = try JSONDecoder().decode([Entry].self, from: data) } catch { throw .malformed("\(error)") }
        var seen = Set<String>()
        return try entries.map { entry throws(WallPlaylistError) in
            guard !entry.name.isEmpty, entry.name.count <= 64, entry.name.allSatisfy({ ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" })
            else { throw .badName(entry.name) }
            guard seen.insert(entry.name).inserted else { throw .duplicate(entry.name) }
            guard secondsRange.contains(entry.seconds) else { throw .badSeconds(name: entry.name, seconds: entry.seconds) }
            guard (1...maxScreens).contains(entry.screens.count) else { throw .screenCount(name: entry.name, count: entry.screens.count) }
            let screens = try entry.screens.map { text throws(WallPlaylistError) in
                guard let screen = WallScreen(query: text) else { throw .badScreen(name: entry.name, screen: text) }
                return screen
            }
            return WallPlaylist(name: entry.name, seconds: entry.seconds, screens: screens)
        }
    }
}

/// Why a playlists file was refused.
public enum WallPlaylistError: Error, Sendable, Hashable, CustomStringConvertible {
    case malformed(String)
    case badName(String)
    case duplicate(String)
    case badSeconds(name: String, seconds: Int)
    case screenCount(name: String, count: Int)
    case badScreen(name: String, screen: String)

    public var description: String {
        switch self {
        case let .malformed(reason): "not a JSON array of playlists: \(reason)"
        case let .badName(name): "playlist name \"\(name)\": use 1–64 lower-case letters, digits and hyphens"
        case let .duplicate(name): "playlist \"\(name)\" is named twice"
        case let .badSeconds(name, seconds): "playlist \"\(name)\": \(seconds) s per screen, expected \(WallPlaylist.secondsRange.lowerBound)–\(WallPlaylist.secondsRange.upperBound)"
        case let .screenCount(name, count): "playlist \"\(name)\": \(count) screens, expected 1–\(WallPlaylist.maxScreens)"
        case let .badScreen(name, screen): "playlist \"\(name)\": screen \"\(screen)\" is not service=…, measure=… or view=all|map|tiles|links|alerts"
        }
    }
}
