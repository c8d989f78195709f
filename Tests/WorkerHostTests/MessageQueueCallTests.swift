import Messaging
import PhalaClient
import PhalaPrimitives
import SCALE
import Testing

@testable import WorkerHost

@Suite struct MessageQueueCallTests {
    /// A worker message with a 2-byte topic, sequence 5 and a 64-byte signature of 0xAA bytes.
    static let message = SignedMessage(
        message: Message(
            sender: .worker(FixedBytes(repeating: 0x11)),
            destination: Topic("ab"),
            payload: [0x01, 0x02]
        ),
        sequence: 5,
        signature: [UInt8](repeating: 0xAA, count: 64)
    )

    @Test func syncOffchainMessageIsPalletNineCallZeroThenTheSignedMessage() {
        // Hand-computed from phala-facts.md §5.1: Message = sender (02 ‖ 32-byte key) ‖ Vec topic ‖ Vec payload,
        // then sequence u64 LE, then Vec signature.
        var expected: [UInt8] = [0x09, 0x00]
        expected += [0x02] + [UInt8](repeating: 0x11, count: 32)
        expected += [0x08, 0x61, 0x62]
        expected += [0x08, 0x01, 0x02]
        expected += [0x05, 0, 0, 0, 0, 0, 0, 0]
        expected += [0x01, 0x01] + [UInt8](repeating: 0xAA, count: 64)
        #expect(MessageQueueCall.syncOffchainMessage(Self.message) == expected)
    }

    @Test func unsignedExtrinsicIsCompactLengthThenVersionFourThenTheCall() {
        let call = MessageQueueCall.syncOffchainMessage(Self.message)
        let extrinsic = ExtrinsicBuilder.unsigned(call: call)
        // call is 2 + 33 + 3 + 3 + 8 + 66 = 115 bytes; with the version byte 116 = 0x74, compact 0x74 << 2 = 0x01D1 → [0xD1, 0x01].
        #expect(call.count == 115)
        #expect(extrinsic == [0xD1, 0x01, 0x04] + call)
    }
}
