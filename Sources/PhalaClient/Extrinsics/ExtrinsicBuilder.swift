public import PhalaCrypto
public import PhalaPrimitives
import SCALE

/// Builds and signs v4 extrinsics for one chain and runtime version, ready for `Client.submit(_:)`.
///
/// The signature covers the call, the era, nonce and tip, and the "additional signed" data of the
/// eight standard signed extensions (substrate-rpc.md §5.5, §7): spec and transaction version, genesis
/// hash and the era's birth-block hash. Build one per chain with values from the node:
///
/// ```swift
/// let builder = ExtrinsicBuilder(
///     genesisHash: try await client.genesisHash(),
///     specVersion: version.specVersion, transactionVersion: version.transactionVersion)
/// let bytes = builder.signed(call: BalancesCall.transferKeepAlive(to: bob, value: .pha(1)), by: alice, nonce: 0)
/// ```
public struct ExtrinsicBuilder: Sendable, Hashable {
    /// How long a transaction stays valid.
    public enum Mortality: Sendable, Hashable {
        /// Valid at any height (era `0x00`; the payload commits to the genesis hash).
        case immortal
        /// Valid for about `period` blocks from `checkpoint` (rounded to a power of two in 4…65536),
        /// whose hash `checkpointHash` the payload commits to. Use a recent finalized or best block.
        case mortal(period: UInt64, checkpoint: BlockNumber, checkpointHash: H256)
    }

    /// The hash of the chain's block 0.
    public var genesisHash: H256
    /// The runtime's `specVersion`.
    public var specVersion: UInt32
    /// The runtime's `transactionVersion`.
    public var transactionVersion: UInt32

    /// Creates a builder for one chain and runtime version.
    public init(genesisHash: H256, specVersion: UInt32, transactionVersion: UInt32) {
        self.genesisHash = genesisHash
        self.specVersion = specVersion
        self.transactionVersion = transactionVersion
    }

    /// The payload a signer signs for `call` with these extras.
    /// - Parameters:
    ///   - call: the encoded call.
    ///   - nonce: the signer's account nonce.
    ///   - tip: an extra fee for the block author.
    ///   - mortality: immortal, or mortal from a checkpoint block.
    /// - Returns: the signing payload; sign its `bytesToSign`.
    public func payload(call: [UInt8], nonce: UInt32, tip: Balance = .zero, mortality: Mortality = .immortal)
        -> SigningPayload
    {
        let era: Era
        let eraBlockHash: H256
        switch mortality {
        case .immortal:
            era = .immortal
            eraBlockHash = genesisHash
        case .mortal(let period, let checkpoint, let checkpointHash):
            era = .mortal(period: period, current: UInt64(checkpoint))
            eraBlockHash = checkpointHash
        }
        return SigningPayload(
            call: call,
            extra: SignedExtra(era: era, nonce: nonce, tip: tip),
            specVersion: specVersion,
            transactionVersion: transactionVersion,
            genesisHash: genesisHash,
            eraBlockHash: eraBlockHash
        )
    }

    /// Signs `call` as `signer` and returns the extrinsic.
    /// - Parameters:
    ///   - call: the encoded call (`pallet index ‖ call index ‖ arguments`), e.g. from `BalancesCall`.
    ///   - signer: the sender's key, sr25519 or ed25519; its public key is the sending account.
    ///   - nonce: the sender's next nonce (`Client.accountNextIndex(of:)`).
    ///   - tip: an extra fee for the block author.
    ///   - mortality: immortal, or mortal from a checkpoint block.
    /// - Returns: the signed v4 extrinsic with its compact length prefix, as `author_submitExtrinsic` takes it.
    public func signed(
        call: [UInt8],
        by signer: KeyPair,
        nonce: UInt32,
        tip: Balance = .zero,
        mortality: Mortality = .immortal
    ) -> [UInt8] {
        let payload = payload(call: call, nonce: nonce, tip: tip, mortality: mortality)
        let signatureBytes = signer.sign(payload.bytesToSign)
        let signature: MultiSignature
        let account: AccountId32
        do {
            let bytes = try FixedBytes<64>(signatureBytes)
            signature = signer.scheme == .sr25519 ? .sr25519(bytes) : .ed25519(bytes)
            account = try AccountId32(bytes: signer.publicKey)
        } catch {
            preconditionFailure("sr25519 and ed25519 give 64-byte signatures and 32-byte public keys: \(error)")
        }
        let extrinsic = UncheckedExtrinsic(
            signature: ExtrinsicSignature(address: .id(account), signature: signature, extra: payload.extra),
            call: call
        )
        return extrinsic.scaleEncoded()
    }

    /// Wraps `call` as an unsigned v4 extrinsic, for calls a pallet validates itself (such as
    /// `PhalaMq.sync_offchain_message`, whose message carries its own signature and sequence).
    /// - Parameter call: the encoded call (`pallet index ‖ call index ‖ arguments`).
    /// - Returns: `Compact(length) ‖ 0x04 ‖ call`, as `author_submitExtrinsic` takes it.
    public static func unsigned(call: [UInt8]) -> [UInt8] {
        UncheckedExtrinsic(signature: nil, call: call).scaleEncoded()
    }
}
