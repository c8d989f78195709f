import ContractHost
import EnclaveAPI
import Foundation
import PhalaPrimitives

extension PRuntime {
    /// Answers a client's encrypted contract query from the cluster that holds the contract.
    ///
    /// The query is opened with the worker's identity key, its origin's signature is checked, its
    /// nonce and expiry pass the replay guard, and the contract runs in query mode on a copy of the
    /// cluster's state with the origin as caller. The answer is pink's `ContractResult`, sealed to the
    /// client's session; a contract no hosted cluster knows is answered with `ContractNotFound`.
    ///
    /// Only the admission runs on the actor; the contract runs outside it (`AdmittedContractQuery`), so
    /// a query that burns its whole gas limit holds up neither other queries nor block processing.
    /// - Parameter query: the query as the client sent it.
    /// - Returns: the contract's `ContractResult`, encrypted to the client.
    /// - Throws: `EnclaveError.noContractCluster` (also before initialization), or `.contractQueryRejected`
    ///   for an undecryptable, unsigned, expired or replayed query.
    func contractQuery(_ query: EncryptedContractQuery) async throws(EnclaveError) -> EncryptedContractResponse {
        try await admit(query).answer()
    }

    /// Opens, verifies and admits a query, and takes what its execution needs: a copy of the cluster
    /// that holds the contract, the cluster's executor, the current block and the query gas limit.
    /// - Parameter query: the query as the client sent it.
    /// - Returns: the admitted query, ready to run anywhere.
    /// - Throws: as `contractQuery(_:)`.
    func admit(_ query: EncryptedContractQuery) throws(EnclaveError) -> AdmittedContractQuery {
        guard let current = session, !current.state.clusters.isEmpty else { throw .noContractCluster }
        let signed: SignedContractQuery
        let reply: ContractQuerySession
        do {
            (signed, reply) = try ContractQueryCipher.open(query, with: current.identity.key.exposedValue)
        } catch {
            throw .contractQueryRejected(error)
        }
        do {
            try queryReplayGuard.admit(signed.query, nowMillis: UInt64(Date().timeIntervalSince1970 * 1000))
        } catch {
            throw error.enclaveError
        }
        let contract = signed.query.contract
        let target = current.state.clusters.values.first { $0.state.contract(at: contract) != nil }.map { cluster in
            AdmittedContractQuery.Target(
                cluster: cluster, executor: clusterServices(for: current.identity).services(for: cluster).executor)
        }
        return AdmittedContractQuery(
            query: signed.query, reply: reply, target: target, block: current.state.contractBlock,
            gasLimit: configuration.queryGasLimit)
    }
}
