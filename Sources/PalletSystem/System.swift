public import RuntimeSupport

/// The System pallet: accounts, block bookkeeping and events — the records every other pallet and
/// every client relies on (FRAME's `frame_system`).
///
/// ## Overview
/// System keeps one record per account (nonce, reference counts, and the balance data Balances
/// manages through `SystemAccess`), the current block's number, parent hash and digest, the hashes of
/// recent blocks (for mortal transactions), the block's consumed weight and length, and the block's
/// events. The executive drives it: `initialize` at the start of a block, `noteAppliedExtrinsic` after
/// each extrinsic, `finalize` at the end.
///
/// ## Terminology
/// - *Provider*: a reason for an account to exist (Balances provides one while the balance is at or
///   above the existential deposit). An account with no provider and no sufficient is deleted.
/// - *Consumer*: a reason an account must keep existing (a hold, a freeze); it needs a provider.
/// - *Phase*: the part of the block an event belongs to (`Phase`).
///
/// ## Assumptions
/// - Events are not recorded in block 0 (genesis), as FRAME does.
/// - `ExtrinsicData` is not kept in state: the executive holds the extrinsics and roots them itself.
///   FRAME removes them again at the end of the block, so the committed state is the same.
/// - `set_code` and the storage-editing calls are not offered: this runtime is native, not Wasm.
///
/// ## Storage (prefix `"System"`)
/// - `Account`: `blake2_128Concat(AccountId32)` → `AccountInfo` (80 bytes), default empty.
/// - `ExtrinsicCount`: `u32`, during finalization only.
/// - `BlockWeight`: `PerDispatchClass<Weight>`, the weight consumed by the current block.
/// - `AllExtrinsicsLen`: `u32`, the length of the current block's extrinsics.
/// - `BlockHash`: `twox64Concat(BlockNumber)` → `H256`, the last `blockHashCount` blocks and block 0.
/// - `Number`, `ParentHash`, `Digest`: the current block's header fields.
/// - `Events`: `Vec<EventRecord>`, reset at the start of every block; `EventCount`: `u32`.
/// - `LastRuntimeUpgrade`: `{Compact<u32> spec_version, String spec_name}`.
/// - `UpgradedToU32RefCount`, `UpgradedToTripleRefCount`: `bool`, true from genesis.
/// - `ExecutionPhase`: `Phase` of the block being executed.
/// - well-known `:extrinsic_index`: `u32`, the index of the extrinsic being applied.
public struct System: Pallet, SystemAccess {
    /// The pallet's name and storage prefix.
    public static let name = "System"

    /// The pallet's index in the runtime.
    public let index: UInt8
    /// The pallet's constants.
    public let configuration: Configuration

    /// Creates the pallet.
    /// - Parameters:
    ///   - index: its index in the runtime.
    ///   - configuration: its constants.
    public init(index: UInt8, configuration: Configuration = Configuration()) {
        self.index = index
        self.configuration = configuration
    }
}
