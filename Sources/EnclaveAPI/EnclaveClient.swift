public import Messaging
public import PhalaPrimitives
import SCALE

/// The host's typed handle on an `Enclave`: encodes each request, decodes the reply, and turns a
/// reply to the wrong request into `EnclaveError.malformedReply`.
public struct EnclaveClient: Sendable {
    /// The enclave behind the boundary.
    public let enclave: any Enclave

    /// Wraps an enclave.
    /// - Parameter enclave: the enclave (in-process or behind a transport).
    public init(_ enclave: any Enclave) {
        self.enclave = enclave
    }

    /// Sends one request and returns the decoded response.
    /// - Parameter request: the request.
    /// - Returns: the response.
    /// - Throws: `EnclaveError` from the enclave or for a reply that does not decode.
    public func send(_ request: EnclaveRequest) async throws(EnclaveError) -> EnclaveResponse {
        try EnclaveReply.decode(await enclave.call(request.scaleEncoded()))
    }

    /// Initializes (or resumes) the enclave.
    /// - Parameter request: the genesis, its proof and the operator.
    /// - Returns: the worker's keys and where it resumes.
    /// - Throws: `EnclaveError`.
    public func initialize(_ request: InitRequest) async throws(EnclaveError) -> InitResponse {
        guard case .initialized(let response) = try await send(.initialize(request)) else { throw unexpected("initialize") }
        return response
    }

    /// Feeds a justified header batch.
    /// - Parameter batch: the headers and the last one's justification.
    /// - Returns: the new finalized block number.
    /// - Throws: `EnclaveError.headerRejected` and others.
    public func syncHeaders(_ batch: HeaderBatch) async throws(EnclaveError) -> BlockNumber {
        guard case .synced(let number) = try await send(.syncHeaders(batch)) else { throw unexpected("syncHeaders") }
        return number
    }

    /// Feeds the changes of synced blocks.
    /// - Parameter blocks: the blocks' changes, in order.
    /// - Returns: what was dispatched.
    /// - Throws: `EnclaveError.blockRejected`, `.messageRejected` and others.
    public func dispatchBlocks(_ blocks: [BlockChanges]) async throws(EnclaveError) -> DispatchOutcome {
        guard case .dispatched(let outcome) = try await send(.dispatchBlocks(blocks)) else {
            throw unexpected("dispatchBlocks")
        }
        return outcome
    }

    /// Takes the messages waiting for the chain.
    /// - Returns: the signed messages.
    /// - Throws: `EnclaveError`.
    public func takeEgress() async throws(EnclaveError) -> [SignedMessage] {
        guard case .egress(let messages) = try await send(.takeEgress) else { throw unexpected("takeEgress") }
        return messages
    }

    /// Reports the chain's next expected sequences.
    /// - Parameter acknowledgements: per sender, the chain's `OffchainIngress`.
    /// - Throws: `EnclaveError`.
    public func acknowledgeEgress(_ acknowledgements: [EgressAcknowledgement]) async throws(EnclaveError) {
        guard case .acknowledged = try await send(.acknowledgeEgress(acknowledgements)) else {
            throw unexpected("acknowledgeEgress")
        }
    }

    /// Asks for the registration info and attestation.
    /// - Returns: what `register_worker_v2` needs.
    /// - Throws: `EnclaveError.notReady` before the first verified block, and others.
    public func runtimeInfo() async throws(EnclaveError) -> RuntimeInfo {
        guard case .runtimeInfo(let info) = try await send(.runtimeInfo) else { throw unexpected("runtimeInfo") }
        return info
    }

    /// Asks where the enclave is.
    /// - Returns: its status.
    /// - Throws: `EnclaveError`.
    public func status() async throws(EnclaveError) -> EnclaveStatus {
        guard case .status(let status) = try await send(.status) else { throw unexpected("status") }
        return status
    }

    /// Passes a client's encrypted contract query to the enclave, which decrypts, checks and runs it.
    /// - Parameter query: the query as the client sent it.
    /// - Returns: the contract's reply, encrypted to the client.
    /// - Throws: `EnclaveError.noContractCluster`, `.contractQueryRejected` and others.
    public func contractQuery(_ query: EncryptedContractQuery) async throws(EnclaveError) -> EncryptedContractResponse {
        guard case .contractQueryAnswered(let response) = try await send(.contractQuery(query)) else {
            throw unexpected("contractQuery")
        }
        return response
    }

    /// Asks what the enclave may say about a contract it hosts.
    /// - Parameter contract: the contract's address.
    /// - Returns: its summary, or `nil` when no cluster of this worker has the contract.
    /// - Throws: `EnclaveError.notInitialized` and others.
    public func contractState(_ contract: AccountId32) async throws(EnclaveError) -> ContractStateSummary? {
        guard case .contractState(let summary) = try await send(.contractState(contract)) else {
            throw unexpected("contractState")
        }
        return summary
    }

    /// The error for a reply that answers another request.
    private func unexpected(_ request: String) -> EnclaveError {
        .malformedReply(reason: "the reply does not answer \(request)")
    }
}
