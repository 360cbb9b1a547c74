import Testing

@testable import CyberSecurity

/// A TCP stream is split by RFC 6587, and a broken or oversized frame costs only itself.
@Suite struct SyslogFrameDecoderTests {
    static func texts(_ results: [Result<[UInt8], SecurityEventProblem>]) -> [String] {
        results.map {
            switch $0 {
            case .success(let bytes): String(decoding: bytes, as: UTF8.self)
            case .failure(let problem): "!" + problem.code
            }
        }
    }

    @Test func octetCountedFramesAreSplitWhereverTheSegmentsBreak() {
        let stream = Array("11 <13>1 - - a9 <13>hello\n".utf8)
        for cut in 0...stream.count {
            var decoder = SyslogFrameDecoder()
            let frames = decoder.feed(stream[..<cut]) + decoder.feed(stream[cut...])
            #expect(Self.texts(frames) == ["<13>1 - - a", "<13>hello"], "cut at \(cut)")
        }
    }

    @Test func newlineFramesAreSplitAtEachLineFeedAndTheLastOneAtTheEndOfStream() {
        var decoder = SyslogFrameDecoder()
        let frames = decoder.feed(Array("<13>one\r\n<13>two\n<13>thr".utf8))
        #expect(Self.texts(frames) == ["<13>one\r", "<13>two"])
        #expect(decoder.finish().map { String(decoding: $0, as: UTF8.self) } == "<13>thr")
    }

    @Test func anOversizedCountedFrameIsReportedOnceAndSkippedWhole() {
        var decoder = SyslogFrameDecoder(maxBytes: 8)
        var frames = decoder.feed(Array("22 <13>0123456789".utf8))
        frames += decoder.feed(Array("abcdefgh5 <13>x".utf8))
        #expect(Self.texts(frames) == ["!oversized", "<13>x"])
    }

    @Test func anOversizedLineIsReportedAndTheNextLineIsKept() {
        var decoder = SyslogFrameDecoder(maxBytes: 8)
        var frames = decoder.feed(Array("<13>0123456789".utf8))
        frames += decoder.feed(Array("more\n<13>ok\n".utf8))
        #expect(Self.texts(frames) == ["!oversized", "<13>ok"])
    }

    @Test func aCountNotFollowedByASpaceIsBadFramingAndTheStreamResumesAfterTheLine() {
        var decoder = SyslogFrameDecoder()
        let frames = decoder.feed(Array("12x<13>junk\n<13>fine\n".utf8))
        #expect(Self.texts(frames) == ["!bad_framing", "<13>fine"])
    }
}
