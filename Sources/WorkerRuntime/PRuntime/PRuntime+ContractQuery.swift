import ContractHost
import EnclaveAPI
import Foundation
import PhalaCrypto
import PhalaPrimitives

extension PRuntime {
    /// Answers a client's encrypted contract query from the cluster that holds the contract.
    ///
    /// The query is opened with the worker's identity key, its origin's signature is checked, its
    /// nonce and expiry pass the replay guard, and the contract runs in query mode on a copy of the
    /// cluster's state with the origin as caller. The answer is pink's `ContractResult`, sealed to the
    /// client's session; a contract no hosted cluster knows is answered with `ContractNotFound`.
    ///
    /// Only the admission runs on the actor: the opening (ECDH, AES-GCM and the origin's signature, about
    /// 90 µs) runs on the calling thread, in parallel with other queries and with block processing, and
    /// the contract runs outside it too (`AdmittedContractQuery`), so a query that burns its whole gas
    /// limit holds up neither other queries nor block processing.
    /// - Parameter query: the query as the client sent it.
    /// - Returns: the contract's `ContractResult`, encrypted to the client.
    /// - Throws: `EnclaveError.noContractCluster` (also before initialization), or `.contractQueryRejected`
    ///   for an undecryptable, unsigned, expired or replayed query.
    func contractQuery(_ query: EncryptedContractQuery) async throws(EnclaveError) -> EncryptedContractResponse {
        let key = try queryKey()
        let opened = try await Self.open(query, with: key)
        return try await admit(opened.query, reply: opened.reply, openedBy: key.exposedValue.publicKey).answer()
    }

    /// The identity key queries are sealed to, when some cluster is hosted.
    /// - Throws: `EnclaveError.noContractCluster`.
    func queryKey() throws(EnclaveError) -> Secret<Sr25519.KeyPair> {
        guard let current = session, !current.state.clusters.isEmpty else { throw .noContractCluster }
        return current.identity.key
    }

    /// Decrypts a query with `key` and checks its origin's signature, off the actor.
    /// - Throws: `.contractQueryRejected` for an undecryptable, malformed or badly signed query.
    @concurrent static func open(
        _ query: EncryptedContractQuery, with key: Secret<Sr25519.KeyPair>
    ) async throws(EnclaveError) -> (query: SignedContractQuery, reply: ContractQuerySession) {
        do {
            return try ContractQueryCipher.open(query, with: key.exposedValue)
        } catch {
            throw .contractQueryRejected(error)
        }
    }

    /// Admits an opened query and takes what its execution needs: a copy of the cluster that holds the
    /// contract, the cluster's executor, the current block and the query gas limit.
    /// - Parameters:
    ///   - signed: the opened, signature-checked query.
    ///   - reply: the session its answer is sealed to.
    ///   - worker: the public key the query was opened with, which must still be this worker's.
    /// - Returns: the admitted query, ready to run anywhere.
    /// - Throws: as `contractQuery(_:)`.
    func admit(
        _ signed: SignedContractQuery, reply: ContractQuerySession, openedBy worker: Sr25519.PublicKey
    ) throws(EnclaveError) -> AdmittedContractQuery {
        guard let current = session, !current.state.clusters.isEmpty else { throw .noContractCluster }
        guard current.identity.key.exposedValue.publicKey == worker else {
            throw .contractQueryRejected(.undecryptableQuery)
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
