public import AsyncHTTPClient
import JSONRPC
import NIOCore
import NIOHTTP1
public import PhalaCrypto
public import PhalaPrimitives
import SCALE

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Sends encrypted, signed Phat Contract queries to one worker's HTTP API and returns the contract's
/// answers.
///
/// Each query is signed by the caller's account (so the contract sees a real caller), carries a fresh
/// nonce and an expiry `Configuration.queryLifetime` from now, and is encrypted to the worker's
/// identity key with a fresh ephemeral key (`ContractQueryCipher`); the worker's untrusted host sees
/// neither the call nor the answer. The answer is encrypted to the same session, so it can only come
/// from the worker's enclave.
///
/// ```swift
/// let worker = try ContractQueryClient(workerURL: "http://127.0.0.1:8000", workerKey: workerKey)
/// let answer = try await worker.query(contract: contract, payload: selector + arguments, signer: alice)
/// ```
public struct ContractQueryClient: Sendable {
    /// The worker API's base URL, e.g. `http://127.0.0.1:8000`.
    public let workerURL: String
    /// The worker's sr25519 identity key (`publicKey` in its `/info`), which queries are encrypted to.
    public let workerKey: Sr25519.PublicKey
    let configuration: Configuration
    let httpClient: HTTPClient
    let unixTimeMillis: @Sendable () -> UInt64

    /// Creates a client for one worker.
    /// - Parameters:
    ///   - workerURL: the worker API's base URL, `http://` or `https://`.
    ///   - workerKey: the worker's identity public key.
    ///   - configuration: query lifetime, timeout and size limit.
    ///   - httpClient: the HTTP client to send with; the process-wide shared one by default.
    ///   - unixTimeMillis: the current time in unix milliseconds, for the query's expiry; the system's
    ///     real-time clock by default.
    /// - Throws: `ContractQueryClientError` of kind `.invalidURL` for a URL that is not http(s) with a host.
    public init(
        workerURL: String,
        workerKey: Sr25519.PublicKey,
        configuration: Configuration = Configuration(),
        httpClient: HTTPClient = .shared,
        unixTimeMillis: @escaping @Sendable () -> UInt64 = ContractQueryClient.systemUnixTimeMillis
    ) throws(ContractQueryClientError) {
        let scheme = workerURL.hasPrefix("http://") ? 7 : workerURL.hasPrefix("https://") ? 8 : nil
        guard let scheme, workerURL.count > scheme, workerURL.dropFirst(scheme).first != "/" else {
            throw .invalidURL(workerURL)
        }
        self.workerURL = workerURL.hasSuffix("/") ? String(workerURL.dropLast()) : workerURL
        self.workerKey = workerKey
        self.configuration = configuration
        self.httpClient = httpClient
        self.unixTimeMillis = unixTimeMillis
    }

    /// Queries a contract as the signer's account and returns the contract's answer.
    /// - Parameters:
    ///   - contract: the contract to query.
    ///   - payload: the message: its 4-byte selector followed by the SCALE arguments.
    ///   - signer: the asking account's sr25519 key pair.
    /// - Returns: the answer's bytes, decrypted.
    /// - Throws: `ContractQueryClientError`: `.couldNotConnect`, `.timedOut`, `.rejected` (with the
    ///   worker's status and reason), `.malformedResponse`, or `.query` when the answer does not open.
    public func query(
        contract: AccountId32,
        payload: [UInt8],
        signer: Sr25519.KeyPair
    ) async throws(ContractQueryClientError) -> [UInt8] {
        let lifetime = configuration.queryLifetime.components
        let lifetimeMillis =
            UInt64(clamping: lifetime.seconds) &* 1000 &+ UInt64(clamping: lifetime.attoseconds / 1_000_000_000_000_000)
        let signed = SignedContractQuery(
            contract: contract,
            payload: payload,
            notAfterMillis: unixTimeMillis() &+ lifetimeMillis,
            signedBy: signer
        )
        return try await send(signed)
    }

    /// Encrypts an already signed query to the worker, sends it, and opens the answer.
    /// - Parameter signed: the signed query (for signatures made elsewhere, such as a wallet).
    /// - Returns: the answer's bytes, decrypted.
    /// - Throws: `ContractQueryClientError`, as `query(contract:payload:signer:)`; `.query` also when the
    ///   worker key is unusable.
    public func send(_ signed: SignedContractQuery) async throws(ContractQueryClientError) -> [UInt8] {
        let request: EncryptedContractQuery
        let session: ContractQuerySession
        do {
            (request, session) = try ContractQueryCipher.seal(signed, to: workerKey)
        } catch {
            throw .query(error)
        }
        let response = try await post(request)
        do {
            return try session.openResponse(response)
        } catch {
            throw .query(error)
        }
    }

    /// Posts an encrypted query to the worker's `POST /contracts/query` and returns its encrypted answer.
    /// - Parameter query: the encrypted query.
    /// - Returns: the encrypted answer, as the worker sent it.
    /// - Throws: `ContractQueryClientError`: `.couldNotConnect`, `.timedOut`, `.rejected`, `.malformedResponse`.
    public func post(_ query: EncryptedContractQuery) async throws(ContractQueryClientError)
        -> EncryptedContractResponse
    {
        var request = HTTPClientRequest(url: workerURL + "/contracts/query")
        request.method = .POST
        request.headers.add(name: "Content-Type", value: "application/octet-stream")
        request.body = .bytes(ByteBuffer(bytes: query.scaleEncoded()))
        let status: UInt
        let body: ByteBuffer
        do {
            let response = try await httpClient.execute(request, timeout: Self.timeAmount(configuration.timeout))
            status = response.status.code
            body = try await response.body.collect(upTo: configuration.maxResponseBytes)
        } catch let error as HTTPClientError where error == .deadlineExceeded {
            throw .timedOut(workerURL, after: configuration.timeout)
        } catch is NIOTooManyBytesError {
            throw .malformedResponse("it is larger than \(configuration.maxResponseBytes) bytes")
        } catch {
            throw .couldNotConnect(workerURL, reason: "\(error)")
        }
        let bytes = Array(body.readableBytesView)
        guard status == 200 else { throw Self.rejection(status: Int(status), body: bytes) }
        do {
            return try EncryptedContractResponse(scaleDecoding: bytes)
        } catch {
            throw .malformedResponse("\(error)")
        }
    }

    /// The current unix time in milliseconds from the system's real-time clock.
    /// - Returns: milliseconds since 1970-01-01 UTC.
    @Sendable public static func systemUnixTimeMillis() -> UInt64 {
        var now = timespec()
        clock_gettime(CLOCK_REALTIME, &now)
        return UInt64(clamping: now.tv_sec) &* 1000 &+ UInt64(clamping: now.tv_nsec / 1_000_000)
    }

    /// The worker's refusal, from its JSON `{"error", "reason"}` body when it has one.
    static func rejection(status: Int, body: [UInt8]) -> ContractQueryClientError {
        let json = try? JSONValue(parsing: body)
        let message = json?["error"]?.string ?? "no explanation given"
        return .rejected(status: status, reason: json?["reason"]?.string, message: message)
    }

    /// A `Duration` as NIO's `TimeAmount`.
    static func timeAmount(_ duration: Duration) -> TimeAmount {
        let (seconds, attoseconds) = duration.components
        return .nanoseconds(seconds &* 1_000_000_000 &+ attoseconds / 1_000_000_000)
    }
}
