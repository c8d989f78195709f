public import PhalaPrimitives
public import SCALE

/// What a worker may say about a contract it hosts without revealing its storage: the code it runs,
/// the block its state is at, and a commitment to that state.
///
/// Every worker of a cluster runs the same commands in the same order, so at the same block they report
/// the same commitment; an operator compares workers with it. The commitment is the contract's storage
/// root MACed with a key derived from the cluster's secret key (keyed BLAKE2b-256), because a plain root
/// of a small state (a flipper's one bool) would give the state away to anyone who hashes both guesses.
public struct ContractStateSummary: Sendable, Hashable {
    /// The contract's address.
    public var contract: AccountId32
    /// The cluster that runs it.
    public var cluster: H256
    /// The code it runs now.
    public var codeHash: H256
    /// The last block whose commands the state includes.
    public var blockNumber: BlockNumber
    /// Keyed BLAKE2b-256 of the contract's storage root under the cluster's commitment key.
    public var storageCommitment: H256

    /// Creates a summary.
    /// - Parameters:
    ///   - contract: the contract's address.
    ///   - cluster: its cluster.
    ///   - codeHash: the code it runs.
    ///   - blockNumber: the block its state is at.
    ///   - storageCommitment: the keyed commitment to its storage root.
    public init(contract: AccountId32, cluster: H256, codeHash: H256, blockNumber: BlockNumber, storageCommitment: H256) {
        self.contract = contract
        self.cluster = cluster
        self.codeHash = codeHash
        self.blockNumber = blockNumber
        self.storageCommitment = storageCommitment
    }
}

extension ContractStateSummary: ScaleCodable {
    /// Appends the fields in declaration order.
    public func encode(to encoder: inout ScaleEncoder) {
        encoder.encode(tuple: contract, cluster, codeHash, blockNumber, storageCommitment)
    }

    /// Reads the fields in declaration order.
    public init(from decoder: inout ScaleDecoder) throws(ScaleDecodingError) {
        contract = try decoder.decode()
        cluster = try decoder.decode()
        codeHash = try decoder.decode()
        blockNumber = try decoder.decode()
        storageCommitment = try decoder.decode()
    }
}
