public import PhalaPrimitives
public import RuntimeSupport
public import SCALE

/// The signers fixed in the chain spec's genesis: a list of worker keys and an optional master key,
/// stored under the message queue's prefix. A stand-in until the registry pallet registers workers
/// through attestation.
///
/// Storage (prefix `"PhalaMq"`): `GenesisWorkers`: `Vec<[u8; 32]>`; `GenesisMasterPubkey`: `[u8; 32]`,
/// optional.
public struct GenesisMessageSigners: MessageSignerRegistry {
    /// The genesis workers' identity keys.
    public static let workers = StorageValue<[FixedBytes<32>]>(pallet: "PhalaMq", name: "GenesisWorkers", default: [])
    /// The genesis master public key.
    public static let masterKey = StorageValue<FixedBytes<32>>(pallet: "PhalaMq", name: "GenesisMasterPubkey")

    /// Creates the registry.
    public init() {}

    /// Whether `key` is in `GenesisWorkers`.
    public func isRegisteredWorker(_ key: FixedBytes<32>, in state: inout Overlay) throws(DispatchError) -> Bool {
        try Self.workers.value(in: &state).contains(key)
    }

    /// `GenesisMasterPubkey`.
    public func gatekeeperKey(in state: inout Overlay) throws(DispatchError) -> FixedBytes<32>? {
        try Self.masterKey.get(in: &state)
    }

    /// None: a genesis lists no cluster keys; clusters announce theirs through the registry.
    public func clusterKey(_ cluster: H256, in state: inout Overlay) throws(DispatchError) -> FixedBytes<32>? {
        nil
    }

    /// None: a genesis lists no contract keys; clusters announce them through the registry.
    public func contractKey(_ contract: H256, in state: inout Overlay) throws(DispatchError) -> FixedBytes<32>? {
        nil
    }
}
