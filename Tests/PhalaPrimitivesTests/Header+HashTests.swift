import PhalaPrimitives
import Testing

@Suite struct HeaderHashTests {
    // substrate-rpc.md §6 (checked against scalecodec).
    @Test func hashIsBlake2OfTheEncodingForTheReferenceHeaders() throws {
        var header = HeaderTests.numberOne
        #expect(header.hash == (try H256(hex: "b351db3a6478757a0f95616be99c54de19f726167ac9d6a94cfa7f69d7e7a4a5")))
        header.digest = [.preRuntime(engine: DigestItem.auraEngine, data: hex("40e2010000000000"))]
        #expect(header.hash == (try H256(hex: "709121dbd9658d38d7da5a1c31b32e4cb99f94f42964a61c13d3a105e2b97d66")))
    }
}
