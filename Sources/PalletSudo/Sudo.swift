public import PhalaPrimitives
public import RuntimeSupport
import SCALE

/// The Sudo pallet: one key account that may dispatch any call as root — the development chain's
/// stand-in for governance (FRAME's `pallet_sudo`).
///
/// ## Overview
/// `sudo(call)` dispatches `call` with the root origin when the signer holds the key, and reports the
/// inner call's outcome in `Sudid`; the sudo call itself succeeds either way, so the fee and nonce
/// are taken and a failed inner call changes nothing else. The pallet is generic over the runtime's
/// outer call type, which it carries and hands back to the runtime's dispatcher.
///
/// ## Terminology
/// - *Key*: the account allowed to use Sudo.
///
/// ## Assumptions
/// - The key pays the normal fee (FRAME makes successful sudo calls free with a post-dispatch refund;
///   this runtime has no refunds yet).
///
/// ## Storage (prefix `"Sudo"`)
/// - `Key`: `AccountId32`, optional.
public struct Sudo<RuntimeCall: Dispatchable>: Pallet {
    /// The pallet's name and storage prefix.
    public static var name: String { "Sudo" }

    /// The pallet's index in the runtime.
    public let index: UInt8
    /// Where events go.
    public let events: any EventDepositing

    /// Creates the pallet.
    /// - Parameters:
    ///   - index: its index in the runtime.
    ///   - events: the event sink (System).
    public init(index: UInt8, events: any EventDepositing) {
        self.index = index
        self.events = events
    }

    /// Sudo's storage items.
    public enum Storage {
        /// The sudo key.
        public static var key: StorageValue<AccountId32> { sudoKey }
    }

    /// Sudo's genesis: the key.
    public struct Genesis: Sendable, Hashable {
        /// The sudo key, or nil for none.
        public var key: AccountId32?

        /// Creates the genesis configuration.
        public init(key: AccountId32?) {
            self.key = key
        }

        /// Writes `Key`.
        /// - Parameter state: the genesis state.
        public func build(in state: inout Overlay) {
            if let key { Storage.key.set(key, in: &state) }
        }
    }

    /// Records one of Sudo's events.
    func deposit(_ event: Event, in state: inout Overlay) throws(DispatchError) {
        try events.deposit(encodedEvent(event), in: &state)
    }
}

/// `Sudo.Storage.key`, built once: generic types cannot hold static stored properties.
private let sudoKey = StorageValue<AccountId32>(pallet: "Sudo", name: "Key")
