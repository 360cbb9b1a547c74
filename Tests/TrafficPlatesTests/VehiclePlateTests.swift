import Foundation
import Testing
import TrafficPlates

@Suite struct VehiclePlateTests {
    @Test(arguments: [
        ("47A-123.45", "47A12345", "47A-123.45", VehiclePlate.Status.recognised),
        ("47A12345", "47A12345", "47A-123.45", .recognised),
        ("47a 123 45", "47A12345", "47A-123.45", .recognised),
        ("  47 a - 123 . 45\n", "47A12345", "47A-123.45", .recognised),
        ("47-B1 234.56", "47B123456", "47B1-234.56", .recognised),
        ("47B1-23456", "47B123456", "47B1-234.56", .recognised),
        ("47B123456", "47B123456", "47B1-234.56", .recognised),
        ("47LD-012.34", "47LD01234", "47LD-012.34", .recognised),
        ("80NG-123-45", "80NG12345", "80NG-123-45", .recognised),
        ("47A-1234", "47A1234", "47A-1234", .recognised),
        ("47-B1 2345", "47B12345", "47B1-2345", .recognised),
        ("47MĐ1-123.45", "47MD112345", "47MD1-123.45", .recognised),
        ("47mđ1 123 45", "47MD112345", "47MD1-123.45", .recognised),
        ("47A-I23.45", "47AI2345", "47A-123.45", .corrected),
        ("47A-B23.45", "47AB2345", "47A-823.45", .corrected),
        ("HELLO", "HELLO", "HELLO", .unrecognised),
        ("47A-123", "47A123", "47A123", .unrecognised),
    ])
    func readsNormaliseToKeyAndCanonicalDisplay(raw: String, key: String, display: String, status: VehiclePlate.Status) throws {
        let plate = try VehiclePlate(parsing: raw)
        #expect(plate.key == key)
        #expect(plate.display == display)
        #expect(plate.status == status)
    }

    @Test func aSeparatorAfterTheSeriesDigitDecidesAnOldMotorbikeNumberOtherwiseFiveDigitsWin() throws {
        #expect(try VehiclePlate(parsing: "47B12345").display == "47B-123.45")
        #expect(try VehiclePlate(parsing: "47B1-2345").display == "47B1-2345")
        #expect(try VehiclePlate(parsing: "47B12345").key == VehiclePlate(parsing: "47B1-2345").key)
    }

    @Test func provinceSeriesAndNumberAreExtracted() throws {
        let plate = try VehiclePlate(parsing: "47-B1 234.56")
        #expect(plate.provinceCode == 47 && plate.isRegisteredInDakLak)
        #expect(plate.series == "B1")
        #expect(plate.number == "23456")
        let saigon = try VehiclePlate(parsing: "51K-888.88")
        #expect(saigon.provinceCode == 51 && !saigon.isRegisteredInDakLak)
        let unknown = try VehiclePlate(parsing: "XYZ")
        #expect(unknown.provinceCode == nil && unknown.confusableKey == nil && !unknown.isRecognised)
    }

    @Test func readsConfusingOAndZeroIAndOneBAndEightShareTheConfusableKey() throws {
        let listed = try VehiclePlate(parsing: "47A-123.45")
        for misread in ["47A-I23.45", "47AI2345", "47A 12345", "4 7 A 1 2 3 4 5"] {
            #expect(try VehiclePlate(parsing: misread).confusableKey == listed.confusableKey, "\(misread)")
        }
        let motorbike = try VehiclePlate(parsing: "47-B1 234.56")
        #expect(try VehiclePlate(parsing: "47-8I 234.56").confusableKey == motorbike.confusableKey)
        #expect(try VehiclePlate(parsing: "47-BI 234.S6").confusableKey == nil)
        #expect(try VehiclePlate(parsing: "47LD-O12.34").confusableKey == VehiclePlate(parsing: "47LD-012.34").confusableKey)
        #expect(try VehiclePlate(parsing: "47A-123.46").confusableKey != listed.confusableKey)
    }

    @Test func emptyOrPunctuationOnlyReadsAreRefused() {
        #expect(throws: PlateTracingError.emptyRead(raw: "")) { try VehiclePlate(parsing: "") }
        #expect(throws: PlateTracingError.emptyRead(raw: " -.. ")) { try VehiclePlate(parsing: " -.. ") }
    }

    @Test func platesEncodeAsTheRawReadAndReparse() throws {
        let plate = try VehiclePlate(parsing: "47a 123 45")
        let data = try JSONEncoder().encode([plate])
        #expect(String(decoding: data, as: UTF8.self) == #"["47a 123 45"]"#)
        #expect(try JSONDecoder().decode([VehiclePlate].self, from: data) == [plate])
        #expect(throws: DecodingError.self) { try JSONDecoder().decode([VehiclePlate].self, from: Data(#"["--"]"#.utf8)) }
    }
}
