import MerkleTrie
import Messaging
import PalletComputation
import PalletMessageQueue
import PalletRegistry
import PhalaPrimitives
import PhalaRuntime
import RuntimeSupport
import SCALE
import Testing
import Tokenomics

/// The computation tests' world: the registry's two test workers (operated by Bob), benchmarked at
/// P = 600 (`worker`) and P = 30 (`weakWorker`), and the computation pallet with the test profile,
/// a 10-second cool-down and a subsidy pool of 1,000,000 PHA.
enum ComputationWorld {
    /// The benchmarked worker, operated by Bob.
    static let worker = GatekeeperTests.first.pubkey
    /// A worker whose score (30) is below `MinInitP` (50).
    static let weakWorker = GatekeeperTests.second.pubkey
    /// A worker nobody registered.
    static let unknownWorker = FixedBytes<32>(repeating: 0x99)
    /// The pool sub-account the tests compute for.
    static let session = AccountId32(FixedBytes(repeating: 0x51))
    /// Another session account.
    static let otherSession = AccountId32(FixedBytes(repeating: 0x52))
    /// A stake comfortably above `100·√600` ≈ 2449.49 PHA whose Ve (1.3·(3000 + 180) = 4134) is below v_max.
    static let stake = Balance.pha(3_000)

    static let settings = ChainSpec.ComputationSettings(
        tokenomicProfile: "test",
        coolDownPeriod: 10,
        subsidyPoolEndowment: "1000000 PHA"
    )

    static func error(_ error: Computation.Error) -> DispatchError {
        .module(ModuleError(index: PalletIndex.computation, error: error.rawValue))
    }

    /// Both workers registered and benchmarked (the block's time is 1000 s; a report started 10.5 s
    /// earlier scores ⌊iterations / 10⌋ · 6).
    static func build(
        settings: ChainSpec.ComputationSettings = settings,
        masterKey: DevAccount? = nil,
        balances: [(DevAccount, UInt64)] = [(.alice, 100), (.bob, 100)]
    ) throws -> TestRuntime {
        var world = try TestRuntime.build(
            balances: balances,
            registry: WorkerRegistrationTests.settings,
            masterKey: masterKey,
            computation: settings
        )
        for (info, iterations) in [(GatekeeperTests.first, UInt64(1_000)), (GatekeeperTests.second, 50)] {
            try WorkerRegistrationTests.register(&world, info, attestation: WorkerRegistrationTests.attest(info))
            try world.handle(
                RegistryMessagesTests.benchReport(
                    startTime: RegistryMessagesTests.now - 10_500,
                    iterations: iterations,
                    from: info.pubkey
                )
            )
        }
        return world
    }

    /// A world whose `session` computes with `stake` on `worker`.
    static func computing() throws -> TestRuntime {
        var world = try build()
        try world.compute { (pallet, state) throws(DispatchError) in
            try pallet.bind(session: session, worker: worker, in: &state)
            try pallet.startComputing(session: session, stake: stake, in: &state)
        }
        return world
    }

    /// The open block's outbound messages sent by the computation pallet.
    static func published(_ world: inout TestRuntime) throws -> [Message] {
        try MessageQueue.Storage.outboundMessages.value(in: &world.block.state)
            .filter { $0.sender == .pallet(Computation.name) }
    }

    /// A message from the computation pallet as it appears in `PhalaMq.OutboundMessages`.
    static func message(_ payload: some ScaleEncodable, on topic: Topic) -> Message {
        Message(sender: .pallet(Computation.name), destination: topic, payload: payload.scaleEncoded())
    }

    /// The open block's computation events.
    static func events(_ world: inout TestRuntime) throws -> [Computation.Event] {
        try world.events().compactMap { record in
            if case .computation(let event) = record.event { event } else { nil }
        }
    }
}

extension TestRuntime {
    /// Runs `body` against the computation pallet in the open block inside a storage transaction (as a
    /// stake pool's dispatch would), then checks the invariants.
    mutating func compute(_ body: (Computation, inout Overlay) throws(DispatchError) -> Void) throws(DispatchError) {
        defer { try! checkInvariants(&block.state) }
        let pallet = runtime.computation
        try block.state.transactional { (state: inout Overlay) throws(DispatchError) in try body(pallet, &state) }
    }

    /// Hands `message` to Computation's handler in the open block, rolled back on failure as the
    /// message queue does, then checks the invariants.
    mutating func handleComputation(_ message: Message) throws(DispatchError) {
        try compute { (pallet, state) throws(DispatchError) in try pallet.handle(message, in: &state) }
    }

    /// A session's record in the open block.
    mutating func session(_ session: AccountId32 = ComputationWorld.session) throws -> SessionInfo? {
        try Computation.Storage.sessions.get(session, in: &block.state)
    }
}
