import Messaging
import PhalaPrimitives
import RuntimeSupport
import SCALE

// The users' side of clusters: money in, code up, contracts instantiated and messages to them.

extension PhatContracts {
    /// `transfer_to_cluster`: `amount` from `sender` to the cluster account (keep-alive), announced to
    /// the workers as `ClusterOperation.deposit` on `phala/cluster/key`, then `Transfered`.
    func transferToCluster(
        _ amount: Balance,
        from sender: AccountId32,
        cluster: H256,
        to account: AccountId32,
        in state: inout Overlay
    ) throws(DispatchError) {
        if amount > .zero {
            try currency.withdraw(amount, from: sender, keepAlive: true, in: &state)
            try currency.deposit(amount, into: Self.clusterAccount(cluster), in: &state)
        }
        let operation = ClusterOperation.deposit(clusterId: cluster, account: account, amount: amount.planck)
        try messages.publish(operation.scaleEncoded(), to: .clusterKey, in: &state)
        try deposit(.transfered(cluster: cluster, account: H256(account.raw), amount: amount), in: &state)
    }

    /// `cluster_upload_resource`: after the permission and size checks, `ClusterOperation.uploadResource`
    /// on `phala/cluster/key`. Phala deposits no event for it.
    func uploadResource(
        _ data: [UInt8],
        of type: ResourceType,
        to cluster: H256,
        from sender: AccountId32,
        in state: inout Overlay
    ) throws(DispatchError) {
        try ensureAllowed(sender, in: cluster, in: &state)
        guard data.count <= type.sizeLimit else { throw dispatchError(Error.payloadTooLarge) }
        let operation = ClusterOperation.uploadResource(
            origin: sender,
            clusterId: cluster,
            resourceType: type,
            resourceData: data
        )
        try messages.publish(operation.scaleEncoded(), to: .clusterKey, in: &state)
    }

    /// `push_contract_message`: a non-zero `deposit` goes to the contract's cluster for `sender` (the
    /// contract must then be known, as in Phala; without a deposit it is not looked up), then `payload`
    /// goes out on `phala/contract/<hex id>/command` from `MessageOrigin.accountId(sender)`.
    func pushContractMessage(
        _ payload: [UInt8],
        to contract: H256,
        deposit: Balance,
        from sender: AccountId32,
        in state: inout Overlay
    ) throws(DispatchError) {
        if deposit > .zero {
            guard let info = try Storage.contracts.get(contract, in: &state) else {
                throw dispatchError(Error.contractNotFound)
            }
            try transferToCluster(deposit, from: sender, cluster: info.cluster, to: sender, in: &state)
        }
        try messages.publish(payload, to: .contractCommand(contract), fromAccount: sender, in: &state)
    }

    /// `instantiate_contract` after the origin check: the permission check, the optional deposit, the
    /// contract id by pink's formula recorded in `Contracts`, `ContractOperation.instantiateCode` on
    /// `phala/contract/op`, then `Instantiating`.
    func instantiate(
        _ contract: ContractInfo,
        transfer: Balance,
        gasLimit: UInt64,
        storageDepositLimit: Balance?,
        deposit: Balance,
        in state: inout Overlay
    ) throws(DispatchError) {
        let deployer = contract.deployer
        let cluster = contract.clusterId
        try ensureAllowed(deployer, in: cluster, in: &state)
        if deposit > .zero {
            try transferToCluster(deposit, from: deployer, cluster: cluster, to: deployer, in: &state)
        }
        let id = Self.contractId(
            deployer: deployer,
            codeHash: contract.codeIndex.codeHash,
            cluster: cluster,
            salt: contract.salt
        )
        guard try !Storage.contracts.contains(id, in: &state) else { throw dispatchError(Error.duplicatedContract) }
        Storage.contracts.insert(BasicContractInfo(deployer: deployer, cluster: cluster), for: id, in: &state)
        let operation = ContractOperation.instantiateCode(
            contractInfo: contract,
            transfer: transfer.planck,
            gasLimit: gasLimit,
            storageDepositLimit: storageDepositLimit?.planck
        )
        try messages.publish(operation.scaleEncoded(), to: .contractOperation, in: &state)
        try self.deposit(.instantiating(contract: id, cluster: cluster, deployer: deployer), in: &state)
    }

    /// Throws `ClusterNotFound` for an unknown cluster and `ClusterPermissionDenied` when its permission
    /// excludes `account` (Phala's `check_cluster_permission`).
    private func ensureAllowed(_ account: AccountId32, in cluster: H256, in state: inout Overlay) throws(DispatchError)
    {
        guard let info = try Storage.clusters.get(cluster, in: &state) else {
            throw dispatchError(Error.clusterNotFound)
        }
        guard info.permission.allows(account) else { throw dispatchError(Error.clusterPermissionDenied) }
    }
}
