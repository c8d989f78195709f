public import Messaging
import PhalaPrimitives
public import RuntimeSupport
import SCALE

extension MessageQueue {
    /// Decides whether an unsigned `sync_offchain_message` may enter the pool (mq.rs checks plus
    /// `CheckMqSequence`'s validation).
    ///
    /// A message below the sender's next sequence is stale; one above it is valid but requires the tag
    /// of its predecessor, so the pool holds it until the gap fills. Every message provides
    /// `SCALE(("PhalaMqOffchainMessages", sender, sequence))`.
    /// - Parameters:
    ///   - call: the call.
    ///   - state: the state to validate against (a throwaway block on the pool's best block).
    /// - Returns: the pool's ordering data, or why the message is refused: `.call` for a bad sender or
    ///   topic, `.badSigner` for an unknown signer, `.badProof` for a bad signature, `.stale`.
    /// - Throws: `DispatchError` when the state cannot be read.
    public func validateUnsigned(_ call: Call, in state: inout Overlay) throws(DispatchError)
        -> Result<ValidTransaction, TransactionValidityError>
    {
        guard case .syncOffchainMessage(let signed) = call else { return .failure(.invalid(.call)) }
        if let refusal = try authenticate(signed, in: &state) { return .failure(Self.validityError(refusal)) }
        let sender = signed.message.sender
        let expected = try Storage.offchainIngress.value(sender, in: &state)
        guard signed.sequence >= expected else { return .failure(.invalid(.stale)) }
        let requires = signed.sequence > expected ? [Self.tag(sender, signed.sequence - 1)] : []
        return .success(
            ValidTransaction(
                priority: Self.priority,
                requires: requires,
                provides: [Self.tag(sender, signed.sequence)],
                longevity: Self.longevity
            )
        )
    }

    /// Checks an unsigned `sync_offchain_message` just before it is applied in a block: as
    /// `validateUnsigned`, but the sequence must be exactly the sender's next (`.future` otherwise).
    /// - Parameters:
    ///   - call: the call.
    ///   - state: the block's state.
    /// - Returns: success, or why the extrinsic may not be included.
    /// - Throws: `DispatchError` when the state cannot be read.
    public func preDispatch(_ call: Call, in state: inout Overlay) throws(DispatchError)
        -> Result<Void, TransactionValidityError>
    {
        switch try validateUnsigned(call, in: &state) {
        case .failure(let error): return .failure(error)
        case .success(let validity): return validity.requires.isEmpty ? .success(()) : .failure(.invalid(.future))
        }
    }

    /// Pool priority of off-chain messages: above ordinary transfers, so workers' reports are timely.
    static var priority: UInt64 { 1 << 20 }
    /// How many blocks a message stays in the pool.
    static var longevity: UInt64 { 64 }

    /// The pool tag of `sender`'s message number `sequence`.
    static func tag(_ sender: MessageOrigin, _ sequence: UInt64) -> [UInt8] {
        var encoder = ScaleEncoder()
        encoder.encode(tuple: Array("PhalaMqOffchainMessages".utf8), sender, sequence)
        return encoder.bytes
    }

    /// The pool's reason for a refused message.
    static func validityError(_ error: Error) -> TransactionValidityError {
        switch error {
        case .badSender, .badDestination, .badSequence: .invalid(.call)
        case .badSignature: .invalid(.badProof)
        case .unknownSigner: .invalid(.badSigner)
        }
    }

    /// Checks everything but the sequence: an off-chain sender, a valid topic, a known signer and a
    /// signature that verifies under its key (registry.rs `check_message`).
    /// - Returns: why the message is refused, or nil when it is authentic.
    /// - Throws: `DispatchError` when the state cannot be read.
    func authenticate(_ signed: SignedMessage, in state: inout Overlay) throws(DispatchError) -> Error? {
        let sender = signed.message.sender
        guard sender.isOffchain else { return .badSender }
        guard signed.message.destination.isValid else { return .badDestination }
        let key: FixedBytes<32>
        switch sender {
        case .worker(let worker):
            guard try signers.isRegisteredWorker(worker, in: &state) else { return .unknownSigner }
            key = worker
        case .gatekeeper:
            guard let master = try signers.gatekeeperKey(in: &state) else { return .unknownSigner }
            key = master
        case .cluster(let cluster):
            guard let clusterKey = try signers.clusterKey(cluster, in: &state) else { return .unknownSigner }
            key = clusterKey
        case .contract(let contract):
            guard let contractKey = try signers.contractKey(contract, in: &state) else { return .unknownSigner }
            key = contractKey
        default:
            return .unknownSigner
        }
        do { try signed.verifySignature(publicKey: key.bytes) } catch { return .badSignature }
        return nil
    }
}
