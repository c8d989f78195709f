public import PhalaPrimitives
public import SCALE

/// What a pRuntime declares about itself when it registers (Phala's `WorkerRegistrationInfoV2`,
/// phala-facts.md §1.2); its attestation binds blake2_256 of this value's SCALE encoding.
///
/// SCALE: `version u32 ‖ machine_id Vec<u8> ‖ pubkey [u8; 32] ‖ ecdh_pubkey [u8; 32] ‖
/// genesis_block_hash H256 ‖ features Vec<u32> ‖ operator Option<AccountId32> ‖ para_id u32 ‖
/// max_consensus_version u32`.
public struct WorkerRegistrationInfo: Sendable, Hashable {
    /// The pRuntime's version, `major << 16 | minor << 8 | patch`.
    public var version: UInt32
    /// The machine's identifier.
    public var machineID: [UInt8]
    /// The worker's sr25519 identity public key.
    public var pubkey: FixedBytes<32>
    /// The worker's ECDH public key.
    public var ecdhPubkey: FixedBytes<32>
    /// The genesis hash of the chain the worker's light client follows.
    public var genesisBlockHash: H256
    /// `[cpu_core_count, cpu_feature_level]`.
    public var features: [UInt32]
    /// The account that operates the worker, if set.
    public var `operator`: AccountId32?
    /// The parachain id (0 on a standalone chain; not checked here).
    public var paraID: UInt32
    /// The highest consensus version the pRuntime supports.
    public var maxConsensusVersion: UInt32

    /// Creates registration info.
    public init(
        version: UInt32,
        machineID: [UInt8],
        pubkey: FixedBytes<32>,
        ecdhPubkey: FixedBytes<32>,
        genesisBlockHash: H256,
        features: [UInt32],
        operator: AccountId32?,
        paraID: UInt32 = 0,
        maxConsensusVersion: UInt32 = 0
    ) {
        self.version = version
        self.machineID = machineID
        self.pubkey = pubkey
        self.ecdhPubkey = ecdhPubkey
        self.genesisBlockHash = genesisBlockHash
        self.features = features
        self.operator = `operator`
        self.paraID = paraID
        self.maxConsensusVersion = maxConsensusVersion
    }

    /// The report data an attestation of this info must carry: blake2_256(SCALE(self)).
    public var reportData: [UInt8] { H256.blake2_256(of: scaleEncoded()).bytes }
}

extension WorkerRegistrationInfo: ScaleCodable {
    /// Appends the fields in wire order.
    public func encode(to encoder: inout ScaleEncoder) {
        encoder.encode(tuple: version, machineID, pubkey, ecdhPubkey, genesisBlockHash)
        encoder.encode(tuple: features, `operator`, paraID, maxConsensusVersion)
    }

    /// Reads the fields in wire order.
    public init(from decoder: inout ScaleDecoder) throws(ScaleDecodingError) {
        version = try decoder.decode()
        machineID = try decoder.decode()
        pubkey = try decoder.decode()
        ecdhPubkey = try decoder.decode()
        genesisBlockHash = try decoder.decode()
        features = try decoder.decode()
        `operator` = try decoder.decode()
        paraID = try decoder.decode()
        maxConsensusVersion = try decoder.decode()
    }
}
