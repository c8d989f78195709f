public import MerkleTrie
import PalletAura
import PalletBalances
import PalletComputation
import PalletStakePools
import PalletGrandpa
import PalletMessageQueue
import PalletRegistry
import PalletSudo
import PalletSystem
public import PhalaPrimitives
import RuntimeSupport

/// Block 0: its header and the state it holds.
public struct GenesisBlock: Sendable {
    /// The genesis header: zero parent, number 0, the genesis state root, the empty extrinsics root.
    public var header: Header
    /// The genesis state's root and trie nodes.
    public var changes: TrieChangeSet
}

/// Why a chain spec's genesis cannot be built.
public struct GenesisError: Swift.Error, Sendable, CustomStringConvertible {
    /// What is wrong with the spec and how to fix it.
    public let description: String
}

extension Runtime {
    /// Builds the genesis block from a chain spec: System's items, the endowments (with the subsidy
    /// pool's), the authorities, the sudo key, the registry, the message signers, the computation
    /// settings, then the state root over an empty trie.
    /// - Parameter spec: the chain spec.
    /// - Returns: the genesis header and state.
    /// - Throws: `GenesisError` for an address that does not parse, an amount that does not parse or is
    ///   below the existential deposit, a repeated account, or a prefix other than System's.
    public func genesis(_ spec: ChainSpec) throws(GenesisError) -> GenesisBlock {
        guard spec.properties.ss58Format == configuration.system.ss58Prefix else {
            throw GenesisError(
                description:
                    "the spec's ss58Format \(spec.properties.ss58Format) differs from the runtime's SS58Prefix \(configuration.system.ss58Prefix)"
            )
        }
        var endowments: [(AccountId32, Balance)] = []
        for endowment in spec.genesis.balances {
            let amount: Balance
            do { amount = try Balance(parsing: endowment.amount) } catch {
                throw GenesisError(
                    description: "genesis balance \"\(endowment.amount)\" of \(endowment.account): \(error)"
                )
            }
            endowments.append((try Self.account(endowment.account), amount))
        }
        let aura = try spec.genesis.auraAuthorities.map { (address: String) throws(GenesisError) in
            try Self.account(address).raw
        }
        var voters: [Grandpa.Authority] = []
        for voter in spec.genesis.grandpaAuthorities {
            voters.append(Grandpa.Authority(id: try Self.account(voter.account).raw, weight: voter.weight))
        }
        let sudoKey = try spec.genesis.sudoKey.map { (address: String) throws(GenesisError) in try Self.account(address)
        }
        let messageQueue = MessageQueue.Genesis(
            workers: try (spec.genesis.messageQueueWorkers ?? []).map { (address: String) throws(GenesisError) in
                try Self.account(address).raw
            },
            masterKey: try spec.genesis.gatekeeperMasterKey.map { (address: String) throws(GenesisError) in
                try Self.account(address).raw
            }
        )

        let registryGenesis = try Self.registryGenesis(spec.genesis.registry)
        let computationGenesis = try Self.computationGenesis(spec.genesis.computation)
        if let endowment = spec.genesis.computation?.subsidyPoolEndowment {
            do { endowments.append((Computation.subsidyPoolAccount, try Balance(parsing: endowment))) } catch {
                throw GenesisError(description: "computation subsidyPoolEndowment \"\(endowment)\": \(error)")
            }
        }

        let base: Trie
        do { base = try Trie(store: InMemoryNodeStore()) } catch { throw GenesisError(description: "\(error)") }
        var state = Overlay(base: base)
        do {
            System.Genesis(
                runtimeUpgrade: .init(specVersion: Self.version.specVersion, specName: Self.version.specName)
            )
            .build(in: &state)
            try balances.build(Balances.Genesis(balances: endowments), in: &state)
            Aura.Genesis(authorities: aura).build(in: &state)
            try grandpa.build(Grandpa.Genesis(authorities: voters), in: &state)
            Sudo<RuntimeCall>.Genesis(key: sudoKey).build(in: &state)
            registryGenesis.build(in: &state)
            computationGenesis.build(in: &state)
            StakePools.Genesis().build(in: &state)
            messageQueue.build(in: &state)
        } catch {
            throw GenesisError(description: "\(error)")
        }
        let changes: TrieChangeSet
        do { changes = try state.committed() } catch { throw GenesisError(description: "\(error)") }
        let header = Header(
            parentHash: .zero,
            number: 0,
            stateRoot: H256(FixedBytes(known: changes.root)),
            extrinsicsRoot: Self.extrinsicsRoot([]),
            digest: []
        )
        return GenesisBlock(header: header, changes: changes)
    }

    private static func registryGenesis(_ settings: ChainSpec.RegistrySettings?) throws(GenesisError)
        -> Registry.Genesis
    {
        guard let settings else { return Registry.Genesis() }
        var keys: [FixedBytes<32>] = []
        for key in settings.platformKeys {
            do { keys.append(try FixedBytes<32>(Hex.decode(key))) } catch {
                throw GenesisError(description: "registry platform key \"\(key)\" is not 32 bytes of 0x-hex: \(error)")
            }
        }
        var measurements: [[UInt8]] = []
        for measurement in settings.pruntimeAllowList {
            do { measurements.append(try Hex.decode(measurement)) } catch {
                throw GenesisError(
                    description: "registry pRuntime measurement \"\(measurement)\" is not 0x-hex: \(error)"
                )
            }
        }
        return Registry.Genesis(
            softwareTEEEnabled: settings.softwareTEEEnabled,
            dcapEnabled: settings.dcapEnabled ?? false,
            platformKeys: keys,
            pruntimeAllowList: measurements,
            benchmarkDuration: settings.benchmarkDuration ?? Registry.Genesis.defaultBenchmarkDuration
        )
    }

    private static func account(_ address: String) throws(GenesisError) -> AccountId32 {
        do { return try AccountId32(ss58: address) } catch {
            throw GenesisError(description: "genesis address \"\(address)\" is not an SS58 account: \(error)")
        }
    }
}
