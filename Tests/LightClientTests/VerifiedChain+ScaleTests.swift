import PhalaTesting
import PhalaPrimitives
import SCALE
import Testing

@testable import LightClient

/// The client as an enclave seals it: the SCALE form round-trips and keeps verifying.
@Suite struct VerifiedChainScaleTests {
    @Test func aSyncedClientRoundTripsAndTheCopyAcceptsTheNextBatch() throws {
        let chain = try DevChain.shared.get()
        var client = try chain.verifiedChain()
        #expect(try VerifiedChain(scaleDecoding: client.scaleEncoded()) == client)
        try client.syncHeaders(chain.headers(1...5), justification: chain.justification(of: chain.header(5)))
        var restored = try VerifiedChain(scaleDecoding: client.scaleEncoded())
        #expect(restored == client)
        try restored.syncHeaders(chain.headers(6...10), justification: chain.justification(of: chain.header(10)))
        #expect(restored.finalizedTip.hash == chain.header(10).hash)
    }

    @Test func aSealedClientWhoseTipIsNotItsLastRecentBlockDoesNotDecode() throws {
        let chain = try DevChain.shared.get()
        var client = try chain.verifiedChain()
        try client.syncHeaders(chain.headers(1...2), justification: chain.justification(of: chain.header(2)))
        client.recentBlocks.removeLast()
        #expect(throws: ScaleDecodingError.self) { try VerifiedChain(scaleDecoding: client.scaleEncoded()) }
    }
}
