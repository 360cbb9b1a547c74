/// Parses detection tracks from cameras (text lines or JSON batches) into ``Detection`` values.
///
/// ## Text format (one detection per line, UTF-8, MOTChallenge-like CSV)
///
///     camera,time,track,class,x,y,w,h,confidence[,plate,plate_confidence,plate_crop,frame_ref]
///
/// | # | field | meaning |
/// |---|-------|---------|
/// | 1 | camera | camera id, non-empty; interned (one `String` per distinct id) |
/// | 2 | time | epoch milliseconds (integer), or `f<frame>@<fps>` (e.g. `f1200@25`): frame number at fps, relative to the camera's stream start supplied by the caller |
/// | 3 | track | tracker id, non-negative integer |
/// | 4 | class | `motorbike`, `bicycle`, `car`, `bus`, `truck`, `pedestrian` (also `motorcycle`, `person`), or a 0-based COCO id: 0 pedestrian, 1 bicycle, 2 car, 3 motorbike, 5 bus, 7 truck |
/// | 5–8 | x,y,w,h | box in pixels, (x,y) top-left; w and h must be > 0 |
/// | 9 | confidence | detector confidence, 0…1 |
/// | 10 | plate | plate text, may be empty |
/// | 11 | plate_confidence | 0…1, may be empty |
/// | 12 | plate_crop | hex SHA-256 of the plate crop, may be empty |
/// | 13 | frame_ref | hex SHA-256 of the full frame, may be empty |
///
/// Blank lines and lines whose first non-blank byte is `#` are ignored. Fields may be padded with
/// spaces. Lines may end in LF or CRLF. A line longer than ``maxLineBytes`` is malformed.
/// Quoting is not supported: no field may contain a comma.
///
/// ## Guarantees
/// - Never stops at a bad line: every rejected line is reported in ``DetectionBatch/malformed``
///   with its 1-based line number and a reason, and every good line is kept, in input order.
/// - Line numbers continue across calls on the same parser.
/// - Camera indices are stable for the parser's lifetime (``cameraIDs`` only grows).
/// - The text path works on raw bytes and allocates only for new camera ids and for the optional
///   plate/frame strings.
public struct DetectionParser: DetectionReader, Sendable {
    /// Lines longer than this many bytes (excluding the line break) are rejected.
    public static let maxLineBytes = 4096

    static let fieldNames = ["camera", "time", "track", "class", "x", "y", "w", "h", "confidence", "plate", "plate_confidence", "plate_crop", "frame_ref"]

    /// Epoch milliseconds that frame 0 of `f<frame>@<fps>` times refers to, for cameras not in ``streamStartMillisByCamera``.
    public var streamStartMillis: Int64
    /// Per-camera stream starts; read when a camera id is first seen.
    public var streamStartMillisByCamera: [String: Int64]
    /// Interned camera ids; a detection's ``Detection/cameraIndex`` indexes this.
    public private(set) var cameraIDs: [String] = []
    /// Number of lines consumed so far (the last line number used).
    public private(set) var linesRead = 0

    private var cameraKeys: [[UInt8]] = []
    private var cameraStarts: [Int64] = []
    private var cameraByHash: [UInt64: Int32] = [:]
    private var lastCamera: Int32 = -1
    private var carry: [UInt8] = []
    private var discardingBytes = 0

    public init(streamStartMillis: Int64 = 0, streamStartMillisByCamera: [String: Int64] = [:]) {
        self.streamStartMillis = streamStartMillis
        self.streamStartMillisByCamera = streamStartMillisByCamera
    }

    // MARK: - Entry points

    /// Parses complete lines (a final line without a line break counts as a line), appending to `batch`.
    public mutating func parse(_ bytes: UnsafeRawBufferPointer, into batch: inout DetectionBatch) {
        guard let base = bytes.baseAddress, bytes.count > 0 else {
            batch.cameraIDs = cameraIDs
            return
        }
        let p = base.assumingMemoryBound(to: UInt8.self)
        let end = bytes.count
        batch.detections.reserveCapacity(batch.detections.count + end / 64)
        var i = 0
        while i < end {
            let nl = Self.newline(p, from: i, end: end)
            parseLine(p, i, nl, into: &batch)
            i = nl + 1
        }
        batch.cameraIDs = cameraIDs
    }

