public import PhalaPrimitives
public import RuntimeSupport
public import SCALE

/// The Aura pallet: the authorities that take turns authoring blocks, and the current slot (FRAME's
/// `pallet_aura`).
///
/// ## Overview
/// Every header carries one `PreRuntime` digest (engine `aura`) with the slot it was authored in. At
/// the start of each block Aura reads it, checks that it is later than the parent's slot, and stores
/// it; when the Timestamp inherent sets the time, Aura checks that `time / slotDuration` is that slot.
/// The author of slot `s` is `Authorities[s mod count]`, read by the node from the parent's state.
///
/// ## Terminology
/// - *Slot*: a window of `slotDuration` milliseconds since the Unix epoch; at most one block per slot.
///
/// ## Assumptions
/// - Authority keys are sr25519 (`sp_consensus_aura::sr25519::AuthorityId`).
/// - Changing the authority set is left to a later session pallet.
///
/// ## Storage (prefix `"Aura"`)
/// - `Authorities`: `Vec<[u8; 32]>`, the authority public keys in authoring order.
/// - `CurrentSlot`: `u64`, the slot of the current block, default 0.
public struct Aura: Pallet, TimestampObserving {
    /// The pallet's name and storage prefix.
    public static let name = "Aura"
    /// The `aura` consensus engine id of Aura's digests.
    public static let engine = DigestItem.auraEngine

    /// The pallet's index in the runtime.
    public let index: UInt8
    /// Where the block's digest is read.
    public let system: any SystemAccess
    /// The pallet's constants.
    public let configuration: Configuration

    /// Creates the pallet.
    /// - Parameters:
    ///   - index: its index in the runtime.
    ///   - system: the block's digest (System).
    ///   - configuration: its constants.
    public init(index: UInt8, system: any SystemAccess, configuration: Configuration) {
        self.index = index
        self.system = system
        self.configuration = configuration
    }

    /// Aura's constants.
    ///
    /// | key | type | default |
    /// |---|---|---|
    /// | `slotDuration` | `UInt64` | none: the slot length in ms (1000 for the dev chain) |
    public struct Configuration: Sendable {
        /// The length of a slot in milliseconds.
        public var slotDuration: UInt64

        /// Creates the configuration.
        /// - Parameter slotDuration: the slot length in ms; must be positive.
        public init(slotDuration: UInt64) {
            precondition(slotDuration > 0, "an Aura slot lasts at least one millisecond")
            self.slotDuration = slotDuration
        }
    }

    /// Aura's storage items.
    public enum Storage {
        /// The authority public keys in authoring order.
        public static let authorities = StorageValue<[FixedBytes<32>]>(
            pallet: Aura.name,
            name: "Authorities",
            default: []
        )
        /// The slot of the current block.
        public static let currentSlot = StorageValue<UInt64>(pallet: Aura.name, name: "CurrentSlot", default: 0)
    }

    /// The slot a header's digest claims: the one `aura` pre-runtime item, as a little-endian u64.
    /// - Parameter digest: the header's digest.
    /// - Returns: the slot, or nil when the digest has no Aura pre-runtime item.
    /// - Throws: `DispatchError.other` for two Aura pre-runtime items or one that is not a u64.
    public static func slot(in digest: [DigestItem]) throws(DispatchError) -> UInt64? {
        var found: UInt64?
        for case .preRuntime(let itemEngine, let data) in digest where itemEngine == engine {
            guard found == nil else { throw .other("Multiple Aura pre-runtime headers") }
            do { found = try UInt64(scaleDecoding: data) } catch {
                throw .other("Aura pre-runtime digest is not a u64 slot")
            }
        }
        return found
    }

    /// Reads the block's slot from its digest and stores it.
    ///
    /// Failure condition: a slot not later than the parent's — `DispatchError.other("Slot must
    /// increase")`, which makes the block invalid.
    public func onInitialize(_ number: BlockNumber, in state: inout Overlay) throws(DispatchError) -> Weight {
        guard let slot = try Self.slot(in: try system.digest(in: &state)) else { return .zero }
        guard try Storage.currentSlot.value(in: &state) < slot else { throw .other("Slot must increase") }
        Storage.currentSlot.set(slot, in: &state)
        return Weight(refTime: 5_000_000)
    }

    /// Checks the block's time falls in its slot.
    ///
    /// Failure condition: `moment / slotDuration` differs from `CurrentSlot` — `DispatchError.other`.
    public func timestampSet(_ moment: UInt64, in state: inout Overlay) throws(DispatchError) {
        guard moment / configuration.slotDuration == (try Storage.currentSlot.value(in: &state)) else {
            throw .other("Timestamp slot must match `CurrentSlot`")
        }
    }

    /// Aura's genesis: the initial authorities.
    public struct Genesis: Sendable, Hashable {
        /// The sr25519 public keys, in authoring order.
        public var authorities: [FixedBytes<32>]

        /// Creates the genesis configuration.
        public init(authorities: [FixedBytes<32>]) {
            self.authorities = authorities
        }

        /// Writes `Authorities`.
        /// - Parameter state: the genesis state.
        public func build(in state: inout Overlay) {
            Storage.authorities.set(authorities, in: &state)
        }
    }
}
