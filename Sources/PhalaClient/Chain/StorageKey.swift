import PhalaCrypto
import PhalaPrimitives

/// The storage keys the typed client reads (substrate-rpc.md §3): `twox128(pallet) ‖ twox128(item)`,
/// then the hashed map key.
enum StorageKey {
    /// `System.Account(account)`: the map key is hashed with `blake2_128_concat`.
    static func systemAccount(_ account: AccountId32) -> [UInt8] {
        prefix("System", "Account") + Hashing.blake2_128Concat(account.bytes)
    }

    /// `System.Events`: the block's event records.
    static let systemEvents = prefix("System", "Events")

    private static func prefix(_ pallet: String, _ item: String) -> [UInt8] {
        Hashing.twox128(Array(pallet.utf8)) + Hashing.twox128(Array(item.utf8))
    }
}
