public import PhalaCrypto

/// The gatekeeper key schedule: the master key history, its handover to new gatekeepers, and rotation
/// (phala-facts §2.2–2.4). Every gatekeeper holds an identical copy and produces byte-identical messages.
///
/// - The first gatekeeper generates rotation 0 from randomness (`init(generatingFirstKey:)`).
/// - A newly registered gatekeeper receives the whole history through `handover(to:blockNumber:)` and
///   `init(receiving:as:)`.
/// - On a rotation every gatekeeper proposes a fresh key (`proposeRotation`), and all apply the one that
///   wins on chain (`applyRotation`). Old keys stay in `history`, so keys derived under them stay
///   recoverable (see `GatekeeperKeys+DerivedKeys.swift`).
///
/// IVs are deterministic, as in Phala: `blake2_256(derive(master, ["iv_generator"]).secret(64) ‖ block
/// number u32 BE ‖ ivSequence u64 BE)[0..<12]`, and `ivSequence` advances after every use.
public struct GatekeeperKeys: Sendable {
    /// Every master key so far, rotation 0 first; never empty.
    public internal(set) var history: [RotatedMasterKey]
    /// How many IVs have been drawn; part of gatekeeper state, identical on every gatekeeper.
    public private(set) var ivSequence: UInt64 = 0

    /// HKDF info used when a master key is encrypted to a gatekeeper.
    static let masterKeySharingInfo = Array("master_key_sharing".utf8)
    /// HKDF info of the key that seeds IVs.
    static let ivGeneratorInfo = Array("iv_generator".utf8)

    /// Generates the genesis master key (rotation 0, block 0) as the first gatekeeper does.
    /// - Parameter random: the randomness; `SystemRandomSource` outside tests.
    public init(generatingFirstKey random: inout some RandomSource) {
        let key = WorkerIdentity.generateKeyPair(random: &random)
        history = [RotatedMasterKey(rotationID: 0, blockHeight: 0, key: Secret(key))]
    }

    /// Restores a history, e.g. after unsealing it.
    /// - Parameters:
    ///   - history: the keys, rotation 0 first, ids consecutive.
    ///   - ivSequence: the IV counter to continue from.
    /// - Throws: `GatekeeperKeyError.emptyHistory` or `.rotationOutOfOrder`.
    public init(history: [RotatedMasterKey], ivSequence: UInt64 = 0) throws(GatekeeperKeyError) {
        guard !history.isEmpty else { throw .emptyHistory }
        for (index, key) in history.enumerated() where key.rotationID != UInt64(index) {
            throw .rotationOutOfOrder(expected: UInt64(index), found: key.rotationID)
        }
        self.history = history
        self.ivSequence = ivSequence
    }

    /// The current master key: the last of the history.
    public var current: RotatedMasterKey { history[history.count - 1] }

    /// The current master public key, as the chain stores it in `GatekeeperMasterPubkey`.
    public var masterPublicKey: Sr25519.PublicKey { current.publicKey }

    /// The master key of one rotation.
    /// - Parameter rotationID: the rotation.
    /// - Returns: that key.
    /// - Throws: `GatekeeperKeyError.unknownRotation` when it is not held.
    public func masterKey(rotationID: UInt64) throws(GatekeeperKeyError) -> RotatedMasterKey {
        guard rotationID < UInt64(history.count) else { throw .unknownRotation(rotationID) }
        return history[Int(rotationID)]
    }

    /// Draws the next deterministic IV and advances `ivSequence`.
    mutating func nextIV(blockNumber: UInt32) -> [UInt8] {
        let ivKey = KeyDerivation.derive(current.key.exposedValue, info: [Self.ivGeneratorInfo])
        var input = ivKey.secretKeyBytes
        input += withUnsafeBytes(of: blockNumber.bigEndian) { Array($0) }
        input += withUnsafeBytes(of: ivSequence.bigEndian) { Array($0) }
        ivSequence += 1
        return Array(Hashing.blake2_256(input).prefix(12))
    }

    /// Encrypts the whole history to a newly registered gatekeeper (phala-facts §2.3).
    /// - Parameters:
    ///   - recipient: the new gatekeeper's published keys.
    ///   - blockNumber: the block being processed; feeds the IVs.
    /// - Returns: the handover message; only `recipient` can open it.
    public mutating func handover(to recipient: WorkerPublicInfo, blockNumber: UInt32) -> MasterKeyHandover {
        let sender = current.key.exposedValue
        var entries: [MasterKeyHandover.Entry] = []
        for key in history {
            let encrypted = EncryptedKey.encrypt(
                Secret(key.key.exposedValue.secretKeyBytes),
                from: sender,
                info: Self.masterKeySharingInfo,
                to: recipient.ecdhPublicKey,
                iv: nextIV(blockNumber: blockNumber)
            )
            entries.append(
                MasterKeyHandover.Entry(
                    rotationID: key.rotationID,
                    blockHeight: key.blockHeight,
                    encryptedKey: encrypted
                )
            )
        }
        return MasterKeyHandover(destination: recipient.identityPublicKey, entries: entries)
    }

    /// Opens a handover as its destination gatekeeper.
    /// - Parameters:
    ///   - handover: the message.
    ///   - identity: this worker's identity; its public key must be the destination.
    /// - Throws: `GatekeeperKeyError.handoverForAnotherWorker`, `.notEncryptedToThisWorker` when the
    ///   keys do not open (altered, or meant for someone else), `.rotationOutOfOrder`, `.emptyHistory`.
    public init(receiving handover: MasterKeyHandover, as identity: WorkerIdentity) throws(GatekeeperKeyError) {
        guard handover.destination == identity.publicKey else { throw .handoverForAnotherWorker }
        var history: [RotatedMasterKey] = []
        for entry in handover.entries {
            let key = try entry.encryptedKey.decrypt(as: identity)
            history.append(RotatedMasterKey(rotationID: entry.rotationID, blockHeight: entry.blockHeight, key: key))
        }
        try self.init(history: history)
    }
}
