import ContractHost
import PalletPhatContracts
public import EnclaveAPI
public import PhalaCrypto
public import PhalaPrimitives

@_spi(Testing)
extension PRuntime {
    /// Makes this initialized runtime host a contract cluster that no chain ordered, with contracts
    /// instantiated in it: for tests and benchmarks of the query path, which need a worker answering
    /// contract queries without a chain, a gatekeeper and a cluster deployment.
    ///
    /// The code goes through the executor's checks and the constructors run as transactions from
    /// `owner` at the last dispatched block, as `uploadResource` and `instantiateCode` would do it;
    /// each contract gets the default local-cache quota. Only `@_spi(Testing)` importers see it.
    /// - Parameters:
    ///   - id: the cluster id.
    ///   - key: the cluster key contract keys derive from.
    ///   - owner: the account that deploys every contract.
    ///   - deposit: what `owner` holds in the cluster, in planck.
    ///   - contracts: each contract's Wasm code and its constructor call (selector and SCALE arguments).
    /// - Returns: the contracts' addresses, in the order given.
    /// - Throws: `EnclaveError.notInitialized` before `initialize`; `.malformedRequest` when a code is
    ///   refused or a constructor fails, with the reason.
    public func hostTestingCluster(
        id: H256, key: Sr25519.KeyPair, owner: AccountId32, deposit: UInt128,
        contracts: [(wasm: [UInt8], constructor: [UInt8])]
    ) throws(EnclaveError) -> [AccountId32] {
        var current = try requireSession()
        var cluster = ContractCluster(id: id, key: Secret(key))
        cluster.deposit(deposit, to: owner)
        let services = clusterServices(for: current.identity).services(for: cluster)
        var addresses: [AccountId32] = []
        for contract in contracts {
            let codeHash: H256
            switch cluster.upload(contract.wasm, deterministic: true, executor: services.executor) {
            case .success(let hash): codeHash = hash
            case .failure(let rejection): throw .malformedRequest(reason: "the code is refused: \(rejection.reason)")
            }
            let info = ContractInfo(
                deployer: owner, codeIndex: .wasmCode(codeHash), salt: [], clusterId: id,
                instantiateData: contract.constructor)
            let outcome = cluster.instantiate(
                info, transfer: 0, gasLimit: ExecutionContext.maximumTransactionGas, block: current.state.contractBlock,
                executor: services.executor)
            guard let address = outcome.instantiatedAddress else {
                throw .malformedRequest(reason: "the constructor failed: \(outcome.failureDescription)")
            }
            services.cache.setQuota(ClusterServices.defaultCacheQuota, for: address)
            addresses.append(address)
        }
        current.state.clusters[id] = cluster
        current.state.clusterPublicKeys[id] = key.publicKey.fixedBytes
        session = current
        return addresses
    }
}
