import PhalaPrimitives
import SCALE
import Testing

@Suite struct AccountId32Tests {
    @Test func hexAndBytesConstructionCheckTheLength() throws {
        let text = "0xd43593c715fdd31c61141abd04a99fd6822c8558854ccde39a5684e7a56da27d"
        let alice = try AccountId32(hex: text)
        #expect(alice.description == text)
        #expect(try AccountId32(bytes: alice.bytes) == alice)
        #expect(alice.scaleEncoded() == alice.bytes)
        #expect(throws: FixedBytesError.wrongLength(expected: 32, actual: 33)) {
            try AccountId32(bytes: alice.bytes + [0])
        }
        #expect(throws: FixedBytesError.wrongLength(expected: 32, actual: 20)) {
            try AccountId32(hex: String(repeating: "ab", count: 20))
        }
        #expect(throws: FixedBytesError.oddHexDigitCount(63)) { try AccountId32(hex: String(text.dropLast())) }
    }
}
