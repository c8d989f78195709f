import EnclaveAPI
import PhalaPrimitives

extension PRuntime {
    /// Answers a client's encrypted contract query from the contract cluster this worker hosts.
    ///
    /// This runtime hosts no contract cluster yet, so it refuses every query without reading it.
    /// - Parameter query: the query as the client sent it.
    /// - Returns: the contract's reply, encrypted to the client.
    /// - Throws: `EnclaveError.noContractCluster`.
    func contractQuery(_ query: EncryptedContractQuery) throws(EnclaveError) -> EncryptedContractResponse {
        throw .noContractCluster
    }
}
