public import PhalaPrimitives

/// The chain-side facts one execution runs under (pink-abi.md §6.5): who asked, in which mode, at
/// which block, and with how much gas.
public struct ExecutionContext: Sendable, Hashable {
    /// Query, estimating or transaction.
    public var mode: ExecutionMode
    /// The account that signed the command or query: the top frame's caller.
    public var origin: AccountId32
    /// The Phala block the execution belongs to; `seal0.block_number` returns it.
    public var blockNumber: UInt32
    /// The chain timestamp of that block in milliseconds; `seal0.now` returns it.
    public var timestampMillis: UInt64
    /// The cluster, part of every contract address (pink-abi.md §6.4).
    public var clusterID: H256
    /// The gas limit in ref_time units (picoseconds); clipped to the mode's maximum.
    public var gasLimit: UInt64

    /// The most ref_time a transaction or estimate may use: 2.5e12.
    public static let maximumTransactionGas: UInt64 = 2_500_000_000_000
    /// The most ref_time a query may use: 5e13 (pink clips the worker's 1e13 default to this).
    public static let maximumQueryGas: UInt64 = 50_000_000_000_000
    /// The gas a worker gives a query when the caller sets none: 1e13.
    public static let defaultQueryGas: UInt64 = 10_000_000_000_000

    /// Creates a context; `gasLimit` defaults to the mode's maximum and is clipped to it.
    public init(
        mode: ExecutionMode, origin: AccountId32, blockNumber: UInt32 = 0, timestampMillis: UInt64 = 0,
        clusterID: H256 = .zero, gasLimit: UInt64? = nil
    ) {
        self.mode = mode
        self.origin = origin
        self.blockNumber = blockNumber
        self.timestampMillis = timestampMillis
        self.clusterID = clusterID
        let ceiling = mode == .query ? Self.maximumQueryGas : Self.maximumTransactionGas
        let requested = gasLimit ?? (mode == .query ? Self.defaultQueryGas : ceiling)
        self.gasLimit = min(requested, ceiling)
    }
}
