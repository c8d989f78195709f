public import PhalaPrimitives
public import RuntimeSupport
import SCALE

/// The Grandpa pallet: the finality voters and their set id, and the digests that announce a new set
/// (FRAME's `pallet_grandpa`).
///
/// ## Overview
/// The voters of the current set, with their weights, live in `Authorities` and in the well-known key
/// `:grandpa_authorities` (which Phala's pRuntime and older relayers read with a proof). A change is
/// scheduled with delay 0: the block that calls `scheduleChange` switches the set, increments
/// `CurrentSetId`, and carries a `FRNK` `ScheduledChange` consensus digest; that block is finalized by the
/// old set, its children by the new one.
///
/// ## Terminology
/// - *Set id*: the number of the voter set, 0 at genesis, +1 per change; every vote signs it.
///
/// ## Assumptions
/// - Only standard changes with delay 0; no forced changes, pauses or equivocation reports.
///
/// ## Storage (prefix `"Grandpa"`)
/// - `Authorities`: `Vec<(ed25519 key [u8; 32], weight u64)>`.
/// - `CurrentSetId`: `u64`, default 0.
/// - `State`: `StoredState`, always `Live` (`00`).
/// - `SetIdSession`: `twox64Concat(u64)` → `u32`, set 0 at session 0.
/// - well-known `:grandpa_authorities`: `01 ‖ Vec<(key, weight)>` (`VersionedAuthorityList`).
public struct Grandpa: Pallet {
    /// The pallet's name and storage prefix.
    public static let name = "Grandpa"
    /// The `FRNK` consensus engine id of GRANDPA's digests.
    public static let engine = ConsensusEngineId(known: Array("FRNK".utf8))
    /// The well-known storage key of the versioned authority list.
    public static let authoritiesKey = Array(":grandpa_authorities".utf8)

    /// The pallet's index in the runtime.
    public let index: UInt8
    /// Where digests and events go.
    public let system: any SystemAccess

    /// Creates the pallet.
    /// - Parameters:
    ///   - index: its index in the runtime.
    ///   - system: the digest and event sink (System).
    public init(index: UInt8, system: any SystemAccess) {
        self.index = index
        self.system = system
    }

    /// Switches to a new voter set now (a standard change with delay 0): stores it, increments the set
    /// id, adds the `FRNK` `ScheduledChange` digest and emits `NewAuthorities`.
    /// - Parameters:
    ///   - authorities: the new voters.
    ///   - state: the block's state.
    /// - Throws: a state read failure.
    public func scheduleChange(to authorities: [Authority], in state: inout Overlay) throws(DispatchError) {
        try write(authorities, in: &state)
        try Storage.currentSetId.mutate(in: &state) { (setId: inout UInt64) throws(DispatchError) in setId += 1 }
        var log = ScaleEncoder()
        log.encode(variantIndex: 1)
        log.encode(tuple: authorities, BlockNumber(0))
        try system.depositLog(.consensus(engine: Self.engine, data: log.bytes), in: &state)
        try system.deposit(encodedEvent(Event.newAuthorities(authoritySet: authorities)), in: &state)
    }

    /// Stores the voter list in `Authorities` and `:grandpa_authorities`.
    func write(_ authorities: [Authority], in state: inout Overlay) throws(DispatchError) {
        Storage.authorities.set(authorities, in: &state)
        var versioned = ScaleEncoder()
        versioned.append(byte: 1)
        versioned.encode(authorities)
        state.set(versioned.bytes, forKey: Self.authoritiesKey)
    }
}
