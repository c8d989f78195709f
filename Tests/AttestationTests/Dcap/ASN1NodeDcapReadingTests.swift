import SwiftASN1
import Testing

@testable import Attestation

@Suite struct ASN1NodeDcapReadingTests {
    /// DER of a UTCTime (tag 0x17) or GeneralizedTime (tag 0x18) with the given text.
    static func time(_ tag: UInt8, _ text: String) -> [UInt8] {
        let content = Array(text.utf8)
        return [tag, UInt8(content.count)] + content
    }

    /// Unix seconds from Python's `calendar.timegm`.
    @Test(arguments: [
        ("991231235959Z", UInt8(0x17), UInt64(946_684_799)),
        ("240229120000Z", 0x17, 1_709_208_000),
        ("20500101000000Z", 0x18, 2_524_608_000),
    ])
    func timesConvertWithIntegerCalendarArithmetic(text: String, tag: UInt8, expected: UInt64) throws {
        #expect(try DER.parse(Self.time(tag, text)).unixSeconds == expected)
    }

    @Test func otherTypesAndPre1970DatesHaveNoUnixSeconds() throws {
        #expect(try DER.parse([0x02, 0x01, 0x05]).unixSeconds == nil)
        #expect(try DER.parse(Self.time(0x17, "691231235959Z")).unixSeconds == nil)
    }
}
