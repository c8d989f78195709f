import PhalaPrimitives
import SCALE
import Testing
import Tokenomics

/// The gatekeeper's message layouts, pinned byte for byte from phala-types (`SettleInfo`,
/// `WorkingInfoUpdateEvent<u32>`, `WorkingReportEvent`; phala-facts.md §3.4, §3.5, §5.2): structs are
/// their fields in order, integers little-endian, vectors compact-length prefixed, enums a variant byte.
@Suite struct WorkingInfoUpdateEventTests {
    static func encoded(_ value: some ScaleEncodable) -> [UInt8] {
        var encoder = ScaleEncoder()
        encoder.encode(value)
        return encoder.bytes
    }

    static func decoded<T: ScaleDecodable>(_ bytes: [UInt8], as type: T.Type = T.self) throws -> T {
        var decoder = ScaleDecoder(bytes)
        let value = try T(from: &decoder)
        #expect(decoder.isAtEnd)
        return value
    }

    static func littleEndian(_ value: UInt128) -> [UInt8] {
        (0..<16).map { UInt8(truncatingIfNeeded: value >> (8 * $0)) }
    }

    let settle = SettleInfo(pubkey: FixedBytes(repeating: 0xAB), v: U64F64(3000).bits, payout: 2, treasury: 0x0102)

    @Test func settleInfoIsThePubkeyThenThreeU128s() throws {
        let bytes = Self.encoded(settle)
        #expect(bytes.count == 32 + 3 * 16)
        #expect(Array(bytes[0..<32]) == [UInt8](repeating: 0xAB, count: 32))
        #expect(Array(bytes[32..<48]) == [0, 0, 0, 0, 0, 0, 0, 0, 0xB8, 0x0B, 0, 0, 0, 0, 0, 0])  // 3000 · 2⁶⁴
        #expect(Array(bytes[48..<64]) == Self.littleEndian(2))
        #expect(Array(bytes[64..<80]) == [0x02, 0x01] + [UInt8](repeating: 0, count: 14))
        #expect(try Self.decoded(bytes) == settle)
    }

    @Test func workingInfoUpdateEventIsBlockTimestampAndThreeVectors() throws {
        let event = WorkingInfoUpdateEvent(
            blockNumber: 7216,
            timestampMs: 86_592_000,
            offline: [FixedBytes(repeating: 1)],
            recoveredToOnline: [],
            settle: [settle]
        )
        let bytes = Self.encoded(event)
        let expected: [UInt8] =
            [0x30, 0x1C, 0, 0]  // 7216
            + [0x00, 0x4A, 0x29, 0x05, 0, 0, 0, 0]  // 86 592 000 = 0x05294A00
            + [0x04] + [UInt8](repeating: 1, count: 32)  // one offline worker
            + [0x00]  // none recovered
            + [0x04] + Self.encoded(settle)
        #expect(bytes == expected)
        #expect(try Self.decoded(bytes) == event)
        #expect(!event.isEmpty)
        #expect(WorkingInfoUpdateEvent(blockNumber: 1, timestampMs: 2).isEmpty)
    }

    @Test func workingReportEventVariantsAreIndexedZeroAndOne() throws {
        let legacy = WorkingReportEvent.heartbeat(sessionID: 1, challengeBlock: 2, challengeTime: 3, iterations: 4)
        let legacyBytes: [UInt8] = [0x00, 1, 0, 0, 0, 2, 0, 0, 0, 3, 0, 0, 0, 0, 0, 0, 0, 4, 0, 0, 0, 0, 0, 0, 0]
        #expect(Self.encoded(legacy) == legacyBytes)
        #expect(try Self.decoded(legacyBytes) == legacy)
        #expect(!legacy.contractRunning)

        let current = WorkingReportEvent.heartbeatV2(
            sessionID: 1,
            challengeBlock: 2,
            challengeTime: 3,
            iterations: 4,
            clusters: 5,
            contracts: 6
        )
        let currentBytes: [UInt8] = [0x01] + legacyBytes.dropFirst() + [5, 0, 0, 0, 6, 0, 0, 0]
        #expect(Self.encoded(current) == currentBytes)
        #expect(try Self.decoded(currentBytes) == current)
        #expect(current.contractRunning)
        #expect(current.sessionID == 1 && current.challengeBlock == 2 && current.challengeTime == 3)
        #expect(current.iterations == 4)
    }

    @Test func anUnknownReportVariantIsRejected() {
        #expect(throws: ScaleDecodingError.self) {
            _ = try Self.decoded([0x02, 0, 0, 0, 0], as: WorkingReportEvent.self)
        }
    }
}
