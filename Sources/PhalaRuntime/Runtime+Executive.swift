public import MerkleTrie
import PalletSystem
import PalletTransactionPayment
public import PhalaPrimitives
public import RuntimeSupport
import SCALE

/// The outcome of applying one extrinsic (sp-runtime's `ApplyExtrinsicResult`): refused (not
/// included), or included with its call's result. SCALE: `00 00` included and succeeded, `00 01 ‖
/// DispatchError` included and failed, `01 ‖ TransactionValidityError` refused.
public typealias ApplyExtrinsicResult = Result<DispatchResult, TransactionValidityError>

extension Runtime {
    /// Starts a block on top of `parentState` (frame-executive's `initialize_block`): System records the
    /// header fields, then every pallet's `onInitialize` runs in index order.
    /// - Parameters:
    ///   - header: the new block's parent hash, number and pre-runtime digest (the roots are ignored).
    ///   - parentState: the parent block's state.
    /// - Returns: the block in progress, ready for the inherents.
    /// - Throws: `ExecutiveError.hookFailed` when a pallet refuses the header (Aura's slot),
    ///   `.state` when the parent state is incomplete.
    public func beginBlock(_ header: Header, parentState: Trie) throws(ExecutiveError) -> PendingBlock {
        var pending = PendingBlock(
            parentHash: header.parentHash,
            number: header.number,
            state: Overlay(base: parentState)
        )
        system.initialize(
            number: header.number,
            parentHash: header.parentHash,
            digest: header.digest,
            in: &pending.state
        )
        var weight = Weight.zero
        for pallet in pallets {
            do {
                weight = weight.saturatingAdding(try pallet.onInitialize(header.number, in: &pending.state))
            } catch {
                if let failure = pending.state.backendFailure { throw .state(failure) }
                throw .hookFailed(pallet: type(of: pallet).name, error)
            }
        }
        do {
            try system.registerExtra(weight: weight, dispatchClass: .mandatory, length: 0, in: &pending.state)
        } catch {
            throw .reading(error, in: pending.state)
        }
        system.noteFinishedInitialize(in: &pending.state)
        return pending
    }

    /// Applies one extrinsic to a block in progress (frame-executive's `apply_extrinsic`).
    ///
    /// A signed extrinsic is checked (signature, era), then its extensions run (nonce bumped, weight
    /// recorded, fee withdrawn), then its call runs in its own storage transaction; `TransactionFeePaid`
    /// and `ExtrinsicSuccess`/`ExtrinsicFailed` follow. A refused extrinsic changes nothing and is not
    /// added; an included one is added to `pending.extrinsics` whatever its call's outcome. An unsigned
    /// extrinsic is an inherent, which must come before any transaction, or a call its pallet
    /// validates unsigned (checked again here, exactly as in the pool but with no future allowed).
    /// - Parameters:
    ///   - bytes: the extrinsic with its length prefix.
    ///   - pending: the block in progress.
    /// - Returns: refused with a validity error, or included with the call's result.
    /// - Throws: `ExecutiveError.undecodableExtrinsic` for bytes that are not an extrinsic of this
    ///   runtime, `.inherentAfterTransaction`, `.state`/`.corruptState` when the state cannot be read.
    public func applyExtrinsic(_ bytes: [UInt8], to pending: inout PendingBlock) throws(ExecutiveError)
        -> ApplyExtrinsicResult
    {
        let checked: CheckedExtrinsic
        do { checked = try decodeExtrinsic(bytes) } catch { throw .undecodableExtrinsic(error) }
        let outcome: ApplyExtrinsicResult
        do throws(ExtrinsicFailure) {
            if let signature = checked.extrinsic.signature {
                outcome = try applySigned(
                    checked,
                    signature: signature,
                    verified: pending.verifiedSignatures,
                    in: &pending.state
                )
                if case .success = outcome { pending.hasTransactions = true }
            } else {
                guard !(checked.call.isInherent && pending.hasTransactions) else {
                    throw ExtrinsicFailure.executive(.inherentAfterTransaction(index: pending.extrinsics.count))
                }
                outcome = try applyUnsigned(checked, in: &pending.state)
                if case .success = outcome, !checked.call.isInherent { pending.hasTransactions = true }
            }
        } catch {
            switch error {
            case .executive(let error): throw error
            case .rejection(.state(let error)): throw .reading(error, in: pending.state)
            case .rejection(.invalid(let error)): return .failure(error)
            }
        }
        if case .success = outcome { pending.extrinsics.append(checked.extrinsic.body) }
        return outcome
    }

