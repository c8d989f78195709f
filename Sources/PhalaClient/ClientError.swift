public import JSONRPC

/// Why a call through `Client` failed, with a message that says what to do.
///
/// A struct over a kind that may grow, so new failure kinds do not break callers; compare `kind` with
/// the static members of `Kind`. When the node answered with a JSON-RPC error, `rpcError` holds it.
public struct ClientError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The category of failure, for callers that react differently to each.
    public struct Kind: Sendable, Hashable {
        private let code: UInt8
        private init(_ code: UInt8) { self.code = code }

        /// The URL is not a `ws://` or `wss://` URL with a host.
        public static let invalidURL = Kind(0)
        /// The connection could not be opened (refused, unreachable, upgrade rejected, timed out).
        public static let couldNotConnect = Kind(1)
        /// The connection closed before the reply arrived, or was already closed.
        public static let disconnected = Kind(2)
        /// No reply arrived within the configured timeout.
        public static let timedOut = Kind(3)
        /// The node answered with a JSON-RPC error (see `rpcError`).
        public static let server = Kind(4)
        /// The node sent something that is not the JSON-RPC reply expected.
        public static let malformedResponse = Kind(5)
        /// The caller's task was cancelled while waiting.
        public static let cancelled = Kind(6)
        /// The subscription's consumer fell behind by more notifications than the buffer holds.
        public static let subscriptionOverflow = Kind(7)
    }

    /// What kind of failure this is.
    public let kind: Kind
    /// The error object the node answered with, for `.server` failures.
    public let rpcError: RPCError?
    /// What went wrong and what to do about it.
    public let description: String

    init(_ kind: Kind, _ description: String, rpcError: RPCError? = nil) {
        self.kind = kind
        self.description = description
        self.rpcError = rpcError
    }

    static func invalidURL(_ url: String) -> ClientError {
        ClientError(.invalidURL, "\(url) is not a WebSocket URL: use ws://host:port, e.g. ws://127.0.0.1:9944")
    }

    static func couldNotConnect(_ url: String, reason: String) -> ClientError {
        ClientError(
            .couldNotConnect,
            "could not connect to \(url): is a node running at \(url)? start one with `phala dev` (\(reason))"
        )
    }

    static func disconnected(_ url: String) -> ClientError {
        ClientError(
            .disconnected,
            "the connection to \(url) closed; check that the node is still running and reconnect"
        )
    }

    static func timedOut(_ method: String, after timeout: Duration) -> ClientError {
        ClientError(.timedOut, "\(method) got no reply within \(timeout); the node may be overloaded or stuck")
    }

    static func server(_ method: String, _ error: RPCError) -> ClientError {
        ClientError(.server, "\(method) failed: \(error)", rpcError: error)
    }

    static func malformedResponse(_ method: String, _ reason: String) -> ClientError {
        ClientError(
            .malformedResponse,
            "\(method) got an unexpected reply: \(reason); is the URL a Substrate-compatible node?"
        )
    }

    static func cancelled(_ method: String) -> ClientError {
        ClientError(.cancelled, "\(method) was cancelled before its reply arrived")
    }

    static func subscriptionOverflow(_ method: String, limit: Int) -> ClientError {
        ClientError(
            .subscriptionOverflow,
            "\(method) delivered more than \(limit) notifications that were not consumed; read the stream faster or raise subscriptionBufferSize"
        )
    }
}
