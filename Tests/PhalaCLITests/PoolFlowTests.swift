import ArgumentParser
import PalletStakePools
import PhalaClient
import PhalaCrypto
import PhalaNode
import PhalaPrimitives
import PhalaRuntime
import SCALE
import Testing

@testable import PhalaCLI

/// `phala pool create`, `wrap`, `contribute` and `info` run in-process against an in-process development
/// node (no workers): the pid comes from the PoolCreated event, Bob's W-PHA buys shares at price 1, a
/// refused call fails the command with its module error, and the report reads it all back.
@Suite(.timeLimit(.minutes(3))) struct PoolFlowTests {
    static let bob = try! AccountId32(bytes: KeyPair(uri: "//Bob", scheme: .sr25519).publicKey)

    /// Runs a development node on a free port for the duration of `body`.
    func withDevNode(_ body: (_ url: String) async throws -> Void) async throws {
        let dev = try #require(try PhalaCommand.parseAsRoot(["dev", "--tmp", "--rpc-port", "0"]) as? DevCommand)
        var configuration = try dev.nodeConfiguration()
        let (ports, announce) = AsyncStream<Int>.makeStream()
        configuration.onRPCListening = { _, port in announce.yield(port) }
        configuration.logger = quietLogger
        let node = Node(configuration: configuration)
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { try await node.run() }
            var listening = ports.makeAsyncIterator()
            guard let port = await listening.next() else { return }
            defer { group.cancelAll() }
            try await body("ws://127.0.0.1:\(port)")
        }
    }

    /// Parses `arguments` as `phala` would and runs the command in this process.
    func run(_ arguments: [String]) async throws {
        var command = try #require(try PhalaCommand.parseAsRoot(arguments) as? any AsyncParsableCommand)
        try await command.run()
    }

    @Test func createWrapContributeAndInfoAgainstADevNode() async throws {
        try await withDevNode { url in
            let signer = ["--url", url]
            let created = try await ConnectionOptions.parse(signer).withClient { client in
                let keys = try KeyPair(uri: "//Alice", scheme: .sr25519)
                let call = RuntimeCall.stakePools(.create).scaleEncoded()
                let block = try #require(
                    try await CallSubmission.signAndSubmit(call, signedBy: keys, waitingFor: .inBlock, through: client)
                    { _ in }
                )
                return try await PoolCreation.pid(
                    createdBy: try AccountId32(bytes: keys.publicKey),
                    vault: false,
                    in: block,
                    through: client
                )
            }
            #expect(created == 0)
            try await run(["pool", "create", "--signer", "//Alice"] + signer)
            try await run(
                ["pool", "set-commission", "--signer", "//Alice", "--pid", "1", "--commission", "20%"] + signer
            )
            try await run(["pool", "wrap", "--signer", "//Bob", "--amount", "100PHA"] + signer)
            try await run(["pool", "contribute", "--signer", "//Bob", "--pid", "1", "--amount", "40PHA"] + signer)
            let refusal = await #expect(throws: CommandError.self) {
                try await run(["pool", "set-cap", "--signer", "//Bob", "--pid", "1", "--cap", "1000PHA"] + signer)
            }
            #expect(refusal?.description == "the transaction failed: PhalaStakePoolv2.UnauthorizedPoolOwner")
            let report = try await ConnectionOptions.parse(signer).withClient { client in
                try await PoolInfoCommand.read(pid: 1, account: Self.bob, from: try await ChainStorage(client: client))
            }
            guard case .stakePool(let pool) = report.pool else {
                Issue.record("pid 1 is not a stake pool")
                return
            }
            #expect(pool.payoutCommission == Permill(parts: 200_000) && pool.cap == nil)
            #expect(report.freeStake == .pha(40) && report.ownerRewards == .zero && report.workers.isEmpty)
            #expect(report.position?.shares == .pha(40) && report.position?.value == .pha(40))
            #expect(report.text.contains("price          1 PHA per share"))
        }
    }
}
