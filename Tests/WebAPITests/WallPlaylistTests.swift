import Foundation
import StaffUI
import Testing
import WebAPI

/// The hub's playlists file: read whole or refused whole, with the reason.
@Suite struct WallPlaylistTests {
    static func load(_ json: String) throws(WallPlaylistError) -> [WallPlaylist] { try WallPlaylist.load(json: Data(json.utf8)) }

    @Test func aPlaylistsFileIsReadWithItsScreens() throws {
        let playlists = try Self.load(#"[{"name": "phong-dieu-hanh", "seconds": 45, "screens": ["view=map&measure=congestion", "service=traffic", ""]}]"#)
        #expect(playlists.count == 1)
        #expect(playlists[0].seconds == 45)
        #expect(playlists[0].screens == [WallScreen(measure: "congestion", view: .map), WallScreen(service: "traffic"), WallScreen()])
    }

    @Test func aScreenReadsBackFromItsQuery() {
        let screen = WallScreen(service: "dossiers", measure: "overdue-dossiers", view: .tiles)
        #expect(WallScreen(query: screen.query) == screen)
        #expect(WallScreen().query == "")
    }

    @Test(arguments: [
        (#"{"name": "x"}"#, "not a JSON array"),
        (#"[{"name": "Phòng 1", "seconds": 30, "screens": [""]}]"#, "lower-case letters"),
        (#"[{"name": "a", "seconds": 5, "screens": [""]}]"#, "5 s per screen"),
        (#"[{"name": "a", "seconds": 30, "screens": []}]"#, "0 screens"),
        (#"[{"name": "a", "seconds": 30, "screens": ["view=everything"]}]"#, "screen \"view=everything\""),
        (#"[{"name": "a", "seconds": 30, "screens": ["colour=red"]}]"#, "screen \"colour=red\""),
        (#"[{"name": "a", "seconds": 30, "screens": [""]}, {"name": "a", "seconds": 30, "screens": [""]}]"#, "named twice"),
    ])
    func aBadPlaylistsFileIsRefusedWholeWithTheReason(json: String, reason: String) {
        #expect {
            try Self.load(json)
        } throws: { error in
            "\(error)".contains(reason)
        }
    }

    @Test func aPlaylistsStepsWrapAroundEitherWay() {
        let playlist = WallPlaylist(name: "p", seconds: 30, screens: [WallScreen(), WallScreen(view: .map), WallScreen(view: .alerts)])
        #expect(playlist.screen(at: 2).screen.view == .alerts && playlist.screen(at: 2).next == 0)
        #expect(playlist.screen(at: 7).screen.view == .map)
        #expect(playlist.screen(at: -1).screen.view == .alerts)
    }
}
