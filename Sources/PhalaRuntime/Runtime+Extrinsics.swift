import PalletSystem
import PhalaCrypto
import PhalaPrimitives
import RuntimeSupport
public import SCALE

extension Runtime {
    /// Decodes an extrinsic (with its length prefix) into this runtime's call.
    /// - Parameter bytes: the extrinsic as submitted: `Compact(length) ‖ body`.
    /// - Returns: the decoded extrinsic.
    /// - Throws: `ScaleDecodingError` for bytes that are not exactly one v4 extrinsic of a known call.
    public func decodeExtrinsic(_ bytes: [UInt8]) throws(ScaleDecodingError) -> CheckedExtrinsic {
        let extrinsic = try UncheckedExtrinsic(scaleDecoding: bytes)
        let call = try RuntimeCall(scaleDecoding: extrinsic.call)
        return CheckedExtrinsic(extrinsic: extrinsic, call: call, length: UInt32(clamping: bytes.count))
    }

    /// Checks a signed extrinsic's signer and signature (sp-runtime's `UncheckedExtrinsic::check`):
    /// the address must be an account id, the era's birth block must be known, and the signature must
    /// verify over the payload built from this runtime's versions and the chain's block hashes.
    func verifySignature(
        _ signature: ExtrinsicSignature,
        call: [UInt8],
        in state: inout Overlay,
        verified: VerifiedSignatures = VerifiedSignatures()
    ) throws(ExtrinsicRejection) -> AccountId32 {
        guard case .id(let signer) = signature.address else { throw .invalid(.unknown(.cannotLookup)) }
        let payload: SigningPayload?
        do { payload = try signingPayload(for: signature.extra, call: call, in: &state) } catch { throw .state(error) }
        guard let payload else { throw .invalid(.invalid(.ancientBirthBlock)) }
        let check = SignatureCheck(signer: signer, signature: signature.signature, message: payload.bytesToSign)
        guard verified.contains(check) || check.isValid else {
            throw .invalid(.invalid(.badProof))
        }
        return signer
    }

    /// The payload a signer signed for `extra` and `call` at the current block, or nil when the era's
    /// birth block is not in `System.BlockHash` (pruned, or not yet built).
    func signingPayload(for extra: SignedExtra, call: [UInt8], in state: inout Overlay) throws(DispatchError)
        -> SigningPayload?
    {
        let number = UInt64(try system.blockNumber(in: &state))
        let birth = extra.era.birth(current: number)
        guard birth <= UInt64(BlockNumber.max), try System.Storage.blockHash.contains(BlockNumber(birth), in: &state)
        else {
            return nil
        }
        return SigningPayload(
            call: call,
            extra: extra,
            specVersion: Self.version.specVersion,
            transactionVersion: Self.version.transactionVersion,
            genesisHash: try System.Storage.blockHash.value(0, in: &state),
            eraBlockHash: try System.Storage.blockHash.value(BlockNumber(birth), in: &state)
        )
    }

    /// Whether `signature` is `signer`'s over `message`: sr25519 with the "substrate" context, or
    /// ed25519. ECDSA is not supported and never verifies.
    static func verify(_ signature: MultiSignature, message: [UInt8], signer: AccountId32) -> Bool {
        switch signature {
        case .sr25519(let bytes):
            guard let key = try? Sr25519.PublicKey(bytes: signer.bytes),
                let parsed = try? Sr25519.Signature(bytes: bytes.bytes)
            else { return false }
            return key.verify(parsed, for: message)
        case .ed25519(let bytes):
            guard let key = try? Ed25519.PublicKey(bytes: signer.bytes),
                let parsed = try? Ed25519.Signature(bytes: bytes.bytes)
            else { return false }
            return key.verify(parsed, for: message)
        case .ecdsa:
            return false
        }
    }
}