    /// Streaming input: accepts arbitrary chunks, keeping a partial last line until its break arrives.
    /// Call ``finish(into:)`` at end of stream.
    public mutating func feed(_ chunk: UnsafeRawBufferPointer, into batch: inout DetectionBatch) {
        guard let base = chunk.baseAddress, chunk.count > 0 else { return }
        let p = base.assumingMemoryBound(to: UInt8.self)
        var start = 0
        if discardingBytes > 0 || !carry.isEmpty {
            let nl = Self.newline(p, from: 0, end: chunk.count)
            if discardingBytes > 0 {
                discardingBytes += min(nl, chunk.count)
                if nl == chunk.count { return }
                linesRead += 1
                batch.malformed.append(MalformedLine(lineNumber: linesRead, error: .lineTooLong(bytes: discardingBytes), excerpt: ""))
                discardingBytes = 0
            } else {
                carry.append(contentsOf: UnsafeRawBufferPointer(start: base, count: min(nl + 1, chunk.count)))
                if nl == chunk.count {
                    spillIfOversized()
                    return
                }
                let line = carry
                carry.removeAll(keepingCapacity: true)
                line.withUnsafeBytes { parse($0, into: &batch) }
            }
            start = nl + 1
        }
        var last = chunk.count - 1
        while last >= start && p[last] != 10 { last -= 1 }
        if last >= start {
            parse(UnsafeRawBufferPointer(start: base + start, count: last + 1 - start), into: &batch)
        }
        if last + 1 < chunk.count {
            carry.append(contentsOf: UnsafeRawBufferPointer(start: base + last + 1, count: chunk.count - last - 1))
            spillIfOversized()
        }
        batch.cameraIDs = cameraIDs
    }

    /// Parses whatever partial line ``feed(_:into:)`` is still holding.
    public mutating func finish(into batch: inout DetectionBatch) {
        if discardingBytes > 0 {
            linesRead += 1
            batch.malformed.append(MalformedLine(lineNumber: linesRead, error: .lineTooLong(bytes: discardingBytes), excerpt: ""))
            discardingBytes = 0
        }
        if !carry.isEmpty {
            let line = carry
            carry.removeAll(keepingCapacity: true)
            line.withUnsafeBytes { parse($0, into: &batch) }
        }
        batch.cameraIDs = cameraIDs
    }

    private mutating func spillIfOversized() {
        if carry.count > Self.maxLineBytes + 1 {
            discardingBytes = carry.count
            carry.removeAll(keepingCapacity: true)
        }
    }

    // MARK: - One line

    @inline(__always)
    private mutating func parseLine(_ p: UnsafePointer<UInt8>, _ start: Int, _ newlineIndex: Int, into batch: inout DetectionBatch) {
        linesRead += 1
        var e = newlineIndex
        if e > start && p[e - 1] == 13 { e -= 1 }
        var s = start
        while s < e && (p[s] == 32 || p[s] == 9) { s += 1 }
        if s == e || p[s] == 35 { return }
        if e - start > Self.maxLineBytes {
            reject(.lineTooLong(bytes: e - start), p, start, e, into: &batch)
            return
        }
        do {
            batch.detections.append(try parseFields(p, s, e))
        } catch {
            reject(error, p, start, e, into: &batch)
        }
    }

    private func reject(_ error: DetectionLineError, _ p: UnsafePointer<UInt8>, _ s: Int, _ e: Int, into batch: inout DetectionBatch) {
        let excerpt = String(decoding: UnsafeBufferPointer(start: p + s, count: min(80, e - s)), as: UTF8.self)
        batch.malformed.append(MalformedLine(lineNumber: linesRead, error: error, excerpt: excerpt))
    }

