public import MerkleTrie
import PalletSystem
public import PhalaPrimitives
public import RuntimeSupport

extension Runtime {
    /// Decides whether a transaction may enter the pool, and how the pool should order it
    /// (frame-executive's `validate_transaction`).
    ///
    /// Runs on a throwaway block on top of `parentState` (number `parent + 1`), in substrate-rpc.md
    /// §7.6's order: decoding, the signer's address, the era's birth block, the signature, then the
    /// extensions (non-zero sender, nonce, block limits, fee). An unsigned extrinsic is valid only when
    /// its pallet's unsigned validation accepts it (`validateUnsigned(_:in:)`); an inherent never is.
    /// Nothing is written.
    /// - Parameters:
    ///   - bytes: the extrinsic with its length prefix.
    ///   - source: where it came from.
    ///   - parentHash: the hash of the block it would follow (the pool's best block).
    ///   - parentState: that block's state.
    /// - Returns: the pool's ordering data, or why the transaction is refused; `.reason` of the error is
    ///   the message for JSON-RPC error 1010/1011.
    /// - Throws: `ExecutiveError.undecodableExtrinsic` for bytes that are not an extrinsic of this
    ///   runtime (JSON-RPC 1001), `.state`/`.corruptState` when the state cannot be read.
    public func validateTransaction(
        _ bytes: [UInt8],
        source: TransactionSource,
        parentHash: H256,
        parentState: Trie
    ) throws(ExecutiveError) -> Result<ValidTransaction, TransactionValidityError> {
        let checked: CheckedExtrinsic
        do { checked = try decodeExtrinsic(bytes) } catch { throw .undecodableExtrinsic(error) }
        var state = Overlay(base: parentState)
        let parentNumber: BlockNumber
        do { parentNumber = try system.blockNumber(in: &state) } catch { throw .reading(error, in: state) }
        system.initialize(number: parentNumber &+ 1, parentHash: parentHash, digest: [], in: &state)
        do throws(ExtrinsicRejection) {
            guard let signature = checked.extrinsic.signature else {
                return .success(try validateUnsigned(checked.call, in: &state))
            }
            let signer = try verifySignature(signature, call: checked.extrinsic.call, in: &state)
            return .success(try validateSigned(checked, extra: signature.extra, signer: signer, in: &state))
        } catch {
            switch error {
            case .invalid(let error): return .failure(error)
            case .state(let error): throw .reading(error, in: state)
            }
        }
    }
}
