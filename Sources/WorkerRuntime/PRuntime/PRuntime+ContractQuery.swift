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
    /// - Parameter query: the query as the client sent it.
    /// - Returns: the contract's `ContractResult`, encrypted to the client.
    /// - Throws: `EnclaveError.noContractCluster` (also before initialization), or `.contractQueryRejected`
    ///   for an undecryptable, unsigned, expired or replayed query.
    func contractQuery(_ query: EncryptedContractQuery) throws(EnclaveError) -> EncryptedContractResponse {
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
        let outcome: ExecutionOutcome
        if let cluster = current.state.clusters.values.first(where: { $0.state.contract(at: contract) != nil }) {
            let executor = clusterServices(for: current.identity).services(for: cluster).executor
            outcome = cluster.query(
                signed.query.payload, on: contract, origin: signed.query.origin, block: current.state.contractBlock,
                executor: executor)
        } else {
            outcome = .failed(.contracts(.contractNotFound))
        }
        return reply.sealResponse(outcome.contractResultEncoded())
    }
}
