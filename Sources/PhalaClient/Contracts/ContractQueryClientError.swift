public import PhalaPrimitives

/// Why a contract query through `ContractQueryClient` failed, with a message that says what to do.
///
/// A struct over a kind that may grow; compare `kind` with the static members of `Kind`. When the worker
/// answered with an error, `status` and `reason` hold its HTTP status and reason word; when signing,
/// sealing or opening failed, `queryError` holds why.
public struct ContractQueryClientError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The category of failure, for callers that react differently to each.
    public struct Kind: Sendable, Hashable {
        private let code: UInt8
        private init(_ code: UInt8) { self.code = code }

        /// The worker URL is not an `http://` or `https://` URL with a host.
        public static let invalidURL = Kind(0)
        /// The worker could not be reached, or the connection failed before the answer arrived.
        public static let couldNotConnect = Kind(1)
        /// No answer arrived within `Configuration.timeout`.
        public static let timedOut = Kind(2)
        /// The worker refused the query (see `status` and `reason`).
        public static let rejected = Kind(3)
        /// The worker answered 200 with something that is not an encrypted contract response.
        public static let malformedResponse = Kind(4)
        /// Signing or sealing the query, or opening the answer, failed (see `queryError`).
        public static let query = Kind(5)
    }

    /// What kind of failure this is.
    public let kind: Kind
    /// The worker's HTTP status, for `.rejected`.
    public let status: Int?
    /// The worker's reason word (`replayed`, `expired`, `noContractCluster`, …), for `.rejected`.
    public let reason: String?
    /// Why signing, sealing or opening failed, for `.query`.
    public let queryError: ContractQueryError?
    /// What went wrong and what to do about it.
    public let description: String

    init(
        _ kind: Kind,
        _ description: String,
        status: Int? = nil,
        reason: String? = nil,
        queryError: ContractQueryError? = nil
    ) {
        self.kind = kind
        self.description = description
        self.status = status
        self.reason = reason
        self.queryError = queryError
    }

    static func invalidURL(_ url: String) -> Self {
        Self(.invalidURL, "\(url) is not a worker API URL: use http://host:port, e.g. http://127.0.0.1:8000")
    }

    static func couldNotConnect(_ url: String, reason: String) -> Self {
        Self(.couldNotConnect, "could not reach the worker at \(url): is the worker running? (\(reason))")
    }

    static func timedOut(_ url: String, after timeout: Duration) -> Self {
        Self(.timedOut, "the worker at \(url) did not answer within \(timeout); it may be overloaded, retry later")
    }

    static func rejected(status: Int, reason: String?, message: String) -> Self {
        Self(.rejected, "the worker refused the query (HTTP \(status)): \(message)", status: status, reason: reason)
    }

    static func malformedResponse(_ reason: String) -> Self {
        Self(
            .malformedResponse,
            "the worker's answer is not an encrypted contract response: \(reason); is the URL a worker's API?"
        )
    }

    static func query(_ error: ContractQueryError) -> Self {
        Self(.query, error.description, queryError: error)
    }
}
