public import PhalaPrimitives
public import SCALE

/// What the chain tells the gatekeepers on `phala/cluster/event` (Phala's
/// `phala_types::contract::messaging::ClusterEvent`).
public enum ClusterEvent: Sendable, Hashable, ScaleCodable {
    /// Index 0, `DeployCluster`: derive the cluster key and distribute it to `workers`.
    case deployCluster(DeployCluster)

    /// The fields of `DeployCluster`, in Phala's order.
    public struct DeployCluster: Sendable, Hashable {
        /// The cluster's owner.
        public var owner: AccountId32
        /// The new cluster's id.
        public var cluster: H256
        /// The workers that will run it.
        public var workers: [WorkerIdentity]
        /// The owner's deposit moved into the cluster, in planck.
        public var deposit: UInt128
        /// The gas price.
        public var gasPrice: UInt128
        /// The storage deposit per item.
        public var depositPerItem: UInt128
        /// The storage deposit per byte.
        public var depositPerByte: UInt128
        /// The account that collects the cluster's fees.
        public var treasuryAccount: AccountId32

        /// Sets every field.
        /// - Parameters:
        ///   - owner: the owner.
        ///   - cluster: the cluster id.
        ///   - workers: the workers' keys.
        ///   - deposit: the deposit.
        ///   - gasPrice: the gas price.
        ///   - depositPerItem: the deposit per item.
        ///   - depositPerByte: the deposit per byte.
        ///   - treasuryAccount: the fee collector.
        public init(
            owner: AccountId32,
            cluster: H256,
            workers: [WorkerIdentity],
            deposit: UInt128,
            gasPrice: UInt128,
            depositPerItem: UInt128,
            depositPerByte: UInt128,
            treasuryAccount: AccountId32
        ) {
            self.owner = owner
            self.cluster = cluster
            self.workers = workers
            self.deposit = deposit
            self.gasPrice = gasPrice
            self.depositPerItem = depositPerItem
            self.depositPerByte = depositPerByte
            self.treasuryAccount = treasuryAccount
        }
    }

    /// Appends the variant index and the fields.
    public func encode(to encoder: inout ScaleEncoder) {
        switch self {
        case .deployCluster(let deploy):
            encoder.encode(variantIndex: 0)
            encoder.encode(tuple: deploy.owner, deploy.cluster, deploy.workers, deploy.deposit)
            encoder.encode(tuple: deploy.gasPrice, deploy.depositPerItem, deploy.depositPerByte, deploy.treasuryAccount)
        }
    }

    /// Reads an event; other indices are `.unknownVariant`.
    public init(from decoder: inout ScaleDecoder) throws(ScaleDecodingError) {
        let variant = try decoder.decodeVariantIndex()
        guard variant == 0 else { throw decoder.unknownVariant(variant, of: ClusterEvent.self) }
        self = .deployCluster(
            DeployCluster(
                owner: try decoder.decode(),
                cluster: try decoder.decode(),
                workers: try decoder.decode(),
                deposit: try decoder.decode(),
                gasPrice: try decoder.decode(),
                depositPerItem: try decoder.decode(),
                depositPerByte: try decoder.decode(),
                treasuryAccount: try decoder.decode()
            )
        )
    }
}
