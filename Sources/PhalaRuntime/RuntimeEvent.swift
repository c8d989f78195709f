public import PalletBalances
public import PalletComputation
public import PalletGrandpa
public import PalletMessageQueue
public import PalletPhatContracts
public import PalletRegistry
public import PalletStakePools
public import PalletSudo
public import PalletSystem
public import PalletTransactionPayment
public import PalletUtility
public import SCALE

/// Any event this runtime deposits: the pallet's index, then the pallet's event (`RuntimeEvent`).
///
/// Pallets deposit their events already encoded; this type reads them back, for tests and for
/// native clients of `System.Events` (`[EventRecord<RuntimeEvent>]`).
public enum RuntimeEvent: Sendable, Hashable {
    /// Index 0.
    case system(System.Event)
    /// Index 1.
    case balances(Balances.Event)
    /// Index 3.
    case transactionPayment(TransactionPayment.Event)
    /// Index 5.
    case grandpa(Grandpa.Event)
    /// Index 6.
    case sudo(Sudo<RuntimeCall>.Event)
    /// Index 7.
    case utility(Utility<RuntimeCall>.Event)
    /// Index 8.
    case registry(Registry.Event)
    /// Index 9.
    case messageQueue(MessageQueue.Event)
    /// Index 10.
    case computation(Computation.Event)
    /// Index 11.
    case stakePools(StakePools.Event)
    /// Index 12.
    case phatContracts(PhatContracts.Event)
}

extension RuntimeEvent: ScaleCodable {
    /// Appends the pallet index and the pallet's event.
    public func encode(to encoder: inout ScaleEncoder) {
        switch self {
        case .system(let event):
            encoder.encode(variantIndex: PalletIndex.system)
            encoder.encode(event)
        case .balances(let event):
            encoder.encode(variantIndex: PalletIndex.balances)
            encoder.encode(event)
        case .transactionPayment(let event):
            encoder.encode(variantIndex: PalletIndex.transactionPayment)
            encoder.encode(event)
        case .grandpa(let event):
            encoder.encode(variantIndex: PalletIndex.grandpa)
            encoder.encode(event)
        case .sudo(let event):
            encoder.encode(variantIndex: PalletIndex.sudo)
            encoder.encode(event)
        case .utility(let event):
            encoder.encode(variantIndex: PalletIndex.utility)
            encoder.encode(event)
        case .registry(let event):
            encoder.encode(variantIndex: PalletIndex.registry)
            encoder.encode(event)
        case .messageQueue(let event):
            encoder.encode(variantIndex: PalletIndex.messageQueue)
            encoder.encode(event)
        case .computation(let event):
            encoder.encode(variantIndex: PalletIndex.computation)
            encoder.encode(event)
        case .stakePools(let event):
            encoder.encode(variantIndex: PalletIndex.stakePools)
            encoder.encode(event)
        case .phatContracts(let event):
            encoder.encode(variantIndex: PalletIndex.phatContracts)
            encoder.encode(event)
        }
    }

    /// Reads the pallet index and that pallet's event.
    public init(from decoder: inout ScaleDecoder) throws(ScaleDecodingError) {
        // Built by a function that returns the value: assigning `self = .case(try …)` case by case made
        // Swift 6.3's debug build destroy an uninitialized `self` once `PhatContracts.Event` grew.
        self = try Self.decoded(from: &decoder)
    }

    /// The event `init(from:)` reads: the pallet index, then that pallet's event.
    private static func decoded(from decoder: inout ScaleDecoder) throws(ScaleDecodingError) -> RuntimeEvent {
        let pallet = try decoder.decodeVariantIndex()
        switch pallet {
        case PalletIndex.system: return .system(try decoder.decode())
        case PalletIndex.balances: return .balances(try decoder.decode())
        case PalletIndex.transactionPayment: return .transactionPayment(try decoder.decode())
        case PalletIndex.grandpa: return .grandpa(try decoder.decode())
        case PalletIndex.sudo: return .sudo(try decoder.decode())
        case PalletIndex.utility: return .utility(try decoder.decode())
        case PalletIndex.registry: return .registry(try decoder.decode())
        case PalletIndex.messageQueue: return .messageQueue(try decoder.decode())
        case PalletIndex.computation: return .computation(try decoder.decode())
        case PalletIndex.stakePools: return .stakePools(try decoder.decode())
        case PalletIndex.phatContracts: return .phatContracts(try decoder.decode())
        default: throw decoder.unknownVariant(pallet, of: RuntimeEvent.self)
        }
    }
}
