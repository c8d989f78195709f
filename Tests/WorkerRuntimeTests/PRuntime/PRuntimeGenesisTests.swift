import EnclaveAPI
import MerkleTrie
import PhalaPrimitives
import PhalaTesting
import SCALE
import Testing
import Tokenomics

@testable import WorkerRuntime

/// The enclave starts its gatekeeper replay with the tokenomic parameters the genesis state proves,
/// and with Phala's placeholder profile when the chain has none.
@Suite struct PRuntimeGenesisTests {
    /// The dev chain's genesis with `value` stored at `PhalaComputation.TokenomicParameters`, and the
    /// host's proof of the genesis keys.
    static func request(withTokenomicValue value: [UInt8]) throws -> InitRequest {
        let chain = try DevChain.shared.get()
        let changes = try chain.state(0).inserting(value, forKey: ChainStorageKeys.tokenomicParameters)
        var store = chain.store
        store.insert(changes)
        let trie = try Trie(root: changes.root, store: store)
        var genesis = chain.genesis
        genesis.stateRoot = try H256(bytes: changes.root)
        return InitRequest(
            genesis: genesis,
            genesisProof: try trie.generateProof(keys: ChainStorageKeys.genesisKeys),
            operator: nil
        )
    }

    @Test func theGenesisParametersAreReadFromTheProvenState() throws {
        let request = try Self.request(withTokenomicValue: TokenomicParameters.khala.scaleEncoded())
        #expect(try PRuntime.genesisState(from: request).tokenomicParameters == .khala)
    }

    @Test func aChainWithoutParametersStartsWithTheTestProfile() throws {
        let request = try DevChain.shared.get().initRequest()
        #expect(try PRuntime.genesisState(from: request).tokenomicParameters == .test)
    }

    @Test func parametersThatDoNotDecodeRefuseTheGenesis() throws {
        let request = try Self.request(withTokenomicValue: [1, 2, 3])
        #expect(throws: EnclaveError.self) { try PRuntime.genesisState(from: request) }
    }
}
