public import PhalaPrimitives
public import SCALE

/// The balance part of an account, stored inside `System.Account` (pallet-balances' `AccountData`).
///
/// FRAME keeps balances in System's account record so an account is one storage entry; System owns the
/// entry and Balances reads and writes this part through `SystemAccess`. SCALE: four u128s,
/// `free ‖ reserved ‖ frozen ‖ flags` (the last 64 bytes of the 80-byte `AccountInfo`).
public struct AccountData: Sendable, Hashable {
    /// The balance the account can use, including any frozen part.
    public var free: Balance
    /// The balance set aside by pallets (deposits); it cannot be spent until unreserved.
    public var reserved: Balance
    /// The part of `free` that may not go below this amount for transfers (freezes, locks).
    public var frozen: Balance
    /// pallet-balances' `ExtraFlags`; bit 127 marks the "new logic" account format.
    public var flags: UInt128

    /// The flags of an account in pallet-balances' current format: bit 127 set.
    public static let newLogicFlags: UInt128 = 1 << 127

    /// Creates account data; an empty account in the current format by default.
    public init(
        free: Balance = .zero,
        reserved: Balance = .zero,
        frozen: Balance = .zero,
        flags: UInt128 = newLogicFlags
    ) {
        self.free = free
        self.reserved = reserved
        self.frozen = frozen
        self.flags = flags
    }

    /// Free plus reserved: what the existential deposit is measured against.
    public var total: Balance { free.saturatingAdding(reserved) }

    /// The free balance that may be moved out: `free − frozen`, or zero.
    public var transferable: Balance { free.saturatingSubtracting(frozen) }
}

extension AccountData: ScaleCodable {
    /// Appends free, reserved, frozen and flags as little-endian u128s.
    public func encode(to encoder: inout ScaleEncoder) {
        encoder.encode(tuple: free, reserved, frozen, flags)
    }

    /// Reads the four u128s.
    public init(from decoder: inout ScaleDecoder) throws(ScaleDecodingError) {
        free = try decoder.decode()
        reserved = try decoder.decode()
        frozen = try decoder.decode()
        flags = try decoder.decode()
    }
}
