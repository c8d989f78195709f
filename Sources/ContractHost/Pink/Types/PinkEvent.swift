public import PhalaPrimitives
public import SCALE

/// A side effect a contract asks the worker for, emitted as a contract event under pink's topic (pink-abi.md §5.4).
///
/// Uses the current numbering with explicit indices 2…12; indices 0 and 1 belonged to the legacy `Message`
/// and old `SetHook` variants and decode as an error (the worker logs "invalid pink event" and carries on).
public enum PinkEvent: Sendable, Hashable, ScaleCodable {
    /// When a hooked contract is called.
    public enum HookPoint: UInt8, Sendable, Hashable, CaseIterable, ScaleByteEnum {
        /// At the end of every block (variant 0).
        case onBlockEnd = 0
    }

    /// Calls `contract` with `selector` at `hook`, with a gas limit (2; system contract only).
    case setHook(hook: HookPoint, contract: AccountId32, selector: UInt32, gasLimit: UInt64)
    /// Deploys SideVM code to a contract (3; system contract only).
    case deploySidevmTo(contract: AccountId32, codeHash: H256)
    /// Sends a message to the emitting contract's SideVM (4).
    case sidevmMessage([UInt8])
    /// Changes the emitting contract's worker-local cache (5).
    case cacheOperation(CacheOp)
    /// Stops the emitting contract's SideVM (6).
    case stopSidevm
    /// Stops another contract's SideVM (7; system contract only).
    case forceStopSidevm(contract: AccountId32)
    /// Names the cluster's log-server contract (8; system contract only).
    case setLogHandler(AccountId32)
    /// Sets a contract's scheduling weight (9; system contract only).
    case setContractWeight(contract: AccountId32, weight: UInt32)
    /// Upgrades the cluster's pink runtime (10; system contract only).
    case upgradeRuntimeTo(major: UInt32, minor: UInt32)
    /// A SideVM operation (11; system contract only), kept as its raw SCALE bytes: this host runs no
    /// SideVM, so the payload is carried through undecoded. It takes every byte after the index.
    case sidevmOperation(encoded: [UInt8])
    /// Sets the code hash of the cluster's JavaScript runtime (12; system contract only).
    case setJsRuntime(H256)

    /// The single topic that marks a contract event as a pink event: SCALE `"phala.pink.event"`
    /// (0x40 then the 16 ASCII bytes), zero-padded to 32 bytes.
    public static let topic: H256 = {
        var bytes = String("phala.pink.event").scaleEncoded()
        bytes += [UInt8](repeating: 0, count: 32 - bytes.count)
        guard let topic = try? H256(bytes: bytes) else { preconditionFailure("the pink topic is 32 bytes") }
        return topic
    }()

    /// Whether only the system contract may emit this event; the worker ignores it from any other contract.
    public var isPrivileged: Bool {
        switch self {
        case .setHook, .deploySidevmTo, .forceStopSidevm, .setLogHandler, .setContractWeight, .upgradeRuntimeTo,
            .sidevmOperation, .setJsRuntime:
            true
        case .sidevmMessage, .cacheOperation, .stopSidevm: false
        }
    }

    /// Whether a query may keep this event (pink-abi.md §5.4); a query drops every other side effect.
    public var isAllowedInQuery: Bool {
        switch self {
        case .deploySidevmTo, .sidevmMessage, .cacheOperation, .stopSidevm, .forceStopSidevm, .sidevmOperation: true
        case .setHook, .setLogHandler, .setContractWeight, .upgradeRuntimeTo, .setJsRuntime: false
        }
    }
}
