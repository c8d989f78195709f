public import PhalaPrimitives
public import SCALE

/// A cluster's record in `Clusters` (Phala's `ClusterInfo`, phala-facts.md §6.1).
public struct ClusterInfo: Sendable, Hashable, ScaleCodable {
    /// The account that created and owns the cluster.
    public var owner: AccountId32
    /// Who may deploy contracts in it.
    public var permission: ClusterPermission
    /// The cluster's system contract.
    public var systemContract: H256
    /// The gas price of contract transactions.
    public var gasPrice: UInt128
    /// The storage deposit per item.
    public var depositPerItem: UInt128
    /// The storage deposit per byte.
    public var depositPerByte: UInt128

    /// Sets every field.
    /// - Parameters:
    ///   - owner: the owner.
    ///   - permission: the deploy permission.
    ///   - systemContract: the system contract's id.
    ///   - gasPrice: the gas price.
    ///   - depositPerItem: the deposit per storage item.
    ///   - depositPerByte: the deposit per storage byte.
    public init(
        owner: AccountId32,
        permission: ClusterPermission,
        systemContract: H256,
        gasPrice: UInt128,
        depositPerItem: UInt128,
        depositPerByte: UInt128
    ) {
        self.owner = owner
        self.permission = permission
        self.systemContract = systemContract
        self.gasPrice = gasPrice
        self.depositPerItem = depositPerItem
        self.depositPerByte = depositPerByte
    }

    /// Appends the fields in declaration order.
    public func encode(to encoder: inout ScaleEncoder) {
        encoder.encode(tuple: owner, permission, systemContract)
        encoder.encode(tuple: gasPrice, depositPerItem, depositPerByte)
    }

    /// Reads the fields in declaration order.
    public init(from decoder: inout ScaleDecoder) throws(ScaleDecodingError) {
        self.init(
            owner: try decoder.decode(),
            permission: try decoder.decode(),
            systemContract: try decoder.decode(),
            gasPrice: try decoder.decode(),
            depositPerItem: try decoder.decode(),
            depositPerByte: try decoder.decode()
        )
    }
}
