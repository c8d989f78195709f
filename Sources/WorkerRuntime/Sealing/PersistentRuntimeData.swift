public import PhalaCrypto
public import PhalaPrimitives
import SCALE

/// What a worker seals so that it keeps its identity across restarts: Phala's `PersistentRuntimeData`
/// in `runtime-data.seal` (phala-facts §1.1).
///
/// SCALE plaintext: genesis block hash (32) ‖ para id (u32) ‖ identity secret (64 bytes, scalar ‖ nonce) ‖
/// `trustedKey` (bool) ‖ `devMode` (bool); sealed with associated data `"phala-runtime-data"`. Loading
/// checks the genesis hash and para id against the chain being followed, as Phala does.
public struct PersistentRuntimeData: Sendable {
    /// Associated data binding sealed bytes to their purpose.
    static let associatedData = Array("phala-runtime-data".utf8)

    /// The genesis hash of the chain this identity registered on.
    public let genesisBlockHash: H256
    /// The parachain id, 0 for a standalone chain.
    public let paraID: UInt32
    /// The worker's identity.
    public let identity: WorkerIdentity
    /// Whether the key was generated inside the runtime (false when an operator set it for debugging).
    public let trustedKey: Bool
    /// Dev mode: set with an untrusted key; forbids remote attestation.
    public let devMode: Bool

    /// Bundles the runtime data.
    /// - Parameters:
    ///   - genesisBlockHash: the chain's genesis hash.
    ///   - paraID: the parachain id, 0 for a standalone chain.
    ///   - identity: the worker's identity.
    ///   - trustedKey: whether the runtime generated the key itself.
    ///   - devMode: whether the worker runs in dev mode.
    public init(genesisBlockHash: H256, paraID: UInt32, identity: WorkerIdentity, trustedKey: Bool, devMode: Bool) {
        self.genesisBlockHash = genesisBlockHash
        self.paraID = paraID
        self.identity = identity
        self.trustedKey = trustedKey
        self.devMode = devMode
    }

    /// Seals the runtime data.
    /// - Parameter provider: the worker's sealing provider.
    /// - Returns: the bytes to write to `runtime-data.seal`.
    public func sealed(with provider: some SealingProvider) -> [UInt8] {
        var encoder = ScaleEncoder()
        encoder.encode(genesisBlockHash)
        encoder.encode(paraID)
        encoder.append(identity.secretKeyBytes.exposedValue)
        encoder.encode(tuple: trustedKey, devMode)
        return provider.seal(encoder.bytes, associatedData: Self.associatedData)
    }

    /// Unseals runtime data and checks it belongs to the chain being followed.
    /// - Parameters:
    ///   - sealed: the bytes from `sealed(with:)`.
    ///   - provider: the worker's sealing provider.
    ///   - genesisBlockHash: the genesis hash of the chain being followed.
    ///   - paraID: the parachain id being followed, 0 for a standalone chain.
    /// - Throws: the provider's `SealingError`s, `.malformedContent` for bad bytes, `.otherChain` when the
    ///   data was sealed for another chain.
    public init(
        unsealing sealed: [UInt8],
        with provider: some SealingProvider,
        genesisBlockHash: H256,
        paraID: UInt32
    ) throws(SealingError) {
        let plaintext = try provider.unseal(sealed, associatedData: Self.associatedData)
        var decoder = ScaleDecoder(plaintext)
        do {
            self.genesisBlockHash = try decoder.decode()
            self.paraID = try decoder.decode()
            self.identity = try WorkerIdentity(secretKeyBytes: try decoder.readBytes(64))
            self.trustedKey = try decoder.decode()
            self.devMode = try decoder.decode()
            try decoder.finish()
        } catch {
            throw .malformedContent("the sealed runtime data does not decode: \(error)")
        }
        guard self.genesisBlockHash == genesisBlockHash, self.paraID == paraID else { throw .otherChain }
    }
}
