import PhalaCrypto
import PhalaPrimitives
import PhalaRuntime
import SCALE

/// Signs dev-account transfers the way a wallet does, for node tests.
struct DevSigner {
    let pair: KeyPair
    let genesisHash: H256

    /// A signed, immortal `Balances.transfer_keep_alive` to `dest`, with its length prefix.
    func transfer(to dest: AccountId32, planck: UInt128, nonce: UInt32, tip: UInt128 = 0) throws -> [UInt8] {
        // Balances (index 1) transfer_keep_alive (call 3): MultiAddress::Id(dest), Compact<u128>(value).
        var encoder = ScaleEncoder()
        encoder.append([1, 3, 0])
        encoder.encode(dest)
        encoder.encode(Compact(planck))
        let call = encoder.bytes
        let extra = SignedExtra(era: .immortal, nonce: nonce, tip: Balance(planck: tip))
        let payload = SigningPayload(
            call: call,
            extra: extra,
            specVersion: Runtime.version.specVersion,
            transactionVersion: Runtime.version.transactionVersion,
            genesisHash: genesisHash,
            eraBlockHash: genesisHash
        )
        let signature = pair.sign(payload.bytesToSign)
        let multi: MultiSignature =
            pair.scheme == .ed25519 ? .ed25519(try FixedBytes(signature)) : .sr25519(try FixedBytes(signature))
        let signer = try AccountId32(bytes: pair.publicKey)
        return UncheckedExtrinsic(
            signature: ExtrinsicSignature(address: .id(signer), signature: multi, extra: extra),
            call: call
        ).scaleEncoded()
    }
}
