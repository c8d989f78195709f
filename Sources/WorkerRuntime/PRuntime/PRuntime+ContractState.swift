import EnclaveAPI
import LightClient
import PhalaPrimitives

extension PRuntime {
    /// Answers what may be said about a hosted contract: its cluster, code, block and a keyed commitment
    /// to its storage (never the storage or its plain root).
    /// - Parameter contract: the contract's address.
    /// - Returns: the summary, or `nil` when no cluster of this worker has the contract.
    /// - Throws: `EnclaveError.notInitialized` before `initialize`.
    func contractState(_ contract: AccountId32) throws(EnclaveError) -> ContractStateSummary? {
        let current = try requireSession()
        let block = current.state.dispatched.number
        for cluster in current.state.clusters.values {
            if let summary = cluster.stateSummary(of: contract, at: block) { return summary }
        }
        return nil
    }
}
