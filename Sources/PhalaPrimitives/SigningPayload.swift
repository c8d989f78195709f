import PhalaCrypto
public import SCALE

/// What a signer signs for a v4 extrinsic: the call, the signed extra data, and the chain context it
/// commits to without transmitting (Substrate's `SignedPayload`).
///
/// SCALE: `call ‖ SignedExtra ‖ specVersion:u32 ‖ transactionVersion:u32 ‖ genesisHash ‖ eraBlockHash`.
/// The last four fields are the "additional signed" data: a signature made for another chain, another
/// runtime version or another fork does not verify here. Sign `bytesToSign`, not the encoding itself.
public struct SigningPayload: Sendable, Hashable {
    /// The encoded call, exactly as the extrinsic will carry it.
    public var call: [UInt8]
    /// The era, nonce and tip, exactly as the extrinsic will carry them.
    public var extra: SignedExtra
    /// The runtime's `spec_version`.
    public var specVersion: UInt32
    /// The runtime's `transaction_version`.
    public var transactionVersion: UInt32
    /// The hash of block 0.
    public var genesisHash: H256
    /// The hash of the era's birth block: the genesis hash again for an immortal era.
    public var eraBlockHash: H256

    /// Creates a payload from its parts.
    public init(
        call: [UInt8],
        extra: SignedExtra,
        specVersion: UInt32,
        transactionVersion: UInt32,
        genesisHash: H256,
        eraBlockHash: H256
    ) {
        self.call = call
        self.extra = extra
        self.specVersion = specVersion
        self.transactionVersion = transactionVersion
        self.genesisHash = genesisHash
        self.eraBlockHash = eraBlockHash
    }

    /// The bytes the signature covers: the encoding itself, or its `blake2_256` when it is longer than 256 bytes.
    public var bytesToSign: [UInt8] {
        let encoded = scaleEncoded()
        return encoded.count > 256 ? Hashing.blake2_256(encoded) : encoded
    }
}

extension SigningPayload: ScaleEncodable {
    /// Appends the call bytes as they are, then the extra and the additional signed data.
    public func encode(to encoder: inout ScaleEncoder) {
        encoder.append(call)
        encoder.encode(tuple: extra, specVersion, transactionVersion, genesisHash, eraBlockHash)
    }
}
