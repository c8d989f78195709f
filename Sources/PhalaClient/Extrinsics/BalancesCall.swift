public import PhalaPrimitives
import SCALE

/// Encoded Balances calls for `ExtrinsicBuilder`, in this runtime's layout: Balances is pallet 1.
///
/// Each call is `pallet index ‖ call index ‖ MultiAddress.id(dest) ‖ Compact<u128>(value)`
/// (substrate-rpc.md §7.1).
public enum BalancesCall {
    /// Balances' index in the runtime.
    public static let palletIndex: UInt8 = 1

    /// `Balances.transfer_allow_death` (call 0): moves `value`, even if that leaves the sender below
    /// the existential deposit and so reaps its account.
    /// - Parameters:
    ///   - dest: the receiving account.
    ///   - value: the amount.
    /// - Returns: the encoded call.
    public static func transferAllowDeath(to dest: AccountId32, value: Balance) -> [UInt8] {
        transfer(callIndex: 0, to: dest, value: value)
    }

    /// `Balances.transfer_keep_alive` (call 3): moves `value`, but fails rather than let the sender's
    /// balance fall below the existential deposit.
    /// - Parameters:
    ///   - dest: the receiving account.
    ///   - value: the amount.
    /// - Returns: the encoded call.
    public static func transferKeepAlive(to dest: AccountId32, value: Balance) -> [UInt8] {
        transfer(callIndex: 3, to: dest, value: value)
    }

    private static func transfer(callIndex: UInt8, to dest: AccountId32, value: Balance) -> [UInt8] {
        var encoder = ScaleEncoder()
        encoder.append(byte: palletIndex)
        encoder.append(byte: callIndex)
        encoder.encode(tuple: MultiAddress.id(dest), Compact(value))
        return encoder.bytes
    }
}
