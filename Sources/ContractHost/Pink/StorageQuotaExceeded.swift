/// A cache write that would take a contract past its byte quota (pink-abi.md §5.2 id 6).
///
/// `cache_set` reports it to the contract as status 1 with empty output.
public struct StorageQuotaExceeded: Swift.Error, Sendable, Hashable, CustomStringConvertible {
    /// The status `cache_set` returns for it.
    public static let statusCode: UInt32 = 1

    /// Creates the error.
    public init() {}

    /// What happened and what to do.
    public var description: String {
        "the contract's cache quota is used up: remove or expire keys, or stake more to raise the quota"
    }
}