    /// Ends a block (frame-executive's `finalize_block`): every pallet's `onFinalize` runs, System
    /// closes the block, and the header gets its extrinsics root (the ordered trie of the extrinsics
    /// keyed by `Compact<u32>` index) and its state root.
    /// - Parameter pending: the block in progress.
    /// - Returns: the block (header without seal) and the state changes to commit.
    /// - Throws: `ExecutiveError.hookFailed` (a missing timestamp inherent), `.state` when a trie node
    ///   is missing.
    public func finishBlock(_ pending: PendingBlock) throws(ExecutiveError) -> FinishedBlock {
        var state = pending.state
        do { try system.noteFinishedExtrinsics(in: &state) } catch { throw .reading(error, in: state) }
        for pallet in pallets {
            do {
                try pallet.onFinalize(pending.number, in: &state)
            } catch {
                if let failure = state.backendFailure { throw .state(failure) }
                throw .hookFailed(pallet: type(of: pallet).name, error)
            }
        }
        let fields: (number: BlockNumber, parentHash: H256, digest: [DigestItem])
        do { fields = try system.finalize(in: &state) } catch { throw .reading(error, in: state) }
        let storageChanges = state.sortedChanges()
        let changes: TrieChangeSet
        do { changes = try state.base.applying(storageChanges) } catch { throw .state(error) }
        let header = Header(
            parentHash: fields.parentHash,
            number: fields.number,
            stateRoot: H256(FixedBytes(known: changes.root)),
            extrinsicsRoot: Self.extrinsicsRoot(pending.extrinsics),
            digest: fields.digest
        )
        return FinishedBlock(
            block: Block(header: header, extrinsics: pending.extrinsics),
            changes: changes,
            storageChanges: storageChanges.map { (key: $0.0, value: $0.1) }
        )
    }

    /// Executes an imported block on its parent's state and checks its header (frame-executive's
    /// `execute_block`): every extrinsic must be included, and the state root, extrinsics root and digest
    /// (seals aside) must equal what execution produced.
    /// - Parameters:
    ///   - block: the block, its seal still in the digest or already removed.
    ///   - parentState: the parent block's state.
    /// - Returns: the state changes to commit with the block.
    /// - Throws: `ExecutiveError` naming what made the block invalid, or `.state` for missing nodes.
    public func executeBlock(_ block: Block, parentState: Trie) throws(ExecutiveError) -> TrieChangeSet {
        try executeBlock(block, parentState: parentState, verified: VerifiedSignatures()).changes
    }

    /// Executes an imported block like `executeBlock(_:parentState:)`, trusting the signatures in
    /// `verified` (checked ahead, in parallel, from `signatureChecks(for:parentState:)`).
    /// - Parameters:
    ///   - block: the block, its seal still in the digest or already removed.
    ///   - parentState: the parent block's state.
    ///   - verified: signature checks that passed; any other signature is verified here.
    /// - Returns: the executed block (its header as produced, without the seal) with the trie and
    ///   storage changes to commit.
    /// - Throws: `ExecutiveError` naming what made the block invalid, or `.state` for missing nodes.
    public func executeBlock(_ block: Block, parentState: Trie, verified: VerifiedSignatures) throws(ExecutiveError)
        -> FinishedBlock
    {
        var header = block.header
        header.digest.removeAll { if case .seal = $0 { true } else { false } }
        var pending = try beginBlock(header, parentState: parentState)
        pending.verifiedSignatures = verified
        for (index, body) in block.extrinsics.enumerated() {
            if case .failure(let error) = try applyExtrinsic(body.scaleEncoded(), to: &pending) {
                throw .invalidExtrinsic(index: index, error)
            }
        }
        let finished = try finishBlock(pending)
        let produced = finished.block.header
        guard produced.stateRoot == header.stateRoot else { throw .headerMismatch(field: "state root") }
        guard produced.extrinsicsRoot == header.extrinsicsRoot else { throw .headerMismatch(field: "extrinsics root") }
        guard produced.digest == header.digest else { throw .headerMismatch(field: "digest") }
        return finished
    }

