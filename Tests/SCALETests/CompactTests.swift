import SCALE
import Testing

@Suite struct CompactTests {
    @Test func specificationExamplesEncodeExactly() {
        #expect(Compact<UInt32>(0).scaleEncoded() == [0x00])
        #expect(Compact<UInt32>(1).scaleEncoded() == [0x04])
        #expect(Compact<UInt32>(42).scaleEncoded() == [0xa8])
        #expect(Compact<UInt32>(69).scaleEncoded() == [0x15, 0x01])
        #expect(Compact<UInt32>(65535).scaleEncoded() == [0xfe, 0xff, 0x03, 0x00])
        #expect(Compact<UInt128>(100_000_000_000_000).scaleEncoded() == [0x0b, 0x00, 0x40, 0x7a, 0x10, 0xf3, 0x5a])
    }
}
