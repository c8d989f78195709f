import PhalaCrypto
public import PhalaPrimitives
import SCALE

/// The pallet-controlled accounts of pools and W-PHA, derived exactly as Phala does (phala-facts.md §0.3).
///
/// "prefix + H" is SCALE((prefix bytes, 32-byte hash)) cut or zero-padded to 32 bytes: the prefix,
/// then the leading bytes of the hash.
public enum PoolAccounts {
    /// The W-PHA backing account, `"wpha/"` followed by 27 zero bytes (`WrappedBalancesAccountId`).
    public static let wrappedBalances = padded(Array("wpha/".utf8))

    /// The computation subsidy pool, `"modl" ‖ "phala/pp"` and zeros (`PalletId(*b"phala/pp")`).
    public static let subsidyPool = padded(Array("modlphala/pp".utf8))

    /// A pool's free-stake account, `"bp/" ‖ blake2_256(SCALE(pid, owner))` (`generate_staker_account`).
    /// - Parameters:
    ///   - pid: the pool id.
    ///   - owner: the pool's owner.
    /// - Returns: the account.
    public static func poolAccount(pid: UInt64, owner: AccountId32) -> AccountId32 {
        derived("bp/", hashing: pid, owner.raw)
    }

    /// A stake pool's owner reward account, `"so/" ‖ blake2_256(SCALE(pid, owner))`.
    /// - Parameters:
    ///   - pid: the pool id.
    ///   - owner: the pool's owner.
    /// - Returns: the account.
    public static func ownerRewardAccount(pid: UInt64, owner: AccountId32) -> AccountId32 {
        derived("so/", hashing: pid, owner.raw)
    }

    /// A stake pool's lock account for computing stake, `"sl/" ‖ blake2_256(SCALE(pid, owner))`.
    /// - Parameters:
    ///   - pid: the pool id.
    ///   - owner: the pool's owner.
    /// - Returns: the account.
    public static func lockAccount(pid: UInt64, owner: AccountId32) -> AccountId32 {
        derived("sl/", hashing: pid, owner.raw)
    }

    /// The session sub-account of `worker` in pool `pid`, `"spm/" ‖ blake2_256(SCALE(pid, worker))`
    /// (`pool_sub_account`).
    /// - Parameters:
    ///   - pid: the pool id.
    ///   - worker: the worker's public key.
    /// - Returns: the account.
    public static func sessionAccount(pid: UInt64, worker: FixedBytes<32>) -> AccountId32 {
        derived("spm/", hashing: pid, worker)
    }

    /// `prefix ‖ blake2_256(SCALE(pid, key))`, cut to 32 bytes.
    private static func derived(_ prefix: String, hashing pid: UInt64, _ key: FixedBytes<32>) -> AccountId32 {
        var encoder = ScaleEncoder()
        encoder.encode(tuple: pid, key)
        return padded(Array(prefix.utf8) + Hashing.blake2_256(encoder.bytes))
    }

    /// The first 32 bytes of `bytes`, zero-padded.
    private static func padded(_ bytes: [UInt8]) -> AccountId32 {
        let cut = Array((bytes + [UInt8](repeating: 0, count: 32)).prefix(32))
        guard let raw = try? FixedBytes<32>(cut) else { preconditionFailure("the cut is 32 bytes by construction") }
        return AccountId32(raw)
    }
}
