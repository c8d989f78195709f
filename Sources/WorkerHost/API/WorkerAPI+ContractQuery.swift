import EnclaveAPI
import Hummingbird
import JSONRPC
import NIOCore
import PhalaPrimitives
import SCALE

extension WorkerAPI {
    /// Serves `POST /contracts/query`: passes a client's encrypted contract query to the enclave and
    /// returns the enclave's encrypted answer.
    ///
    /// The body is the SCALE bytes of an `EncryptedContractQuery` (content type
    /// `application/octet-stream`); a 200 answer's body is the SCALE bytes of an
    /// `EncryptedContractResponse`. The host cannot read either: it only checks that the body decodes.
    /// Failures are JSON `{"error": <what went wrong and what to do>, "reason": <kind>}`:
    ///
    /// | status | reason | when |
    /// |---|---|---|
    /// | 400 | `malformedBody` | the body is not an encrypted contract query |
    /// | 413 | `bodyTooLarge` | the body is over `Configuration.maxContractQueryBytes` |
    /// | 400 | `undecryptable`, `malformed`, `badSignature`, `expired`, `expiresTooLate` | the enclave refused it |
    /// | 409 | `replayed` | the enclave already answered this query |
    /// | 503 | `overloaded` | the enclave remembers as many live queries as it can |
    /// | 404 | `noContractCluster` | this worker hosts no contract cluster |
    /// | 503 | `unavailable` | the enclave is not initialized or not ready |
    /// | 500 | `enclaveError` | any other enclave failure |
    func contractQuery(_ request: Request) async -> Response {
        let body: ByteBuffer
        do {
            body = try await request.body.collect(upTo: configuration.maxContractQueryBytes)
        } catch is NIOTooManyBytesError {
            return Self.queryFailure(
                "the contract query is larger than this worker accepts (\(configuration.maxContractQueryBytes) bytes): "
                    + "send a smaller payload",
                reason: "bodyTooLarge",
                status: .contentTooLarge
            )
        } catch {
            return Self.queryFailure(
                "the contract query's body could not be read: \(error)",
                reason: "malformedBody",
                status: .badRequest
            )
        }
        let query: EncryptedContractQuery
        do {
            query = try EncryptedContractQuery(scaleDecoding: Array(body.readableBytesView))
        } catch {
            return Self.queryFailure(
                "the body is not the SCALE bytes of an encrypted contract query (\(error)): "
                    + "send ephemeral public key (32 bytes) ‖ IV (12 bytes) ‖ compact length ‖ ciphertext",
                reason: "malformedBody",
                status: .badRequest
            )
        }
        do {
            let answer = try await enclave.contractQuery(query)
            return Response(
                status: .ok,
                headers: [.contentType: "application/octet-stream"],
                body: ResponseBody(byteBuffer: ByteBuffer(bytes: answer.scaleEncoded()))
            )
        } catch {
            let (status, reason) = Self.queryFailureStatus(error)
            return Self.queryFailure(error.description, reason: reason, status: status)
        }
    }

    /// The status and reason word for an enclave's refusal of a query.
    static func queryFailureStatus(_ error: EnclaveError) -> (HTTPResponse.Status, String) {
        switch error {
        case .contractQueryRejected(.replayed, _): (.conflict, "replayed")
        case .contractQueryRejected(.overloaded, _): (.serviceUnavailable, "overloaded")
        case .contractQueryRejected(let kind, _): (.badRequest, "\(kind)")
        case .noContractCluster: (.notFound, "noContractCluster")
        case .notInitialized, .notReady: (.serviceUnavailable, "unavailable")
        default: (.internalServerError, "enclaveError")
        }
    }

    /// A JSON failure answer.
    static func queryFailure(_ message: String, reason: String, status: HTTPResponse.Status) -> Response {
        json(["error": .string(message), "reason": .string(reason)], status: status)
    }
}
