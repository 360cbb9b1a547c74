import Foundation
import Vietnam

@testable import PublicServices

/// Dossiers and instants the tests share.
enum DossierFixtures {
    /// `hh:mm` Vietnam time on `date`, as Unix milliseconds.
    static func at(_ date: CivilDate, _ hour: Int = 9, _ minute: Int = 0) -> Int64 {
        (Int64(date.daysSince1970) * 86_400 + Int64(hour * 3600 + minute * 60)) * 1000 - VietnamTime.offsetMillis
    }

    static func dossier(
        _ code: String = "G09.51-20260105-0000001", unit: String = "651", field: ServiceField = .tax, channel: DossierChannel = .inPerson,
        received: Int64, days: Int? = 5, promised: Int64? = nil, status: DossierStatus = .processing, finished: Int64? = nil, waits: [DossierWait] = [],
        fee: Int64? = nil, paidOnline: Bool? = nil, rating: CitizenRating? = nil, applicant: Applicant? = nil, steps: [ProcessingStep] = []
    ) -> Dossier {
        Dossier(
            code: code, procedure: .init(code: "1.010855", name: "Khai lệ phí trước bạ nhà, đất"), field: field, unit: unit, receivingOffice: "Bộ phận Một cửa",
            handlingOffices: ["Chi cục Thuế khu vực"], channel: channel, level: .full, receivedAt: received, timeLimitDays: days, promisedAt: promised,
            finishedAt: finished, status: status, waits: waits, feeAmount: fee, paidOnline: paidOnline, rating: rating, steps: steps, applicant: applicant)
    }
}