    @inline(__always)
    private mutating func parseFields(_ p: UnsafePointer<UInt8>, _ lineStart: Int, _ lineEnd: Int) throws(DetectionLineError) -> Detection {
        var cursor = lineStart
        // The trimmed bounds of the next field; an absent trailing field comes back empty at the line end.
        @inline(__always) func next() -> (Int, Int) {
            guard cursor <= lineEnd else { return (lineEnd, lineEnd) }
            var a = cursor
            var b = cursor
            while b < lineEnd && p[b] != 44 { b += 1 }
            cursor = b + 1
            var z = b
            while a < z && (p[a] == 32 || p[a] == 9) { a += 1 }
            while z > a && (p[z - 1] == 32 || p[z - 1] == 9) { z -= 1 }
            return (a, z)
        }
        func fieldCount() -> Int {
            var n = 1
            for i in lineStart..<lineEnd where p[i] == 44 { n += 1 }
            return n
        }
        func text(_ f: (Int, Int)) -> String {
            String(decoding: UnsafeBufferPointer(start: p + f.0, count: min(f.1 - f.0, 64)), as: UTF8.self)
        }
        @inline(__always) func number(_ f: (Int, Int), _ field: Int) throws(DetectionLineError) -> Double {
            guard f.1 > f.0 else { throw .emptyField(field: field, name: Self.fieldNames[field - 1]) }
            guard let v = Self.parseDouble(p, f.0, f.1) else { throw .notANumber(field: field, name: Self.fieldNames[field - 1], text: text(f)) }
            return v
        }

        let fCamera = next(), fTime = next(), fTrack = next(), fClass = next()
        let fx = next(), fy = next(), fw = next(), fh = next()
        let hasNine = cursor <= lineEnd
        let fConf = next()
        guard hasNine else { throw .wrongFieldCount(found: fieldCount()) }

        guard fCamera.1 > fCamera.0 else { throw .emptyField(field: 1, name: "camera") }
        let camera = intern(UnsafeBufferPointer(start: p + fCamera.0, count: fCamera.1 - fCamera.0))

        guard fTime.1 > fTime.0 else { throw .emptyField(field: 2, name: "time") }
        let time: Int64
        if p[fTime.0] == 102 {  // "f"
            guard let t = frameTime(p, fTime.0 + 1, fTime.1, camera: camera) else { throw .invalidTime(text: text(fTime)) }
            time = t
        } else {
            guard let t = Self.parseInteger(p, fTime.0, fTime.1) else { throw .invalidTime(text: text(fTime)) }
            time = t
        }

        guard fTrack.1 > fTrack.0 else { throw .emptyField(field: 3, name: "track") }
        guard let track = Self.parseInteger(p, fTrack.0, fTrack.1) else { throw .notAnInteger(field: 3, name: "track", text: text(fTrack)) }

        guard fClass.1 > fClass.0 else { throw .emptyField(field: 4, name: "class") }
        let vehicleClass: VehicleClass
        if p[fClass.0] >= 48 && p[fClass.0] <= 57 {
            guard let id = Self.parseInteger(p, fClass.0, fClass.1) else { throw .unknownClass(text(fClass)) }
            guard let c = VehicleClass(cocoID: Int(id)) else { throw .unknownClassID(Int(id)) }
            vehicleClass = c
        } else {
            guard let c = VehicleClass(nameBytes: UnsafeRawBufferPointer(start: p + fClass.0, count: fClass.1 - fClass.0)) else {
                throw .unknownClass(String(decoding: UnsafeBufferPointer(start: p + fClass.0, count: fClass.1 - fClass.0), as: UTF8.self))
            }
            vehicleClass = c
        }

        let x = try number(fx, 5), y = try number(fy, 6), w = try number(fw, 7), h = try number(fh, 8)
        let confidence = try number(fConf, 9)
        if let e = Self.checkBox(width: w, height: h) { throw e }
        guard confidence >= 0 && confidence <= 1 else { throw .outOfRange(field: 9, name: "confidence", value: confidence) }

        var plate: PlateObservation?
        var frameRef: String?
        if cursor <= lineEnd {
            let fPlate = next(), fPlateConf = next(), fCrop = next(), fFrame = next()
            if cursor <= lineEnd { throw .wrongFieldCount(found: fieldCount()) }
            var plateConfidence: Double?
            if fPlateConf.1 > fPlateConf.0 {
                let v = try number(fPlateConf, 11)
                guard v >= 0 && v <= 1 else { throw .outOfRange(field: 11, name: "plate_confidence", value: v) }
                plateConfidence = v
            }
            var crop: String?
            if fCrop.1 > fCrop.0 {
                guard Self.isContentHash(p, fCrop.0, fCrop.1) else { throw .notAContentHash(field: 12, name: "plate_crop", text: text(fCrop)) }
                crop = String(decoding: UnsafeBufferPointer(start: p + fCrop.0, count: fCrop.1 - fCrop.0), as: UTF8.self)
            }
            if fFrame.1 > fFrame.0 {
                guard Self.isContentHash(p, fFrame.0, fFrame.1) else { throw .notAContentHash(field: 13, name: "frame_ref", text: text(fFrame)) }
                frameRef = String(decoding: UnsafeBufferPointer(start: p + fFrame.0, count: fFrame.1 - fFrame.0), as: UTF8.self)
            }
            if fPlate.1 > fPlate.0 || plateConfidence != nil || crop != nil {
                let plateText = String(decoding: UnsafeBufferPointer(start: p + fPlate.0, count: fPlate.1 - fPlate.0), as: UTF8.self)
                plate = PlateObservation(text: plateText, confidence: plateConfidence, cropRef: crop)
            }
        }

        return Detection(
            cameraIndex: camera, timeMillis: time, trackID: Int(track), vehicleClass: vehicleClass,
            box: PixelBox(x: x, y: y, width: w, height: h), confidence: confidence, plate: plate, frameRef: frameRef)
    }

