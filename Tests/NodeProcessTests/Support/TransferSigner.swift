import PhalaCrypto
import PhalaPrimitives
import PhalaTesting
import SCALE

/// Builds signed `Balances.transfer_keep_alive` extrinsics for a running chain, without the client SDK,
/// so the process tests depend only on the wire format (substrate-rpc.md §7).
struct TransferSigner {
    let genesisHash: H256
    let specVersion: UInt32
    let transactionVersion: UInt32

    /// Balances' pallet index and `transfer_keep_alive`'s call index.
    static let transferKeepAlive: [UInt8] = [1, 3]

    /// The call bytes: pallet and call index, `MultiAddress::Id(dest)`, `Compact<u128>(value)`.
    static func call(to destination: AccountId32, planck: UInt64) -> [UInt8] {
        transferKeepAlive + MultiAddress.id(destination).scaleEncoded() + Compact(planck).scaleEncoded()
    }

    /// A signed immortal transfer, length prefix included, ready for `author_submitExtrinsic`.
    func transfer(from signer: KeyPair, to destination: AccountId32, planck: UInt64, nonce: UInt32) throws -> [UInt8] {
        let call = Self.call(to: destination, planck: planck)
        let extra = SignedExtra(era: .immortal, nonce: nonce)
        let payload = SigningPayload(
            call: call,
            extra: extra,
            specVersion: specVersion,
            transactionVersion: transactionVersion,
            genesisHash: genesisHash,
            eraBlockHash: genesisHash
        )
        let signature = try FixedBytes<64>(signer.sign(payload.bytesToSign))
        let multi: MultiSignature = signer.scheme == .ed25519 ? .ed25519(signature) : .sr25519(signature)
        let address = MultiAddress.id(try AccountId32(bytes: signer.publicKey))
        return UncheckedExtrinsic(
            signature: ExtrinsicSignature(address: address, signature: multi, extra: extra),
            call: call
        ).scaleEncoded()
    }

    /// `0x`-prefixed lower-case hex, as JSON-RPC carries bytes.
    static func hex(_ bytes: [UInt8]) -> String { "0x" + Hex.string(bytes) }
}
