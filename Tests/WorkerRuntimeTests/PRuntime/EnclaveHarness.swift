import EnclaveAPI
import Foundation
import MerkleTrie
import PhalaCrypto
import PhalaPrimitives
import PhalaRuntime
import PhalaTesting
import SCALE
import WorkerRuntime

/// A real `PRuntime` in a temporary directory, fed by a real dev chain the way a host feeds it: headers
/// with justifications, then each block's changes with a proof of the changed and watched keys.
struct EnclaveHarness {
    /// The chain the enclave follows.
    var chain: DevChain
    /// The enclave's data directory.
    let directory: String
    /// The enclave, through the boundary.
    var client: EnclaveClient
    /// The operator `initialize()` gives the enclave (the account that may add it to a stake pool).
    var `operator`: AccountId32? = nil

    /// A fresh enclave on a fresh chain with `blocks` empty blocks.
    /// - Parameters:
    ///   - blocks: blocks to build first.
    ///   - checkpointInterval: blocks between checkpoints.
    static func make(blocks: Int = 4, checkpointInterval: UInt32 = 100) throws -> EnclaveHarness {
        let directory = NSTemporaryDirectory() + "pruntime-\(UUID().uuidString)"
        let chain = try DevChain(blocks: blocks)
        let enclave = try PRuntime(configuration: .init(dataDirectory: directory, checkpointInterval: checkpointInterval))
        return EnclaveHarness(chain: chain, directory: directory, client: EnclaveClient(enclave))
    }

    /// A new enclave process on the same data directory (a restart).
    /// - Parameter checkpointInterval: blocks between checkpoints.
    mutating func restart(checkpointInterval: UInt32 = 100) throws {
        client = EnclaveClient(
            try PRuntime(configuration: .init(dataDirectory: directory, checkpointInterval: checkpointInterval))
        )
    }

    /// The init request for the chain, with the genesis proof.
    func initRequest(operator: AccountId32? = nil) throws -> InitRequest {
        try chain.initRequest(operator: `operator`)
    }

    /// Initializes the enclave with its operator.
    @discardableResult
    func initialize() async throws -> InitResponse {
        try await client.initialize(try initRequest(operator: `operator`))
    }

    /// The header batch `range`, justified at its last block.
    func batch(_ range: ClosedRange<Int>) -> HeaderBatch {
        HeaderBatch(headers: chain.headers(range), justification: chain.justification(of: chain.header(range.upperBound)))
    }

    /// Block `number`'s changes as the host sends them.
    func changes(of number: Int) throws -> BlockChanges {
        try chain.blockChanges(of: number)
    }

    /// Syncs and dispatches every block up to the chain's height.
    func catchUp() async throws {
        let status = try await client.status()
        let from = Int(status.finalizedNumber) + 1
        guard from <= chain.height else { return }
        _ = try await client.syncHeaders(batch(from...chain.height))
        _ = try await client.dispatchBlocks(try (from...chain.height).map(changes(of:)))
    }

    /// Removes the data directory.
    func cleanUp() {
        try? FileManager.default.removeItem(atPath: directory)
    }
}
