import Foundation
import MerkleTrie
import PalletBalances
import PalletComputation
import PhalaPrimitives
import PhalaRuntime
import RuntimeSupport
import Testing
import Tokenomics

/// Computation's chain spec settings and genesis, and its pallet accounts (phala-facts.md §0.3, §3.1,
/// §3.2, §9).
@Suite struct ComputationGenesisTests {
    static func genesisState(_ spec: ChainSpec) throws -> Overlay {
        let genesis = try Runtime().genesis(spec)
        var store = InMemoryNodeStore()
        store.insert(genesis.changes)
        return Overlay(base: try Trie(root: genesis.changes.root, store: store))
    }

    @Test func theDevelopmentSpecChallengesFromGenesisWithTheTestProfileAndAFundedSubsidyPool() throws {
        let spec = try ChainSpec.development()
        var state = try Self.genesisState(spec)
        #expect(try Computation.Storage.tokenomicParameters.get(in: &state) == .test)
        #expect(try Computation.Storage.heartbeatPaused.value(in: &state) == false)
        #expect(try Computation.Storage.coolDownPeriod.value(in: &state) == 30)
        #expect(try Computation.Storage.expectedBlockTimeSec.value(in: &state) == 180)
        let balances = Runtime().balances
        #expect(try balances.freeBalance(of: Computation.subsidyPoolAccount, in: &state) == .pha(10_000_000))
        #expect(try balances.freeBalance(of: Computation.Configuration.phalaTreasuryAccount, in: &state) == .pha(1))
        let json = try JSONEncoder().encode(spec)
        #expect(try JSONDecoder().decode(ChainSpec.self, from: json) == spec)
    }

    @Test func aSpecWithoutComputationSettingsGetsPhalasDefaultsWithHeartbeatsPaused() throws {
        var spec = try ChainSpec.development()
        spec.genesis.computation = nil
        var state = try Self.genesisState(spec)
        #expect(try Computation.Storage.tokenomicParameters.get(in: &state) == .phala)
        #expect(try Computation.Storage.heartbeatPaused.value(in: &state))
        #expect(try Computation.Storage.coolDownPeriod.value(in: &state) == 604_800)
        #expect(try Computation.Storage.expectedBlockTimeSec.value(in: &state) == 12)
    }

    @Test func anUnknownTokenomicProfileIsRefused() throws {
        var spec = try ChainSpec.development()
        spec.genesis.computation = .init(tokenomicProfile: "rococo")
        #expect(throws: GenesisError.self) { try Runtime().genesis(spec) }
    }

    /// `PalletId(*b"phala/pp").into_account_truncating()` and `PalletId(*b"py/trsry")`: "modl", the id,
    /// then zeros.
    @Test func thePalletAccountsAreModlThenTheirIdPaddedWithZeros() {
        #expect(
            Hex.encode(Computation.subsidyPoolAccount.raw.bytes)
                == "0x6d6f646c7068616c612f7070" + String(repeating: "00", count: 20)
        )
        #expect(
            Hex.encode(Computation.Configuration.phalaTreasuryAccount.raw.bytes)
                == "0x6d6f646c70792f7472737279" + String(repeating: "00", count: 20)
        )
    }
}
