public import PhalaPrimitives
public import RuntimeSupport
import SCALE

extension System {
    /// Starts a block: records its number, parent and digest, remembers the parent's hash for mortal
    /// transactions, and clears the previous block's events and weight (FRAME's `initialize`).
    /// - Parameters:
    ///   - number: the new block's number.
    ///   - parentHash: its parent's hash.
    ///   - digest: the pre-runtime digest items of its header.
    ///   - state: the block's state.
    public func initialize(number: BlockNumber, parentHash: H256, digest: [DigestItem], in state: inout Overlay) {
        Storage.executionPhase.set(.initialization, in: &state)
        state.set(UInt32(0).scaleEncoded(), forKey: Storage.extrinsicIndexKey)
        Storage.number.set(number, in: &state)
        Storage.digest.set(digest, in: &state)
        Storage.parentHash.set(parentHash, in: &state)
        if number > 0 { Storage.blockHash.insert(parentHash, for: number - 1, in: &state) }
        state.remove(key: Storage.events.prefix)
        Storage.eventCount.kill(in: &state)
        Storage.blockWeight.kill(in: &state)
    }

    /// Marks the end of the block's initialization: events from now on belong to extrinsic 0.
    /// - Parameter state: the block's state.
    public func noteFinishedInitialize(in state: inout Overlay) {
        Storage.executionPhase.set(.applyExtrinsic(0), in: &state)
    }

    /// The index of the extrinsic being applied.
    /// - Parameter state: the block's state.
    /// - Returns: the index, 0 before the first extrinsic.
    /// - Throws: `DispatchError.corruption` or `.unavailable` when the state cannot be read.
    public func extrinsicIndex(in state: inout Overlay) throws(DispatchError) -> UInt32 {
        try state.decoded(UInt32.self, forKey: Storage.extrinsicIndexKey) ?? 0
    }

    /// Records the outcome of the extrinsic just applied (`ExtrinsicSuccess` or `ExtrinsicFailed`) and
    /// moves on to the next extrinsic index (FRAME's `note_applied_extrinsic`).
    /// - Parameters:
    ///   - outcome: nil on success, else the call's error.
    ///   - info: the call's dispatch info.
    ///   - state: the block's state.
    /// - Throws: `DispatchError.corruption` or `.unavailable` when the state cannot be read.
    public func noteAppliedExtrinsic(outcome: DispatchError?, info: DispatchInfo, in state: inout Overlay)
        throws(DispatchError)
    {
        let event: Event =
            if let outcome { .extrinsicFailed(dispatchError: outcome, dispatchInfo: info) } else {
                .extrinsicSucceeded(dispatchInfo: info)
            }
        try deposit(encodedEvent(event), in: &state)
        let next = try extrinsicIndex(in: &state) + 1
        state.set(next.scaleEncoded(), forKey: Storage.extrinsicIndexKey)
        Storage.executionPhase.set(.applyExtrinsic(next), in: &state)
    }

    /// Adds an applied extrinsic's weight and length to the block's totals.
    /// - Parameters:
    ///   - weight: the extrinsic's total weight (call and base).
    ///   - dispatchClass: its class.
    ///   - length: its encoded length.
    ///   - state: the block's state.
    /// - Throws: `DispatchError.corruption` or `.unavailable` when the state cannot be read.
    public func registerExtra(weight: Weight, dispatchClass: DispatchClass, length: UInt32, in state: inout Overlay)
        throws(DispatchError)
    {
        try Storage.blockWeight.mutate(in: &state) { (consumed: inout PerDispatchClass<Weight>) throws(DispatchError) in
            consumed[dispatchClass] = consumed[dispatchClass].saturatingAdding(weight)
        }
        let total = try Storage.allExtrinsicsLength.get(in: &state) ?? 0
        Storage.allExtrinsicsLength.set(
            total.addingReportingOverflow(length).overflow ? .max : total + length,
            in: &state
        )
    }

    /// Marks the end of the extrinsics: records their count and enters the finalization phase.
    /// - Parameter state: the block's state.
    /// - Throws: `DispatchError.corruption` or `.unavailable` when the state cannot be read.
    public func noteFinishedExtrinsics(in state: inout Overlay) throws(DispatchError) {
        let count = try extrinsicIndex(in: &state)
        state.remove(key: Storage.extrinsicIndexKey)
        Storage.extrinsicCount.set(count, in: &state)
        Storage.executionPhase.set(.finalization, in: &state)
    }

    /// Ends the block: clears the per-block scratch items, prunes `BlockHash` to `blockHashCount`
    /// blocks (never block 0), and returns the header fields System keeps (FRAME's `finalize`).
    /// - Parameter state: the block's state.
    /// - Returns: the block's number, parent hash and digest.
    /// - Throws: `DispatchError.corruption` or `.unavailable` when the state cannot be read.
    public func finalize(in state: inout Overlay) throws(DispatchError)
        -> (number: BlockNumber, parentHash: H256, digest: [DigestItem])
    {
        Storage.executionPhase.kill(in: &state)
        Storage.allExtrinsicsLength.kill(in: &state)
        Storage.extrinsicCount.kill(in: &state)
        let number = try Storage.number.value(in: &state)
        let expired = Int64(number) - Int64(configuration.blockHashCount) - 1
        if expired > 0 { Storage.blockHash.remove(BlockNumber(expired), in: &state) }
        return (number, try Storage.parentHash.value(in: &state), try Storage.digest.value(in: &state))
    }

    /// The nonce the account's next transaction must carry.
    /// - Parameters:
    ///   - account: the account.
    ///   - state: the block's state.
    /// - Returns: the account's nonce, 0 for an account that does not exist.
    /// - Throws: `DispatchError.corruption` or `.unavailable` when the state cannot be read.
    public func accountNonce(of account: AccountId32, in state: inout Overlay) throws(DispatchError) -> UInt32 {
        try Storage.account.value(account, in: &state).nonce
    }
}
