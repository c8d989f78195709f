public import PhalaPrimitives
public import RuntimeSupport
public import SCALE

extension Balances {
    /// Balances' calls, with pallet-balances' call indices and argument names.
    public enum Call: PalletCall {
        /// Index 0, `transfer_allow_death{dest, value: Compact<u128>}`: moves `value` from the signer;
        /// the signer may be left below the existential deposit and removed.
        case transferAllowDeath(dest: MultiAddress, value: Balance)
        /// Index 2, `force_transfer{source, dest, value: Compact<u128>}`: root moves funds between any
        /// two accounts.
        case forceTransfer(source: MultiAddress, dest: MultiAddress, value: Balance)
        /// Index 3, `transfer_keep_alive{dest, value: Compact<u128>}`: as `transfer_allow_death`, but the
        /// signer must stay at or above the existential deposit.
        case transferKeepAlive(dest: MultiAddress, value: Balance)
        /// Index 4, `transfer_all{dest, keep_alive: bool}`: moves everything the signer can move.
        case transferAll(dest: MultiAddress, keepAlive: Bool)
        /// Index 5, `force_unreserve{who, amount: u128}`: root unreserves up to `amount`.
        case forceUnreserve(who: MultiAddress, amount: Balance)
        /// Index 8, `force_set_balance{who, new_free: Compact<u128>}`: root sets a free balance,
        /// minting or burning the difference.
        case forceSetBalance(who: MultiAddress, newFree: Balance)

        /// The call's name in metadata.
        public var name: String {
            switch self {
            case .transferAllowDeath: "transfer_allow_death"
            case .forceTransfer: "force_transfer"
            case .transferKeepAlive: "transfer_keep_alive"
            case .transferAll: "transfer_all"
            case .forceUnreserve: "force_unreserve"
            case .forceSetBalance: "force_set_balance"
            }
        }

        /// The call's weight, class and fee rule.
        public var dispatchInfo: DispatchInfo {
            switch self {
            case .transferAllowDeath: DispatchInfo(weight: Weights.transferAllowDeath)
            case .forceTransfer: DispatchInfo(weight: Weights.forceTransfer)
            case .transferKeepAlive: DispatchInfo(weight: Weights.transferKeepAlive)
            case .transferAll: DispatchInfo(weight: Weights.transferAll)
            case .forceUnreserve: DispatchInfo(weight: Weights.forceUnreserve)
            case .forceSetBalance: DispatchInfo(weight: Weights.forceSetBalance)
            }
        }
    }
}

extension Balances.Call: ScaleCodable {
    /// Appends the call index and the arguments.
    public func encode(to encoder: inout ScaleEncoder) {
        switch self {
        case .transferAllowDeath(let dest, let value):
            encoder.encode(variantIndex: 0)
            encoder.encode(tuple: dest, Compact(value))
        case .forceTransfer(let source, let dest, let value):
            encoder.encode(variantIndex: 2)
            encoder.encode(tuple: source, dest, Compact(value))
        case .transferKeepAlive(let dest, let value):
            encoder.encode(variantIndex: 3)
            encoder.encode(tuple: dest, Compact(value))
        case .transferAll(let dest, let keepAlive):
            encoder.encode(variantIndex: 4)
            encoder.encode(tuple: dest, keepAlive)
        case .forceUnreserve(let who, let amount):
            encoder.encode(variantIndex: 5)
            encoder.encode(tuple: who, amount)
        case .forceSetBalance(let who, let newFree):
            encoder.encode(variantIndex: 8)
            encoder.encode(tuple: who, Compact(newFree))
        }
    }

    /// Reads one call; an index this runtime does not offer is `.unknownVariant`.
    public init(from decoder: inout ScaleDecoder) throws(ScaleDecodingError) {
        let variant = try decoder.decodeVariantIndex()
        switch variant {
        case 0: self = .transferAllowDeath(dest: try decoder.decode(), value: Balance(try decoder.decode()))
        case 2:
            self = .forceTransfer(
                source: try decoder.decode(),
                dest: try decoder.decode(),
                value: Balance(try decoder.decode())
            )
        case 3: self = .transferKeepAlive(dest: try decoder.decode(), value: Balance(try decoder.decode()))
        case 4: self = .transferAll(dest: try decoder.decode(), keepAlive: try decoder.decode())
        case 5: self = .forceUnreserve(who: try decoder.decode(), amount: try decoder.decode())
        case 8: self = .forceSetBalance(who: try decoder.decode(), newFree: Balance(try decoder.decode()))
        default: throw decoder.unknownVariant(variant, of: Balances.Call.self)
        }
    }
}
