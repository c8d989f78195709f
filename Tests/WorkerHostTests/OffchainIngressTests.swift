import Messaging
import PhalaPrimitives
import SCALE
import Testing

@testable import WorkerHost

@Suite struct OffchainIngressTests {
    // Golden keys from Python xxhash 3.8.2: twox128(b"PhalaMq") ‖ twox128(b"OffchainIngress") ‖ twox64(o) ‖ o,
    // with twox128 = xxh64(seed 0) ‖ xxh64(seed 1), each little-endian, and o = SCALE(origin).
    @Test func workerOriginKeyIsPrefixThenTwox64ConcatOfTheEncodedOrigin() {
        let key = OffchainIngress.key(for: .worker(FixedBytes(repeating: 0x11)))
        #expect(
            Hex.encode(key)
                == "0x2f039a6a7f13e94b9545257e54062a042bd035cc68bbf7411ccb4d17987934cfc5f9f6c8eb136737021111111111111111111111111111111111111111111111111111111111111111"
        )
    }

    @Test func gatekeeperOriginKeyEndsWithItsSingleVariantByte() {
        #expect(
            Hex.encode(OffchainIngress.key(for: .gatekeeper))
                == "0x2f039a6a7f13e94b9545257e54062a042bd035cc68bbf7411ccb4d17987934cf0f974013a815ff5005"
        )
    }

    @Test func absentEntryMeansSequenceZeroAndAStoredU64IsRead() throws {
        #expect(try OffchainIngress.nextSequence(from: nil) == 0)
        #expect(try OffchainIngress.nextSequence(from: [0x07, 0, 0, 0, 0, 0, 0, 0]) == 7)
    }

    @Test func valueThatIsNotEightBytesIsRefused() {
        #expect(throws: ScaleDecodingError.self) { try OffchainIngress.nextSequence(from: [0x07, 0, 0]) }
        #expect(throws: ScaleDecodingError.self) {
            try OffchainIngress.nextSequence(from: [UInt8](repeating: 0, count: 9))
        }
    }
}
