/// A licence-plate reading from a plate-reader product, in one shape whatever the vendor.
public struct PlateRead: Codable, Sendable, Hashable {
    public enum Source: String, Codable, Sendable, Hashable {
        case openALPR
        case plateRecognizer
    }

    public struct Candidate: Codable, Sendable, Hashable {
        public var text: String
        /// 0…1, when the reader gave one.
        public var confidence: Double?

        public init(text: String, confidence: Double?) {
            self.text = text
            self.confidence = confidence
        }
    }

    public var source: Source
    /// The reader's camera id (numbers are rendered in decimal); `nil` when the reader sent none.
    public var cameraID: String?
    /// Epoch milliseconds (UTC). For an OpenALPR group this is `epoch_start`, the first sighting.
    public var timeMillis: Int64
    public var text: String
    /// Normalised to 0…1 (OpenALPR's 0–100 scale is divided by 100).
    public var confidence: Double
    /// Alternative readings, best first, as the reader listed them.
    public var candidates: [Candidate]
    /// Region/country code such as "vn" or "us-mo", when given.
    public var region: String?
    /// Bounding box of the plate in the reader's image, pixels.
    public var plateBox: PixelBox?
    /// The reader's own id for this result (OpenALPR `uuid`/`best_uuid`), for tracing back.
    public var sourceReference: String?

    public init(
        source: Source, cameraID: String?, timeMillis: Int64, text: String, confidence: Double, candidates: [Candidate] = [],
        region: String? = nil, plateBox: PixelBox? = nil, sourceReference: String? = nil
    ) {
        self.source = source
        self.cameraID = cameraID
        self.timeMillis = timeMillis
        self.text = text
        self.confidence = confidence
        self.candidates = candidates
        self.region = region
        self.plateBox = plateBox
        self.sourceReference = sourceReference
    }
}
