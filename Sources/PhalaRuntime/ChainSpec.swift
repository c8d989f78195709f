public import PhalaPrimitives

/// A chain's identity and genesis, as a data file (`phala build-spec`, `phala node --chain SPEC`).
///
/// JSON (keys and their types):
/// ```json
/// {
///   "name": "Development", "id": "dev", "chainType": "Development",
///   "properties": {"ss58Format": 30, "tokenDecimals": 12, "tokenSymbol": "PHA"},
///   "genesis": {
///     "balances": [["5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY", "1000000 PHA"]],
///     "sudoKey": "5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY",
///     "auraAuthorities": ["5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY"],
///     "grandpaAuthorities": [["5FA9nQDVg267DEd8m1ZypXLBnvN7SFxYwV7ndqSYGiN9TTpu", 1]]
///   }
/// }
/// ```
/// Accounts are SS58 addresses of any prefix; amounts are `Balance(parsing:)` text ("1.5 PHA",
/// "1500000000000 planck"), never JSON numbers, which lose precision above 2⁵³. The name must not
/// be one of scalecodec's preset names (substrate-rpc.md §13, trap 8): "Development" and
/// "Local Testnet" are safe.
public struct ChainSpec: Sendable, Hashable, Codable {
    /// The chain's name, as `system_chain` reports it.
    public var name: String
    /// A short identifier, e.g. `"dev"`.
    public var id: String
    /// `"Development"`, `"Local"` or `"Live"`, as `system_chainType` reports it.
    public var chainType: String
    /// Token and address properties, as `system_properties` reports them.
    public var properties: Properties
    /// The genesis state.
    public var genesis: Genesis

    /// Creates a chain spec.
    public init(name: String, id: String, chainType: String, properties: Properties, genesis: Genesis) {
        self.name = name
        self.id = id
        self.chainType = chainType
        self.properties = properties
        self.genesis = genesis
    }

    /// The chain's token and address properties.
    public struct Properties: Sendable, Hashable, Codable {
        /// The SS58 prefix; must equal System's `SS58Prefix` constant (30 for Phala).
        public var ss58Format: UInt16
        /// The token's decimals (12 for PHA).
        public var tokenDecimals: Int
        /// The token's symbol.
        public var tokenSymbol: String

        /// Creates the properties; Phala's by default.
        public init(ss58Format: UInt16 = 30, tokenDecimals: Int = Balance.decimals, tokenSymbol: String = "PHA") {
            self.ss58Format = ss58Format
            self.tokenDecimals = tokenDecimals
            self.tokenSymbol = tokenSymbol
        }
    }

    /// The genesis state's settings.
    public struct Genesis: Sendable, Hashable, Codable {
        /// The endowed accounts.
        public var balances: [Endowment]
        /// The Sudo key, if any.
        public var sudoKey: String?
        /// The Aura authorities (sr25519 accounts), in authoring order.
        public var auraAuthorities: [String]
        /// The GRANDPA voters (ed25519 accounts) and their weights.
        public var grandpaAuthorities: [Voter]
        /// The worker registry's settings; absent (older specs) means software TEE off, nothing allowed.
        public var registry: RegistrySettings?
        /// Worker identity keys (sr25519, as SS58 addresses) allowed to sign messages until the registry
        /// pallet registers workers; absent for none.
        public var messageQueueWorkers: [String]?
        /// The gatekeepers' master public key (sr25519, as an SS58 address), if known at genesis.
        public var gatekeeperMasterKey: String?
        /// The computation pallet's settings; absent means Phala's defaults and no subsidy pool.
        public var computation: ComputationSettings?

        /// Creates the genesis settings.
        public init(
            balances: [Endowment],
            sudoKey: String?,
            auraAuthorities: [String],
            grandpaAuthorities: [Voter],
            registry: RegistrySettings? = nil,
            messageQueueWorkers: [String]? = nil,
            gatekeeperMasterKey: String? = nil,
            computation: ComputationSettings? = nil
        ) {
            self.balances = balances
            self.sudoKey = sudoKey
            self.auraAuthorities = auraAuthorities
            self.grandpaAuthorities = grandpaAuthorities
            self.messageQueueWorkers = messageQueueWorkers
            self.gatekeeperMasterKey = gatekeeperMasterKey
            self.registry = registry
            self.computation = computation
        }
    }

    /// The worker registry's genesis, `"registry": {"softwareTEEEnabled": true, "dcapEnabled": false,
    /// "platformKeys": ["0x…"], "pruntimeAllowList": ["0x…"], "benchmarkDuration": 1}` in JSON; keys and
    /// measurements are 0x-hex.
    public struct RegistrySettings: Sendable, Hashable, Codable {
        /// Whether software TEE reports are accepted (development chains only).
        public var softwareTEEEnabled: Bool
        /// Whether Intel DCAP quotes are accepted; absent (older specs) means no.
        public var dcapEnabled: Bool?
        /// The trusted software platform keys: 32-byte ed25519 public keys.
        public var platformKeys: [String]
        /// The allowed pRuntime measurements.
        public var pruntimeAllowList: [String]
        /// How many blocks a worker's benchmark runs; absent (older specs) means Phala's default, 8.
        public var benchmarkDuration: UInt32?

        /// Creates the registry settings.
        public init(
            softwareTEEEnabled: Bool,
            dcapEnabled: Bool? = nil,
            platformKeys: [String],
            pruntimeAllowList: [String],
            benchmarkDuration: UInt32? = nil
        ) {
            self.softwareTEEEnabled = softwareTEEEnabled
            self.dcapEnabled = dcapEnabled
            self.platformKeys = platformKeys
            self.pruntimeAllowList = pruntimeAllowList
            self.benchmarkDuration = benchmarkDuration
        }
    }

    /// An endowed account: `[address, amount]` in JSON.
    public struct Endowment: Sendable, Hashable, Codable {
        /// The SS58 address.
        public var account: String
        /// The amount as text, e.g. `"1000000 PHA"`.
        public var amount: String

        /// Creates an endowment.
        public init(account: String, amount: String) {
            self.account = account
            self.amount = amount
        }

        /// Reads `[address, amount]`.
        public init(from decoder: any Decoder) throws {
            var container = try decoder.unkeyedContainer()
            account = try container.decode(String.self)
            amount = try container.decode(String.self)
        }

        /// Writes `[address, amount]`.
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.unkeyedContainer()
            try container.encode(account)
            try container.encode(amount)
        }
    }

    /// A GRANDPA voter: `[address, weight]` in JSON.
    public struct Voter: Sendable, Hashable, Codable {
        /// The SS58 address of the ed25519 key.
        public var account: String
        /// The voting weight.
        public var weight: UInt64

        /// Creates a voter.
        public init(account: String, weight: UInt64 = 1) {
            self.account = account
            self.weight = weight
        }

        /// Reads `[address, weight]`.
        public init(from decoder: any Decoder) throws {
            var container = try decoder.unkeyedContainer()
            account = try container.decode(String.self)
            weight = try container.decode(UInt64.self)
        }

        /// Writes `[address, weight]`.
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.unkeyedContainer()
            try container.encode(account)
            try container.encode(weight)
        }
    }
}
