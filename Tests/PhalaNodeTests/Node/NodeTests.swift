import Foundation
import JSONRPC
import Logging
import PhalaClient
import PhalaCrypto
import PhalaPrimitives
import PhalaRuntime
import PhalaTesting
import ServiceLifecycle
import StateStore
import Testing

@testable import PhalaNode

/// A whole node in-process: genesis, RPC, pool, authoring and finality over a temporary directory.
@Suite struct NodeTests {
    /// Runs a dev node on a free port with `blockTime`, hands its URL to `body`, then shuts it down.
    static func withDevNode<T: Sendable>(
        storage: NodeConfiguration.Storage = .temporary,
        blockTime: Duration = .milliseconds(100),
        _ body: @Sendable (String) async throws -> T
    ) async throws -> T {
        let (urls, continuation) = AsyncStream<String>.makeStream()
        let configuration = NodeConfiguration(
            chainSpec: try ChainSpec.development(),
            storage: storage,
            blockTime: blockTime,
            author: try NodeConfiguration.Author.development(),
            rpc: RPCServer.Configuration(port: 0),
            logger: Logger(label: "test.node")
        ) { host, port in continuation.yield("ws://\(host):\(port)") }
        let group = ServiceGroup(services: [Node(configuration: configuration)], logger: Logger(label: "test.group"))
        return try await withThrowingTaskGroup(of: T?.self) { tasks in
            tasks.addTask {
                try await group.run()
                return nil
            }
            var iterator = urls.makeAsyncIterator()
            guard let url = await iterator.next() else { throw TestError("the node never listened") }
            let result = try await body(url)
            await group.triggerGracefulShutdown()
            for try await _ in tasks {}
            return result
        }
    }

    @Test func aSubmittedTransferIsAuthoredAndFinalized() async throws {
        try await Self.withDevNode { url in try await Self.transferAndWaitForFinality(url) }
    }

    @Test func aChainReopenedWithALongerBlockTimeIsRefusedWithAHint() async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
            "phala-node-test-\(UUID().uuidString)"
        ).path
        defer { try? FileManager.default.removeItem(atPath: directory) }
        try await Self.withDevNode(storage: .directory(directory), blockTime: .milliseconds(50)) { url in
            try await Self.transferAndWaitForFinality(url)
        }
        let configuration = NodeConfiguration(
            chainSpec: try ChainSpec.development(),
            storage: .directory(directory),
            blockTime: .seconds(1),
            author: try NodeConfiguration.Author.development(),
            rpc: RPCServer.Configuration(port: 0)
        )
        await #expect {
            try await Node(configuration: configuration).run()
        } throws: { error in
            guard case .blockTimeChanged = error as? NodeError else { return false }
            return true
        }
    }

    /// Submits one transfer from Alice and waits until a block after genesis is finalized.
    static func transferAndWaitForFinality(_ url: String) async throws {
        try await Client.withConnection(to: url) { client in
            let genesis = try H256(hex: try await client.request("chain_getBlockHash", [0]).string ?? "")
            let alice = DevSigner(pair: try KeyPair(uri: "//Alice", scheme: .sr25519), genesisHash: genesis)
            let bob = try AccountId32(bytes: KeyPair(uri: "//Bob", scheme: .sr25519).publicKey)
            let transfer = try alice.transfer(to: bob, planck: 1_000_000_000_000, nonce: 0)
            let hash = try await client.request(
                "author_submitExtrinsic",
                [.string("0x" + PhalaTesting.Hex.string(transfer))]
            )
            #expect(hash.string == H256.blake2_256(of: transfer).description)
            var finalized = try await client.request("chain_getFinalizedHead").string
            for _ in 0..<100 where finalized == genesis.description {
                try await Task.sleep(for: .milliseconds(50))
                finalized = try await client.request("chain_getFinalizedHead").string
            }
            #expect(finalized != genesis.description)
        }
    }
}

/// A test precondition that failed.
struct TestError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
