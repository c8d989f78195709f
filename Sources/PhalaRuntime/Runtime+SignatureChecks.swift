public import MerkleTrie
public import PhalaPrimitives
import RuntimeSupport
import SCALE

extension Runtime {
    /// The signature check of every signed extrinsic in `block`, with the payload its execution on
    /// `parentState` will verify, for checking them in parallel before `executeBlock(_:parentState:verified:)`.
    ///
    /// Extrinsics that do not decode, are unsigned, name no account id or have an unknown birth block
    /// give no check; execution rejects them itself.
    /// - Parameters:
    ///   - block: the block to import.
    ///   - parentState: its parent's state.
    /// - Returns: the checks, in block order.
    /// - Throws: `ExecutiveError` when the block cannot even begin (bad header, missing state).
    public func signatureChecks(for block: Block, parentState: Trie) throws(ExecutiveError) -> [SignatureCheck] {
        var header = block.header
        header.digest.removeAll { if case .seal = $0 { true } else { false } }
        var pending = try beginBlock(header, parentState: parentState)
        return signatureChecks(for: block.extrinsics.map { $0.scaleEncoded() }, in: &pending)
    }

    /// The signature checks of `extrinsics` (each with its length prefix) as they would run in `pending`.
    /// - Parameters:
    ///   - extrinsics: candidate extrinsics, e.g. the pool's ready transactions.
    ///   - pending: the block they would go into (only read).
    /// - Returns: the checks of the signed ones that decode, in order.
    public func signatureChecks(for extrinsics: [[UInt8]], in pending: inout PendingBlock) -> [SignatureCheck] {
        var checks: [SignatureCheck] = []
        for bytes in extrinsics {
            guard let checked = try? decodeExtrinsic(bytes), let signature = checked.extrinsic.signature,
                case .id(let signer) = signature.address,
                let payload = try? signingPayload(
                    for: signature.extra,
                    call: checked.extrinsic.call,
                    in: &pending.state
                )
            else { continue }
            checks.append(SignatureCheck(signer: signer, signature: signature.signature, message: payload.bytesToSign))
        }
        return checks
    }
}
