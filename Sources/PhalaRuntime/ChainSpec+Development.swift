import Attestation
import PalletComputation
public import PhalaCrypto
import PhalaPrimitives

extension ChainSpec {
    /// The development chain: Alice…Ferdie (sr25519) and ed25519 //Alice endowed with 1,000,000 PHA
    /// each, Alice the sudo key and the single Aura authority, ed25519 //Alice the single GRANDPA voter;
    /// software TEE enabled with the development platform key, and the development worker build's
    /// measurement allow-listed, benchmarks of one block (Phala's dev specs).
    ///
    /// Computation: the test tokenomic profile, heartbeat challenges on from genesis, a 30-second
    /// cool-down, the subsidy pool endowed with 10,000,000 PHA and the treasury account with 1 PHA (so
    /// the first treasury cuts, which may be below the existential deposit, have an account to land
    /// in). `expectedBlockTimeSec` is 180 although blocks take 1 s: `pow_target` caps challenges at two
    /// per worker-hour of `3600 / T` blocks, so with one online worker each block challenges it with
    /// probability `2 / (3600 / 180)` = 0.1, about every 10 blocks (Phala's 12 s would make it one block
    /// in 150, minutes apart on a dev chain).
    /// - Returns: the spec, named "Development" (id `dev`).
    /// - Throws: `KeyDerivationError` only if the dev key derivation itself is broken.
    public static func development() throws(KeyDerivationError) -> ChainSpec {
        let names = ["Alice", "Bob", "Charlie", "Dave", "Eve", "Ferdie"]
        var accounts: [String] = []
        for name in names {
            accounts.append(try address(of: KeyPair(uri: "//\(name)", scheme: .sr25519)))
        }
        let alice = accounts[0]
        let aliceEd25519 = try address(of: KeyPair(uri: "//Alice", scheme: .ed25519))
        let endowed =
            (accounts + [aliceEd25519]).map { Endowment(account: $0, amount: "1000000 PHA") }
            + [Endowment(account: address(of: Computation.Configuration.phalaTreasuryAccount), amount: "1 PHA")]
        return ChainSpec(
            name: "Development",
            id: "dev",
            chainType: "Development",
            properties: Properties(),
            genesis: Genesis(
                balances: endowed,
                sudoKey: alice,
                auraAuthorities: [alice],
                grandpaAuthorities: [Voter(account: aliceEd25519)],
                registry: RegistrySettings(
                    softwareTEEEnabled: true,
                    platformKeys: [Hex.encode(try SoftwareTEE.development().platformKey.publicKey.bytes)],
                    pruntimeAllowList: [Hex.encode(SoftwareTEE.measurement(of: SoftwareTEE.developmentBuildIdentity))],
                    benchmarkDuration: 1
                ),
                computation: ComputationSettings(
                    tokenomicProfile: "test",
                    coolDownPeriod: 30,
                    heartbeatPaused: false,
                    expectedBlockTimeSec: 180,
                    subsidyPoolEndowment: "10000000 PHA"
                )
            )
        )
    }

    /// The key's account under Phala's prefix 30.
    private static func address(of pair: KeyPair) -> String {
        do {
            return try address(of: AccountId32(bytes: pair.publicKey))
        } catch {
            preconditionFailure("a 32-byte public key is an account: \(error)")
        }
    }

    /// The account under Phala's prefix 30.
    private static func address(of account: AccountId32) -> String {
        do {
            return try account.ss58(prefix: 30)
        } catch {
            preconditionFailure("a 32-byte public key encodes under prefix 30: \(error)")
        }
    }
}
