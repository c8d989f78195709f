public import PhalaCrypto

extension GatekeeperKeys {
    /// Generates a fresh master key and encrypts it to every gatekeeper, signed by this gatekeeper's
    /// identity (phala-facts §2.4, steps 1–3). This does not change the history: the proposal that wins
    /// on chain is applied by every gatekeeper, the proposer included, with `applyRotation`.
    /// - Parameters:
    ///   - rotationID: the chain's rotation id (`GatekeeperLaunch::RotateMasterKey`).
    ///   - gatekeepers: every gatekeeper's published keys, as listed in the chain's event.
    ///   - blockNumber: the block being processed; feeds the IVs.
    ///   - signer: this gatekeeper's identity.
    ///   - random: the randomness for the new key.
    /// - Returns: the signed rotation message.
    public mutating func proposeRotation(
        rotationID: UInt64,
        gatekeepers: [WorkerPublicInfo],
        blockNumber: UInt32,
        signer: WorkerIdentity,
        random: inout some RandomSource
    ) -> MasterKeyRotation {
        let newKey = WorkerIdentity.generateKeyPair(random: &random)
        let sender = current.key.exposedValue
        var recipients: [MasterKeyRotation.Recipient] = []
        for gatekeeper in gatekeepers {
            let encrypted = EncryptedKey.encrypt(
                Secret(newKey.secretKeyBytes),
                from: sender,
                info: Self.masterKeySharingInfo,
                to: gatekeeper.ecdhPublicKey,
                iv: nextIV(blockNumber: blockNumber)
            )
            recipients.append(
                MasterKeyRotation.Recipient(identity: gatekeeper.identityPublicKey, encryptedKey: encrypted)
            )
        }
        let payload = MasterKeyRotation.signedPayload(
            rotationID: rotationID,
            secretKeys: recipients,
            sender: signer.publicKey
        )
        return MasterKeyRotation(
            rotationID: rotationID,
            secretKeys: recipients,
            sender: signer.publicKey,
            signature: signer.sign(payload, domain: .masterKeyRotation)
        )
    }

    /// Applies the rotation that won on chain: checks it, decrypts this gatekeeper's copy of the new key
    /// and appends it to the history as the current master key.
    /// - Parameters:
    ///   - rotation: the winning rotation message.
    ///   - identity: this gatekeeper's identity.
    ///   - gatekeepers: the identity keys of the gatekeepers registered on chain.
    ///   - blockHeight: the block the message was processed in; the new key's `blockHeight`.
    /// - Throws: `GatekeeperKeyError.invalidRotationSignature`, `.rotationSenderNotGatekeeper`,
    ///   `.rotationOutOfOrder` (the id is not the history's length), `.notListedInRotation`,
    ///   `.notEncryptedToThisWorker`; on any error the history is unchanged.
    public mutating func applyRotation(
        _ rotation: MasterKeyRotation,
        as identity: WorkerIdentity,
        gatekeepers: Set<Sr25519.PublicKey>,
        blockHeight: UInt32
    ) throws(GatekeeperKeyError) {
        guard gatekeepers.contains(rotation.sender) else { throw .rotationSenderNotGatekeeper }
        guard rotation.hasValidSignature else { throw .invalidRotationSignature }
        let expected = UInt64(history.count)
        guard rotation.rotationID == expected else {
            throw .rotationOutOfOrder(expected: expected, found: rotation.rotationID)
        }
        guard let mine = rotation.secretKeys.first(where: { $0.identity == identity.publicKey }) else {
            throw .notListedInRotation
        }
        let key = try mine.encryptedKey.decrypt(as: identity)
        history.append(RotatedMasterKey(rotationID: rotation.rotationID, blockHeight: blockHeight, key: key))
    }
}