    static func checkBox(width: Double, height: Double) -> DetectionLineError? {
        if width < 0 { return .negativeSize(dimension: "width", value: width) }
        if height < 0 { return .negativeSize(dimension: "height", value: height) }
        if width == 0 { return .zeroSize(dimension: "width") }
        if height == 0 { return .zeroSize(dimension: "height") }
        return nil
    }

    @inline(__always)
    private func frameTime(_ p: UnsafePointer<UInt8>, _ s: Int, _ e: Int, camera: Int32) -> Int64? {
        var at = s
        while at < e && p[at] != 64 { at += 1 }
        guard at < e, let frame = Self.parseInteger(p, s, at), let fps = Self.parseDouble(p, at + 1, e), let millis = Self.millis(frame: frame, fps: fps)
        else { return nil }
        return cameraStarts[Int(camera)] + millis
    }

    /// The longest a stream may run: a frame time beyond it is refused, never overflowed.
    static let longestStreamMillis: Int64 = 366 * 86_400_000

    /// Milliseconds from the stream's start to `frame` at `fps`; nil unless `fps` is in
    /// (0, 1000] and the result lies within `longestStreamMillis`.
    static func millis(frame: Int64, fps: Double) -> Int64? {
        guard fps > 0, fps <= 1000, frame >= 0 else { return nil }
        let millis = (Double(frame) * 1000 / fps).rounded()
        guard millis <= Double(longestStreamMillis) else { return nil }
        return Int64(millis)
    }

    // MARK: - Camera interning

