public import PhalaPrimitives
public import SCALE

/// A runtime module: its name, its place in the runtime, and the hooks the executive runs around
/// every block (FRAME's `#[pallet::pallet]` with `#[pallet::hooks]`).
///
/// A pallet is a value holding its `Configuration` (constants and the capabilities it needs); its state
/// lives in the block's `Overlay` under its storage prefix. Calls, events, errors, storage, genesis and
/// invariants are nested types in their own files, the same in every pallet. Dispatch is not part of
/// this protocol because its shape differs (Sudo and Utility need a dispatcher for the runtime's calls);
/// the runtime's `RuntimeCall` calls each pallet's `dispatch` explicitly, as `construct_runtime!` does.
public protocol Pallet: Sendable {
    /// The pallet's name in metadata, which is also its storage prefix (e.g. `"Balances"`).
    static var name: String { get }

    /// The pallet's index in the runtime: the first byte of its calls, events and module errors.
    var index: UInt8 { get }

    /// Runs before the block's first extrinsic.
    /// - Parameters:
    ///   - number: the block's number.
    ///   - state: the block's state.
    /// - Returns: the weight the hook used.
    /// - Throws: `DispatchError`, which makes the block invalid.
    func onInitialize(_ number: BlockNumber, in state: inout Overlay) throws(DispatchError) -> Weight

    /// Runs after the block's last extrinsic.
    /// - Parameters:
    ///   - number: the block's number.
    ///   - state: the block's state.
    /// - Throws: `DispatchError`, which makes the block invalid.
    func onFinalize(_ number: BlockNumber, in state: inout Overlay) throws(DispatchError)
}

extension Pallet {
    /// Does nothing and weighs nothing.
    public func onInitialize(_ number: BlockNumber, in state: inout Overlay) throws(DispatchError) -> Weight { .zero }

    /// Does nothing.
    public func onFinalize(_ number: BlockNumber, in state: inout Overlay) throws(DispatchError) {}

    /// The chain-visible error for one of this pallet's errors: `DispatchError.module` with this
    /// pallet's index.
    /// - Parameter error: the pallet's error case.
    /// - Returns: the dispatch error to throw.
    public func dispatchError(_ error: some PalletError) -> DispatchError {
        .module(ModuleError(index: index, error: error.rawValue))
    }

    /// One of this pallet's events as the runtime's outer event: this pallet's index, then the event.
    /// - Parameter event: the pallet's event.
    /// - Returns: the encoded outer event, ready for `EventDepositing.deposit(_:in:)`.
    public func encodedEvent(_ event: some ScaleEncodable) -> EncodedEvent {
        EncodedEvent(pallet: index, event: event)
    }
}

/// A pallet's `Error` enum: a closed set of conditions with explicit, append-only `UInt8` indices that
/// reach the chain as `DispatchError.module`.
public protocol PalletError: RawRepresentable<UInt8>, Sendable, Hashable, CaseIterable {}

/// A pallet's `Call` enum: decodable from `call index ‖ arguments`, and declaring what each call costs.
public protocol PalletCall: ScaleCodable, Sendable, Hashable {
    /// The call's weight, class and fee rule.
    var dispatchInfo: DispatchInfo { get }
}
