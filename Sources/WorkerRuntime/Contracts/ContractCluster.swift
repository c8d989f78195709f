import ContractHost
import Messaging
import PalletPhatContracts
import PhalaCrypto
import PhalaPrimitives

/// A Phat Contract cluster this worker hosts: its key, its contracts' state, and the operations the
/// chain orders on it (phala-facts.md §6).
///
/// Every worker of the cluster applies the same operations in block order with the same executor,
/// so their `ClusterState`s, and each contract's storage root, stay identical. Queries run on a copy.
struct ContractCluster: Sendable {
    /// The cluster id, `H256::from_low_u64_be(counter)`.
    let id: H256
    /// The cluster key the gatekeeper derived and shared; contract keys derive from it.
    let key: Secret<Sr25519.KeyPair>
    /// Code, contracts, storage and balances.
    var state = ClusterState()

    /// The chain block an operation runs in: `seal0.block_number` and `seal0.now`.
    struct Block: Sendable {
        var number: UInt32
        var timestampMillis: UInt64
    }

    /// The key of a contract in this cluster: `derive(cluster_key, ["contract_key", id])` (§2 table).
    func contractKey(_ contract: AccountId32) -> Secret<Sr25519.KeyPair> {
        GatekeeperKeys.contractKey(clusterKey: key, contractID: H256(contract.raw))
    }

    /// The cluster account `blake2_256("cluster:" ‖ cluster_id)` the chain moves deposits to.
    var account: AccountId32 { AccountId32(H256.blake2_256(of: Array("cluster:".utf8) + id.bytes).raw) }

    /// Stores uploaded code after the executor's checks.
    /// - Returns: the code hash, or why the code was refused.
    mutating func upload(_ wasm: [UInt8], deterministic: Bool, executor: ContractExecutor) -> Result<H256, CodeRejection> {
        do {
            let code = try executor.validate(wasm, deterministic: deterministic)
            state.upload(code)
            return .success(code.hash)
        } catch {
            return .failure(error)
        }
    }

    /// Credits a deposit made on chain with `transfer_to_cluster` or `push_contract_message`.
    mutating func deposit(_ amount: UInt128, to account: AccountId32) {
        let credited = state.balance(of: account).planck.addingReportingOverflow(amount)
        state.setBalance(Balance(planck: credited.overflow ? .max : credited.partialValue), of: account)
    }

    /// Instantiates a contract the chain registered with `instantiate_contract`, as its deployer.
    mutating func instantiate(
        _ info: PalletPhatContracts.ContractInfo, transfer: UInt128, gasLimit: UInt64, block: Block, executor: ContractExecutor
    ) -> ExecutionOutcome {
        let context = ExecutionContext(
            mode: .transaction, origin: info.deployer, blockNumber: block.number, timestampMillis: block.timestampMillis,
            clusterID: id, gasLimit: gasLimit)
        let codeHash: H256
        switch info.codeIndex {
        case .wasmCode(let hash): codeHash = hash
        }
        let outcome = executor.instantiate(
            codeHash: codeHash, input: info.instantiateData, salt: info.salt,
            value: Balance(planck: transfer), context: context, store: state)
        state.apply(outcome.changes)
        return outcome
    }

    /// Runs a command pushed with `push_contract_message`, as its sender, and keeps its changes.
    mutating func run(
        _ command: ContractCommand, on contract: AccountId32, origin: AccountId32, block: Block, executor: ContractExecutor
    ) -> ExecutionOutcome {
        let context = ExecutionContext(
            mode: .transaction, origin: origin, blockNumber: block.number, timestampMillis: block.timestampMillis,
            clusterID: id, gasLimit: command.gasLimit)
        let outcome = executor.call(
            contract: contract, input: command.message, value: Balance(planck: command.transfer), context: context,
            store: state)
        state.apply(outcome.changes)
        return outcome
    }

    /// Runs a query on a copy of the state with `gasLimit` (clipped to the query maximum); nothing it
    /// does is kept.
    func query(
        _ payload: [UInt8], on contract: AccountId32, origin: AccountId32, block: Block, executor: ContractExecutor,
        gasLimit: UInt64 = ExecutionContext.defaultQueryGas
    ) -> ExecutionOutcome {
        let context = ExecutionContext(
            mode: .query, origin: origin, blockNumber: block.number, timestampMillis: block.timestampMillis, clusterID: id,
            gasLimit: gasLimit)
        return executor.call(contract: contract, input: payload, context: context, store: state)
    }
}