    @inline(__always)
    private mutating func intern(_ bytes: UnsafeBufferPointer<UInt8>) -> Int32 {
        if lastCamera >= 0 && Self.equal(cameraKeys[Int(lastCamera)], bytes) { return lastCamera }
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in bytes { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
        if let idx = cameraByHash[h], Self.equal(cameraKeys[Int(idx)], bytes) {
            lastCamera = idx
            return idx
        }
        for (i, key) in cameraKeys.enumerated() where Self.equal(key, bytes) {
            lastCamera = Int32(i)
            return Int32(i)
        }
        let key = Array(bytes)
        let id = String(decoding: key, as: UTF8.self)
        let idx = Int32(cameraKeys.count)
        cameraKeys.append(key)
        cameraIDs.append(id)
        cameraStarts.append(streamStartMillisByCamera[id] ?? streamStartMillis)
        if cameraByHash[h] == nil { cameraByHash[h] = idx }
        lastCamera = idx
        return idx
    }

    /// The index `id` has (or now gets) in ``cameraIDs``: detections read by another reader
    /// (``MOTParser``) take it to join this parser's batches.
    public mutating func cameraIndex(of id: String) -> Int32 { intern(id) }

    /// Interns a camera id given as a `String` (JSON input).
    mutating func intern(_ id: String) -> Int32 {
        let bytes = Array(id.utf8)
        return bytes.withUnsafeBufferPointer { intern($0) }
    }

    func streamStart(of camera: Int32) -> Int64 { cameraStarts[Int(camera)] }

    @inline(__always)
    private static func equal(_ key: [UInt8], _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard key.count == bytes.count else { return false }
        return key.withUnsafeBufferPointer { k in
            for i in 0..<k.count where k[i] != bytes[i] { return false }
            return true
        }
    }

    // MARK: - Byte-level scanning

    /// Index of the next LF at or after `from`, or `end`.
    @inline(__always)
    static func newline(_ p: UnsafePointer<UInt8>, from: Int, end: Int) -> Int {
        var j = from
        #if _endian(little)
            let raw = UnsafeRawPointer(p)
            while j + 8 <= end {
                let x = raw.loadUnaligned(fromByteOffset: j, as: UInt64.self) ^ 0x0A0A_0A0A_0A0A_0A0A
                let t = (x &- 0x0101_0101_0101_0101) & ~x & 0x8080_8080_8080_8080
                if t != 0 { return j + t.trailingZeroBitCount >> 3 }
                j += 8
            }
        #endif
        while j < end && p[j] != 10 { j += 1 }
        return j
    }

    /// A non-negative decimal integer of at most 18 digits.
    @inline(__always)
    static func parseInteger(_ p: UnsafePointer<UInt8>, _ s: Int, _ e: Int) -> Int64? {
        guard e > s, e - s <= 18 else { return nil }
        var v: Int64 = 0
        for i in s..<e {
            let d = p[i] &- 48
            guard d < 10 else { return nil }
            v = v &* 10 &+ Int64(d)
        }
        return v
    }

    private static let powersOfTen: [Double] = (0...22).map { k in (0..<k).reduce(1.0) { r, _ in r * 10 } }

    /// A decimal number: optional sign, digits, optional fraction, optional exponent. No NaN/infinity.
    @inline(__always)
    static func parseDouble(_ p: UnsafePointer<UInt8>, _ s: Int, _ e: Int) -> Double? {
        var i = s
        var negative = false
        if i < e && (p[i] == 45 || p[i] == 43) {
            negative = p[i] == 45
            i += 1
        }
        var mantissa: UInt64 = 0
        var exponent = 0
        var digits = 0
        while i < e {
            let d = p[i] &- 48
            if d >= 10 { break }
            if mantissa < 100_000_000_000_000_000 { mantissa = mantissa * 10 + UInt64(d) } else { exponent += 1 }
            digits += 1
            i += 1
        }
        if i < e && p[i] == 46 {
            i += 1
            while i < e {
                let d = p[i] &- 48
                if d >= 10 { break }
                if mantissa < 100_000_000_000_000_000 {
                    mantissa = mantissa * 10 + UInt64(d)
                    exponent -= 1
                }
                digits += 1
                i += 1
            }
        }
        guard digits > 0 else { return nil }
        if i < e && (p[i] == 101 || p[i] == 69) {
            i += 1
            var expNegative = false
            if i < e && (p[i] == 45 || p[i] == 43) {
                expNegative = p[i] == 45
                i += 1
            }
            var x = 0
            var expDigits = 0
            while i < e {
                let d = p[i] &- 48
                if d >= 10 { break }
                if x < 10_000 { x = x * 10 + Int(d) }
                expDigits += 1
                i += 1
            }
            guard expDigits > 0 else { return nil }
            exponent += expNegative ? -x : x
        }
        guard i == e else { return nil }
        var value = Double(mantissa)
        if exponent < 0 && exponent >= -22 {
            value /= powersOfTen[-exponent]
        } else if exponent > 0 && exponent <= 22 {
            value *= powersOfTen[exponent]
        } else if exponent != 0 {
            // Rare: let the standard library round it correctly.
            guard let v = Double(String(decoding: UnsafeBufferPointer(start: p + s, count: e - s), as: UTF8.self)), v.isFinite else { return nil }
            return v
        }
        return negative ? -value : value
    }

    @inline(__always)
    static func isContentHash(_ p: UnsafePointer<UInt8>, _ s: Int, _ e: Int) -> Bool {
        guard e - s == 64 else { return false }
        for i in s..<e {
            let c = p[i]
            let ok = (c >= 48 && c <= 57) || (c >= 97 && c <= 102) || (c >= 65 && c <= 70)
            if !ok { return false }
        }
        return true
    }
}
