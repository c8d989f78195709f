public import AsyncHTTPClient
import JSONRPC
import NIOCore
public import PhalaCrypto
import PhalaPrimitives

extension ContractQueryClient {
    /// Reads a worker's public key from its `/info`, for clients that know only the worker's URL.
    /// - Parameters:
    ///   - workerURL: the worker's HTTP API, e.g. `http://127.0.0.1:8000`.
    ///   - httpClient: the client to use.
    /// - Returns: the worker's sr25519 identity key, which queries are encrypted to.
    /// - Throws: `ContractQueryClientError` when the worker cannot be reached or has no key yet.
    public static func workerKey(
        of workerURL: String, httpClient: HTTPClient = .shared
    ) async throws(ContractQueryClientError) -> Sr25519.PublicKey {
        let base = workerURL.hasSuffix("/") ? String(workerURL.dropLast()) : workerURL
        let body: ByteBuffer
        do {
            let response = try await httpClient.execute(HTTPClientRequest(url: base + "/info"), timeout: .seconds(10))
            body = try await response.body.collect(upTo: 1 << 20)
        } catch {
            throw .couldNotConnect(workerURL, reason: "\(error)")
        }
        guard let hex = (try? JSONValue(parsing: Array(body.readableBytesView)))?["publicKey"]?.string,
            let bytes = try? Hex.decode(hex), let key = try? Sr25519.PublicKey(bytes: bytes)
        else {
            throw .malformedResponse("\(base)/info has no 32-byte publicKey; is the worker initialized?")
        }
        return key
    }
}
