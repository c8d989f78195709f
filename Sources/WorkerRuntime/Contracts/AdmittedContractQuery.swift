import ContractHost
import PhalaPrimitives

/// A contract query the runtime has opened, verified and admitted, with everything its execution
/// needs, so that the contract runs outside the runtime's actor while other requests go on.
///
/// It holds a copy of the cluster taken at admission: a query never commits, so the copy is all it
/// reads, and blocks the runtime dispatches meanwhile neither see nor disturb it. The executor and its
/// caches are shared with the runtime and safe to use from any thread.
struct AdmittedContractQuery: Sendable {
    /// The cluster that holds the queried contract, and its executor.
    struct Target: Sendable {
        /// The cluster as it was when the query was admitted.
        let cluster: ContractCluster
        /// The cluster's executor.
        let executor: ContractExecutor
    }

    /// The query, its signature verified and its nonce admitted.
    let query: ContractQuery
    /// The client's session, which the answer is sealed to.
    let reply: ContractQuerySession
    /// Where the contract lives; nil when no hosted cluster holds it.
    let target: Target?
    /// The block the query runs at: the last one dispatched before admission.
    let block: ContractCluster.Block
    /// The gas the query may burn.
    let gasLimit: UInt64

    /// Runs the contract in query mode with the origin as caller, on the global executor rather than
    /// the caller's actor, and seals pink's `ContractResult` to the client.
    /// - Returns: the answer, encrypted to the client; `ContractNotFound` when no cluster holds the contract.
    @concurrent func answer() async -> EncryptedContractResponse {
        let outcome =
            if let target {
                target.cluster.query(
                    query.payload, on: query.contract, origin: query.origin, block: block, executor: target.executor,
                    gasLimit: gasLimit)
            } else {
                ExecutionOutcome.failed(.contracts(.contractNotFound))
            }
        return reply.sealResponse(outcome.contractResultEncoded())
    }
}
