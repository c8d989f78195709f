public import PhalaPrimitives
public import SCALE

/// An account's nonce, reference counts and balances, as `System.Account` stores them (frame-system's
/// `AccountInfo<u32, AccountData<u128>>`).
///
/// SCALE (80 bytes): `nonce u32 ‖ consumers u32 ‖ providers u32 ‖ sufficients u32 ‖ free u128 ‖
/// reserved u128 ‖ frozen u128 ‖ flags u128` (substrate-rpc.md §3). An account with no entry reads as
/// `AccountInfo.empty`.
public struct AccountInfo: Sendable, Hashable {
    /// How many transactions the account has sent: the nonce its next one must carry.
    public var nonce: UInt32
    /// How many modules depend on this account existing.
    public var consumers: UInt32
    /// How many modules keep this account alive (1 while it holds a balance).
    public var providers: UInt32
    /// Self-sufficient references (assets held without a native balance).
    public var sufficients: UInt32
    /// The balance that can be spent or transferred, subject to `frozen`.
    public var free: Balance
    /// The balance set aside (deposits, holds) and not spendable.
    public var reserved: Balance
    /// The part of `free` that may not drop below this amount (locks, freezes).
    public var frozen: Balance
    /// Account flags, as Substrate stores them.
    public var flags: UInt128

    /// Creates the record from its parts.
    public init(
        nonce: UInt32,
        consumers: UInt32,
        providers: UInt32,
        sufficients: UInt32,
        free: Balance,
        reserved: Balance,
        frozen: Balance,
        flags: UInt128
    ) {
        self.nonce = nonce
        self.consumers = consumers
        self.providers = providers
        self.sufficients = sufficients
        self.free = free
        self.reserved = reserved
        self.frozen = frozen
        self.flags = flags
    }

    /// What an account without a storage entry holds: nothing, nonce 0.
    public static let empty = AccountInfo(
        nonce: 0,
        consumers: 0,
        providers: 0,
        sufficients: 0,
        free: .zero,
        reserved: .zero,
        frozen: .zero,
        flags: 0
    )
}

extension AccountInfo: ScaleCodable {
    /// Appends the four counters and the four amounts.
    public func encode(to encoder: inout ScaleEncoder) {
        encoder.encode(tuple: nonce, consumers, providers, sufficients, free, reserved, frozen, flags)
    }

    /// Reads the four counters and the four amounts.
    public init(from decoder: inout ScaleDecoder) throws(ScaleDecodingError) {
        nonce = try decoder.decode()
        consumers = try decoder.decode()
        providers = try decoder.decode()
        sufficients = try decoder.decode()
        free = try decoder.decode()
        reserved = try decoder.decode()
        frozen = try decoder.decode()
        flags = try decoder.decode()
    }
}
