/// Why a gatekeeper key message could not be used.
public enum GatekeeperKeyError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Decryption failed: the key was encrypted to another worker, or altered. Holds our public key.
    case notEncryptedToThisWorker([UInt8])
    /// The decrypted bytes are not a 64-byte sr25519 secret; the reason says what was wrong.
    case malformedEncryptedKey(String)
    /// A handover names another worker as destination.
    case handoverForAnotherWorker
    /// Rotation ids of a history or rotation are not the next ones: `expected` then `found`.
    case rotationOutOfOrder(expected: UInt64, found: UInt64)
    /// A master key history was empty.
    case emptyHistory
    /// A rotation message's signature does not verify under its sender's key.
    case invalidRotationSignature
    /// A rotation message's sender is not one of the gatekeepers on chain.
    case rotationSenderNotGatekeeper
    /// A rotation message holds no key for this worker.
    case notListedInRotation
    /// No master key with this rotation id is held.
    case unknownRotation(UInt64)

    /// What was wrong and what to do about it.
    public var description: String {
        switch self {
        case .notEncryptedToThisWorker:
            "the encrypted key does not open with this worker's ECDH key: it was sent to another worker or "
                + "altered in transit; only the destination worker can decrypt it"
        case .malformedEncryptedKey(let reason):
            "the decrypted key is not an sr25519 secret (\(reason)): the sender is faulty; do not use this message"
        case .handoverForAnotherWorker:
            "the master key handover is addressed to another worker: ignore it"
        case .rotationOutOfOrder(let expected, let found):
            "expected master key rotation \(expected) but found \(found): resync the gatekeeper from block 1"
        case .emptyHistory:
            "a master key history needs at least the genesis key (rotation 0)"
        case .invalidRotationSignature:
            "the master key rotation's signature does not verify under its sender: drop the message"
        case .rotationSenderNotGatekeeper:
            "the master key rotation was sent by a worker that is not a registered gatekeeper: drop the message"
        case .notListedInRotation:
            "this worker is not among the rotation's recipients: it is not a registered gatekeeper at this block"
        case .unknownRotation(let id):
            "no master key with rotation id \(id) is held: ask for a rotation this gatekeeper has seen"
        }
    }
}
