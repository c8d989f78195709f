import MerkleTrie
import PalletBalances
import PalletStakePools
import PalletSystem
import PalletTimestamp
import PhalaPrimitives
import RuntimeSupport
import SCALE
import Testing

/// A test world for the stake pools pallet (FRAME's `ExtBuilder`): real System and Balances over an
/// in-memory trie, block 1 open, Timestamp's `Now` as the clock and `TestWorkerSessions` as computation.
///
/// Every dispatch runs the pallet's invariants afterwards and checks that PHA's total issuance did not
/// move (rewards are transfers from the subsidy pool; no fees are charged here).
struct StakePoolWorld {
    static let system = System(index: 0)
    static let balances = Balances(index: 1, system: system)
    static let palletIndex: UInt8 = 11

    /// Phala's unit-test constants (pallets/phala/src/mock.rs): 10 workers per pool, the rest as on chain.
    static let configuration = StakePools.Configuration(maxPoolWorkers: 10)

    var state: Overlay
    let pallet: StakePools
    let issuance: Balance
    /// Events already returned by `takeEvents()`.
    var seenEvents = 0

    /// Builds the world with every test account (1, 2, 3, 4, 99) holding 100 000 PHA, the subsidy pool
    /// 1 000 000 PHA, the W-PHA minimum at Phala's test value, and the clock at 0.
    init() throws {
        state = Overlay(base: try Trie(store: InMemoryNodeStore()))
        let settlement = PoolSettlement(
            index: Self.palletIndex,
            system: Self.system,
            currency: Self.balances,
            configuration: Self.configuration
        )
        let sessions = TestWorkerSessions(settlement: settlement, clock: TimestampClock())
        pallet = StakePools(settlement: settlement, sessions: sessions, clock: TimestampClock())
        let endowed = [1, 2, 3, 4, 99].map { (Self.account($0), Balance.pha(100_000)) }
        try Self.balances.build(
            Balances.Genesis(balances: endowed + [(Self.configuration.subsidyAccount, .pha(1_000_000))]),
            in: &state
        )
        StakePools.Genesis().build(in: &state)
        Self.system.initialize(number: 1, parentHash: .zero, digest: [], in: &state)
        Self.system.noteFinishedInitialize(in: &state)
        issuance = try Balances.Storage.totalIssuance.value(in: &state)
    }

    /// Test account `n` (all 32 bytes equal `n`), standing in for Phala's `u64` test accounts.
    static func account(_ n: UInt8) -> AccountId32 { AccountId32(FixedBytes(repeating: n)) }

    /// Test worker `n`'s public key (Phala's `worker_pubkey(n)`).
    static func worker(_ n: UInt8) -> FixedBytes<32> { FixedBytes(repeating: 0xA0 &+ n) }

    /// `whole` PHA plus `planck`.
    static func pha(_ whole: UInt64, planck: UInt128 = 0) -> Balance {
        Balance(planck: Balance.pha(whole).planck + planck)
    }

    /// Runs `call` signed by account `who`, then the invariants.
    mutating func dispatch(_ call: StakePools.Call, by who: UInt8, sourceLocation: SourceLocation = #_sourceLocation)
        throws
    {
        try pallet.dispatch(call, origin: .signed(Self.account(who)), in: &state)
        try checkInvariants()
    }

    /// Asserts `call` by `who` fails with `error` and leaves the state root unchanged (FRAME's `assert_noop!`).
    mutating func expectNoop(
        _ call: StakePools.Call,
        by who: UInt8,
        error: StakePools.Error,
        sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        let before = try state.committed().root
        #expect(
            throws: DispatchError.module(ModuleError(index: Self.palletIndex, error: error.rawValue)),
            sourceLocation: sourceLocation
        ) {
            try pallet.dispatch(call, origin: .signed(Self.account(who)), in: &state)
        }
        #expect(try state.committed().root == before, "state changed", sourceLocation: sourceLocation)
        try checkInvariants()
    }

