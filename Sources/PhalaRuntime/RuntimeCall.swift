public import PalletBalances
public import PalletComputation
public import PalletPhatContracts
public import PalletStakePools
public import PalletMessageQueue
public import PalletRegistry
public import PalletSudo
public import PalletSystem
public import PalletTimestamp
public import PalletUtility
public import RuntimeSupport
public import SCALE

/// Any call this runtime accepts: the pallet's index, then the pallet's call (`construct_runtime!`'s
/// `RuntimeCall`).
///
/// SCALE: `pallet index ‖ call index ‖ arguments`. Pallets without calls (TransactionPayment, Aura,
/// Grandpa) have no case; their indices decode as `.unknownVariant`.
public indirect enum RuntimeCall: Dispatchable {
    /// Index 0.
    case system(System.Call)
    /// Index 1.
    case balances(Balances.Call)
    /// Index 2.
    case timestamp(Timestamp.Call)
    /// Index 6.
    case sudo(Sudo<RuntimeCall>.Call)
    /// Index 7.
    case utility(Utility<RuntimeCall>.Call)
    /// Index 8.
    case registry(Registry.Call)
    /// Index 9.
    case messageQueue(MessageQueue.Call)
    /// Index 10.
    case computation(Computation.Call)
    /// Index 11.
    case stakePools(StakePools.Call)
    /// Index 12.
    case phatContracts(PhatContracts.Call)

    /// The call's weight, class and fee rule.
    public var dispatchInfo: DispatchInfo {
        switch self {
        case .system(let call): call.dispatchInfo
        case .balances(let call): call.dispatchInfo
        case .timestamp(let call): call.dispatchInfo
        case .sudo(let call): call.dispatchInfo
        case .utility(let call): call.dispatchInfo
        case .registry(let call): call.dispatchInfo
        case .messageQueue(let call): call.dispatchInfo
        case .computation(let call): call.dispatchInfo
        case .stakePools(let call): call.dispatchInfo
        case .phatContracts(let call): call.dispatchInfo
        }
    }

    /// Whether the call is an inherent: put into the block by its author, unsigned.
    public var isInherent: Bool {
        if case .timestamp = self { return true }
        return false
    }
}

extension RuntimeCall: ScaleCodable {
    /// Appends the pallet index and the pallet's call.
    public func encode(to encoder: inout ScaleEncoder) {
        switch self {
        case .system(let call):
            encoder.encode(variantIndex: PalletIndex.system)
            encoder.encode(call)
        case .balances(let call):
            encoder.encode(variantIndex: PalletIndex.balances)
            encoder.encode(call)
        case .timestamp(let call):
            encoder.encode(variantIndex: PalletIndex.timestamp)
            encoder.encode(call)
        case .sudo(let call):
            encoder.encode(variantIndex: PalletIndex.sudo)
            encoder.encode(call)
        case .utility(let call):
            encoder.encode(variantIndex: PalletIndex.utility)
            encoder.encode(call)
        case .registry(let call):
            encoder.encode(variantIndex: PalletIndex.registry)
            encoder.encode(call)
        case .messageQueue(let call):
            encoder.encode(variantIndex: PalletIndex.messageQueue)
            encoder.encode(call)
        case .computation(let call):
            encoder.encode(variantIndex: PalletIndex.computation)
            encoder.encode(call)
        case .stakePools(let call):
            encoder.encode(variantIndex: PalletIndex.stakePools)
            encoder.encode(call)
        case .phatContracts(let call):
            encoder.encode(variantIndex: PalletIndex.phatContracts)
            encoder.encode(call)
        }
    }

    /// Reads the pallet index and that pallet's call.
    public init(from decoder: inout ScaleDecoder) throws(ScaleDecodingError) {
        let pallet = try decoder.decodeVariantIndex()
        switch pallet {
        case PalletIndex.system: self = .system(try decoder.decode())
        case PalletIndex.balances: self = .balances(try decoder.decode())
        case PalletIndex.timestamp: self = .timestamp(try decoder.decode())
        case PalletIndex.sudo: self = .sudo(try decoder.decode())
        case PalletIndex.utility: self = .utility(try decoder.decode())
        case PalletIndex.registry: self = .registry(try decoder.decode())
        case PalletIndex.messageQueue: self = .messageQueue(try decoder.decode())
        case PalletIndex.computation: self = .computation(try decoder.decode())
        case PalletIndex.stakePools: self = .stakePools(try decoder.decode())
        case PalletIndex.phatContracts: self = .phatContracts(try decoder.decode())
        default: throw decoder.unknownVariant(pallet, of: RuntimeCall.self)
        }
    }
}

extension Runtime: CallDispatching {
    /// Dispatches `call` from `origin` in its own storage transaction, so a failing call leaves no
    /// writes (FRAME makes every dispatchable transactional).
    /// - Parameters:
    ///   - call: the call.
    ///   - origin: who makes it.
    ///   - state: the block's state.
    /// - Throws: the call's `DispatchError`.
    public func dispatch(_ call: RuntimeCall, origin: Origin, in state: inout Overlay) throws(DispatchError) {
        try state.transactional { (state: inout Overlay) throws(DispatchError) in
            switch call {
            case .system(let call): try system.dispatch(call, origin: origin, in: &state)
            case .balances(let call): try balances.dispatch(call, origin: origin, in: &state)
            case .timestamp(let call): try timestamp.dispatch(call, origin: origin, in: &state)
            case .sudo(let call): try sudo.dispatch(call, origin: origin, in: &state, dispatcher: self)
            case .utility(let call): try utility.dispatch(call, origin: origin, in: &state, dispatcher: self)
            case .registry(let call): try registry.dispatch(call, origin: origin, in: &state)
            case .messageQueue(let call): try messageQueue.dispatch(call, origin: origin, in: &state)
            case .computation(let call): try computation.dispatch(call, origin: origin, in: &state)
            case .stakePools(let call): try stakePools.dispatch(call, origin: origin, in: &state)
            case .phatContracts(let call): try phatContracts.dispatch(call, origin: origin, in: &state)
            }
        }
    }
}
