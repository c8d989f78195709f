import EnclaveAPI
import PhalaCrypto
import PhalaPrimitives
import SCALE

/// A stand-in enclave that answers contract queries as the real one does around the contract: it opens
/// each query with the worker's key, refuses a repeated nonce, and answers `"answer:" ‖ payload`
/// sealed to the query's session — or refuses everything with `refusal`. It records every request it
/// was given, as the host passed it.
actor ContractQueryEnclave: Enclave {
    /// The worker's identity key pair.
    let workerKey: Sr25519.KeyPair
    /// The error to refuse every query with, if any.
    let refusal: EnclaveError?
    /// Every request's bytes, in order.
    private(set) var received: [[UInt8]] = []
    /// Every query opened, in order.
    private(set) var opened: [SignedContractQuery] = []
    private var nonces: Set<FixedBytes<32>> = []

    init(workerKey: Sr25519.KeyPair, refusal: EnclaveError? = nil) {
        self.workerKey = workerKey
        self.refusal = refusal
    }

    /// The answer the enclave gives to a query with `payload`.
    static func answer(to payload: [UInt8]) -> [UInt8] { Array("answer:".utf8) + payload }

    func call(_ request: [UInt8]) async -> [UInt8] {
        received.append(request)
        guard case .contractQuery(let query)? = try? EnclaveRequest(scaleDecoding: request) else {
            return EnclaveReply.encode(.failure(.malformedRequest(reason: "only contract queries are served here")))
        }
        if let refusal { return EnclaveReply.encode(.failure(refusal)) }
        do {
            let (signed, session) = try ContractQueryCipher.open(query, with: workerKey)
            guard nonces.insert(signed.query.nonce).inserted else {
                return EnclaveReply.encode(.failure(.contractQueryRejected(.replayed, detail: "seen before")))
            }
            opened.append(signed)
            let answer = session.sealResponse(Self.answer(to: signed.query.payload))
            return EnclaveReply.encode(.success(.contractQueryAnswered(answer)))
        } catch {
            return EnclaveReply.encode(.failure(.contractQueryRejected(error)))
        }
    }
}