    /// The pallet's invariants, and PHA issuance unchanged.
    mutating func checkInvariants() throws {
        try pallet.checkInvariants(in: &state)
        #expect(try Balances.Storage.totalIssuance.value(in: &state) == issuance, "PHA issuance moved")
    }

    /// Moves the clock forward.
    mutating func elapse(seconds: UInt64) throws {
        let now = try Timestamp.Storage.now.value(in: &state)
        Timestamp.Storage.now.set(now + seconds * 1_000, in: &state)
    }

    /// The stake pools events deposited since the last call, in order.
    mutating func takeEvents() throws -> [StakePools.Event] {
        let bytes = try state.value(forKey: System.Storage.events.prefix) ?? [0]
        let records = try [EventRecord<OuterEvent>](scaleDecoding: bytes)
        defer { seenEvents = records.count }
        return records.dropFirst(seenEvents).compactMap {
            if case .stakePools(let event) = $0.event { event } else { nil }
        }
    }

    /// An account's free W-PHA.
    mutating func wpha(_ account: AccountId32) throws -> Balance {
        try pallet.settlement.wrappedBalance(of: account, in: &state)
    }

    /// An account's free PHA.
    mutating func pha(_ account: AccountId32) throws -> Balance {
        try Self.balances.freeBalance(of: account, in: &state)
    }

    /// The stake pool `pid`.
    mutating func stakePool(_ pid: UInt64) throws -> StakePool {
        guard case .stakePool(let pool) = try StakePools.Storage.pools.get(pid, in: &state) else {
            throw TestFailure("pool \(pid) is not a stake pool")
        }
        return pool
    }

    /// The shares `account` holds in pool or vault `pid` outside the withdraw queue (its `ShareHoldings` entry).
    mutating func shares(of account: AccountId32, in pid: UInt64) throws -> Balance {
        try StakePools.Storage.shareHoldings.get(pid, account, in: &state) ?? .zero
    }

    /// The vault `pid`.
    mutating func vault(_ pid: UInt64) throws -> Vault {
        guard case .vault(let vault) = try StakePools.Storage.pools.get(pid, in: &state) else {
            throw TestFailure("pool \(pid) is not a vault")
        }
        return vault
    }

    /// Registers benchmarked workers 1…n operated by account 1 (Phala's `setup_workers`).
    mutating func setupWorkers(_ count: UInt8) {
        for n in 1...count {
            TestWorkerSessions.register(Self.worker(n), operator: Self.account(1), scored: true, in: &state)
        }
    }

    /// Creates a stake pool owned by `owner` with `workers` added (Phala's `setup_stake_pool_with_workers`).
    /// - Returns: its pid.
    mutating func setupStakePool(owner: UInt8, workers: [UInt8]) throws -> UInt64 {
        let pid = try StakePools.Storage.poolCount.value(in: &state)
        try dispatch(.create, by: owner)
        for n in workers { try dispatch(.addWorker(pid: pid, pubkey: Self.worker(n)), by: owner) }
        return pid
    }

    /// Creates a vault owned by `owner` (Phala's `setup_vault`).
    /// - Returns: its pid.
    mutating func setupVault(owner: UInt8) throws -> UInt64 {
        let pid = try StakePools.Storage.poolCount.value(in: &state)
        try dispatch(.createVault, by: owner)
        return pid
    }
}

/// The outer events a stake pools test meets: System's, Balances' and the pallet's.
enum OuterEvent: ScaleDecodable, Hashable, Sendable {
    case system(System.Event)
    case balances(Balances.Event)
    case stakePools(StakePools.Event)

    init(from decoder: inout ScaleDecoder) throws(ScaleDecodingError) {
        let pallet = try decoder.decodeVariantIndex()
        switch pallet {
        case 0: self = .system(try decoder.decode())
        case 1: self = .balances(try decoder.decode())
        case StakePoolWorld.palletIndex: self = .stakePools(try decoder.decode())
        default: throw decoder.unknownVariant(pallet, of: OuterEvent.self)
        }
    }
}

/// A test precondition that did not hold.
struct TestFailure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
