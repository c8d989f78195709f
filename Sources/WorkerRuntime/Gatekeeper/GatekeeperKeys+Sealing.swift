import PhalaCrypto
import SCALE

extension GatekeeperKeys {
    /// Associated data binding sealed bytes to the master key history.
    static let sealingAssociatedData = Array("phala-master-key-history".utf8)

    /// Seals the master key history as Phala's `master_key.seal` (phala-facts §2.2): the payload is
    /// `MasterKeyHistory { rotations }`, SCALE: compact count ‖ per key rotation id (u64) ‖ block height
    /// (u32) ‖ 64-byte secret; then the identity's signature over `SigningDomain.masterKeyStore.wrap(payload)`
    /// (64 bytes). That is sealed with associated data `"phala-master-key-history"`. `ivSequence` is not
    /// sealed: a gatekeeper resyncs from block 1, which recomputes it.
    /// - Parameters:
    ///   - provider: the worker's sealing provider.
    ///   - identity: the worker's identity, which signs the history.
    /// - Returns: the bytes to write to disk.
    public func sealed(with provider: some SealingProvider, signedBy identity: WorkerIdentity) -> [UInt8] {
        let payload = Self.historyPayload(history)
        let signature = identity.sign(payload, domain: .masterKeyStore)
        return provider.seal(payload + signature.bytes, associatedData: Self.sealingAssociatedData)
    }

    /// Unseals a history sealed by `sealed(with:signedBy:)` on this worker.
    /// - Parameters:
    ///   - sealed: the sealed bytes.
    ///   - provider: the worker's sealing provider.
    ///   - identity: this worker's identity; the history must carry its signature.
    /// - Throws: the provider's `SealingError`s; `.identityMismatch` when another identity signed the history;
    ///   `.malformedContent` when the payload does not decode into a valid history.
    public init(
        unsealing sealed: [UInt8],
        with provider: some SealingProvider,
        identity: WorkerIdentity
    ) throws(SealingError) {
        let plaintext = try provider.unseal(sealed, associatedData: Self.sealingAssociatedData)
        guard plaintext.count >= 64 else { throw .malformedContent("sealed history has \(plaintext.count) bytes") }
        let payload = Array(plaintext.dropLast(64))
        guard
            let signature = try? Sr25519.Signature(bytes: Array(plaintext.suffix(64))),
            identity.publicKey.verify(signature, for: SigningDomain.masterKeyStore.wrap(payload))
        else { throw .identityMismatch }
        var decoder = ScaleDecoder(payload)
        var history: [RotatedMasterKey] = []
        do {
            let count = try decoder.decodeCompactLength()
            for _ in 0..<count {
                let rotationID: UInt64 = try decoder.decode()
                let blockHeight: UInt32 = try decoder.decode()
                let key = try Sr25519.KeyPair(secretKeyBytes: try decoder.readBytes(64))
                history.append(RotatedMasterKey(rotationID: rotationID, blockHeight: blockHeight, key: Secret(key)))
            }
            try decoder.finish()
            try self.init(history: history)
        } catch {
            throw .malformedContent("the sealed master key history does not decode: \(error)")
        }
    }

    /// SCALE of Phala's `MasterKeyHistory`.
    static func historyPayload(_ history: [RotatedMasterKey]) -> [UInt8] {
        var encoder = ScaleEncoder()
        encoder.encode(compactLength: history.count)
        for key in history {
            encoder.encode(tuple: key.rotationID, key.blockHeight)
            encoder.append(key.key.exposedValue.secretKeyBytes)
        }
        return encoder.bytes
    }
}
