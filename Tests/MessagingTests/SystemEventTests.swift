import Messaging
import PhalaPrimitives
import SCALE
import Testing

/// SCALE layouts of `SystemEvent`'s computation variants (phala-facts.md §5.2, §3.4: variant order of
/// Phala's `WorkerEvent`; U256 as 32 little-endian bytes).
@Suite struct SystemEventTests {
    private let pubkey = FixedBytes<32>(repeating: 0xAB)

    @Test func startedEncodesSessionThenVBitsThenP() throws {
        let event = SystemEvent.workerEvent(pubkey: pubkey, event: .started(sessionID: 7, initV: 1 << 64, initP: 100))
        let bytes = event.scaleEncoded()
        var expected: [UInt8] = [0] + [UInt8](repeating: 0xAB, count: 32) + [3, 7, 0, 0, 0]
        expected += [0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0]
        expected += [100, 0, 0, 0]
        #expect(bytes == expected)
        #expect(try SystemEvent(scaleDecoding: bytes) == event)
    }

    @Test func unitWorkerEventsAreOneByte() throws {
        for (event, index) in [(WorkerEvent.stopped, 4), (.enterUnresponsive, 5), (.exitUnresponsive, 6)] {
            #expect(event.scaleEncoded() == [UInt8(index)])
            #expect(try WorkerEvent(scaleDecoding: [UInt8(index)]) == event)
        }
    }

    @Test func heartbeatChallengeCarriesTwoLittleEndianU256() throws {
        let event = SystemEvent.heartbeatChallenge(seed: U256(limbs: [1, 0, 0, 0]), onlineTarget: .max)
        let bytes = event.scaleEncoded()
        #expect(bytes.count == 65)
        #expect(Array(bytes.prefix(3)) == [1, 1, 0])
        #expect(Array(bytes.suffix(32)) == [UInt8](repeating: 0xFF, count: 32))
        #expect(try SystemEvent(scaleDecoding: bytes) == event)
    }

    @Test func unknownWorkerEventIsRefused() {
        #expect(throws: ScaleDecodingError.self) { try WorkerEvent(scaleDecoding: [7]) }
    }
}
