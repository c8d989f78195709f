import EnclaveAPI
import Hummingbird
import JSONRPC
import PhalaPrimitives

extension WorkerAPI {
    /// Serves `GET /contracts/{id}`: what the worker may say about a contract it hosts, as JSON
    /// `{"contract", "cluster", "codeHash", "blockNumber", "storageCommitment"}` (hex, the contract also
    /// as `ss58`). Workers of one cluster at the same block report the same `storageCommitment`.
    ///
    /// | status | reason | when |
    /// |---|---|---|
    /// | 400 | `malformedContractId` | the id is neither 0x-hex of 32 bytes nor an SS58 address |
    /// | 404 | `contractNotFound` | no cluster of this worker has the contract |
    /// | 503 | `unavailable` | the enclave is not initialized |
    /// - Parameter id: the path's contract id.
    func contractState(id: String) async -> Response {
        let contract: AccountId32
        if let bytes = try? FixedBytes<32>(hex: id) {
            contract = AccountId32(bytes)
        } else if let address = try? AccountId32(ss58: id) {
            contract = address
        } else {
            return Self.queryFailure(
                "\(id) is not a contract id: give its address as 0x-prefixed hex of 32 bytes or in SS58",
                reason: "malformedContractId",
                status: .badRequest
            )
        }
        do {
            guard let summary = try await enclave.contractState(contract) else {
                return Self.queryFailure(
                    "no cluster of this worker has contract \(contract.ss58); ask a worker of the contract's cluster",
                    reason: "contractNotFound",
                    status: .notFound
                )
            }
            return Self.json(
                [
                    "contract": .string(Hex.encode(summary.contract.bytes)),
                    "ss58": .string(summary.contract.ss58),
                    "cluster": .string(Hex.encode(summary.cluster.bytes)),
                    "codeHash": .string(Hex.encode(summary.codeHash.bytes)),
                    "blockNumber": .integer(Int64(summary.blockNumber)),
                    "storageCommitment": .string(Hex.encode(summary.storageCommitment.bytes)),
                ],
                status: .ok
            )
        } catch {
            return Self.queryFailure(error.description, reason: "unavailable", status: .serviceUnavailable)
        }
    }
}