    /// The extrinsics root: the trie of `Compact<u32>(index) → extrinsic` (length prefix included), as
    /// Substrate's `ordered_trie_root`.
    ///
    /// Built with the state-version-1 layout, so values over 32 bytes are hashed; Substrate roots
    /// extrinsics with layout V0 for system version 1. Neither client checks this root.
    /// - Parameter extrinsics: the extrinsic bodies in block order.
    /// - Returns: the root.
    public static func extrinsicsRoot(_ extrinsics: [[UInt8]]) -> H256 {
        let entries = extrinsics.enumerated().map { index, body in
            (Compact(UInt32(index)).scaleEncoded(), body.scaleEncoded())
        }
        return H256(FixedBytes(known: Trie.root(of: entries)))
    }

    /// Applies a signed extrinsic: check, extensions, dispatch, fee event, outcome.
    private func applySigned(
        _ checked: CheckedExtrinsic,
        signature: ExtrinsicSignature,
        verified: VerifiedSignatures,
        in state: inout Overlay
    ) throws(ExtrinsicFailure) -> ApplyExtrinsicResult {
        do {
            let signer = try verifySignature(signature, call: checked.extrinsic.call, in: &state, verified: verified)
            let fee = try prepareSigned(checked, extra: signature.extra, signer: signer, in: &state)
            let result = dispatchResult { () throws(DispatchError) in
                try dispatch(checked.call, origin: .signed(signer), in: &state)
            }
            try reading { () throws(DispatchError) in
                try transactionPayment.noteFeePaid(fee, tip: signature.extra.tip, by: signer, in: &state)
                try noteApplied(result, info: checked.info, in: &state)
            }
            return .success(result)
        } catch {
            throw .rejection(error)
        }
    }

    /// Applies an unsigned extrinsic: an inherent, or a call its pallet accepts unsigned
    /// (`preDispatchUnsigned`); a failing inherent is refused as `badMandatory`, which makes the block
    /// invalid.
    private func applyUnsigned(_ checked: CheckedExtrinsic, in state: inout Overlay) throws(ExtrinsicFailure)
        -> ApplyExtrinsicResult
    {
        let info = checked.info
        do {
            if !checked.call.isInherent { try preDispatchUnsigned(checked.call, in: &state) }
            try checkBlockRoom(
                weight: info.weight,
                dispatchClass: info.dispatchClass,
                length: checked.length,
                in: &state
            )
        } catch {
            throw .rejection(error)
        }
        let result = dispatchResult { () throws(DispatchError) in try dispatch(checked.call, origin: .none, in: &state)
        }
        if case .failure = result, info.dispatchClass == .mandatory {
            if let failure = state.backendFailure { throw .executive(.state(failure)) }
            return .failure(.invalid(.badMandatory))
        }
        do {
            try reading { () throws(DispatchError) in try noteApplied(result, info: info, in: &state) }
        } catch {
            throw .rejection(error)
        }
        return .success(result)
    }

    /// Records the outcome event, the weight including the base extrinsic weight, as FRAME reports it.
    private func noteApplied(_ result: DispatchResult, info: DispatchInfo, in state: inout Overlay)
        throws(DispatchError)
    {
        var reported = info
        reported.weight = info.weight.saturatingAdding(configuration.limits.baseExtrinsicWeight)
        let error: DispatchError? = if case .failure(let error) = result { error } else { nil }
        try system.noteAppliedExtrinsic(outcome: error, info: reported, in: &state)
    }

    /// Runs a dispatch and captures its outcome.
    private func dispatchResult(_ body: () throws(DispatchError) -> Void) -> DispatchResult {
        do {
            try body()
            return .success(Empty())
        } catch {
            return .failure(error)
        }
    }
}

/// Why applying an extrinsic stopped: the extrinsic was refused or a read failed, or the block
/// itself is wrong.
enum ExtrinsicFailure: Swift.Error {
    /// The extrinsic was refused, or a state read failed.
    case rejection(ExtrinsicRejection)
    /// The block is invalid or the state incomplete.
    case executive(ExecutiveError)
}
