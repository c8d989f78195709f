/// A JSON-RPC error object: what a failed call answers with, using Substrate's codes and wording.
///
/// `message` is the short, standard text for the code (clients match on it); `data` carries the
/// specific explanation, for example which parameter was wrong and what was expected.
public struct RPCError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The numeric code (see `Code` for the ones Substrate clients know).
    public var code: Int
    /// The short standard text for the code.
    public var message: String
    /// Details: usually a string saying what exactly was wrong and what to do.
    public var data: JSONValue?

    /// Creates an error object.
    /// - Parameters:
    ///   - code: the numeric code, usually one of `Code`.
    ///   - message: the short standard text for the code.
    ///   - data: details, omitted from the JSON when `nil`.
    public init(code: Int, message: String, data: JSONValue? = nil) {
        self.code = code
        self.message = message
        self.data = data
    }

    /// The codes JSON-RPC 2.0 defines and the ones Substrate's author (transaction) API answers with.
    public enum Code {
        /// The frame or body is not valid JSON.
        public static let parseError = -32700
        /// The JSON is not a valid request object.
        public static let invalidRequest = -32600
        /// No method of that name is registered.
        public static let methodNotFound = -32601
        /// The parameters have the wrong count, type or format.
        public static let invalidParams = -32602
        /// The server failed while handling a valid request.
        public static let internalError = -32603
        /// The request is larger than the server accepts (jsonrpsee's code).
        public static let oversizedRequest = -32007
        /// The response would be larger than the server sends (jsonrpsee's code).
        public static let oversizedResponse = -32008
        /// The connection already holds as many subscriptions as the server allows (jsonrpsee's code).
        public static let tooManySubscriptions = -32006
        /// The batch holds more requests than the server accepts (jsonrpsee's code).
        public static let batchTooLarge = -32010
        /// The extrinsic bytes do not decode.
        public static let badFormat = 1001
        /// The extrinsic could not be verified.
        public static let verificationError = 1002
        /// The transaction pool refused the transaction as invalid (bad signature, stale nonce...).
        public static let invalidTransaction = 1010
        /// The transaction's validity could not be determined.
        public static let unknownValidity = 1011
        /// The pool is full or the transaction is temporarily banned.
        public static let temporarilyBanned = 1012
        /// The transaction is already in the pool.
        public static let alreadyImported = 1013
        /// The transaction's priority is too low to replace the one with the same nonce.
        public static let priorityTooLow = 1014
    }

    /// The code, message and data, for logs and client error messages.
    public var description: String {
        if let data { "JSON-RPC error \(code): \(message): \(data.string ?? data.description)" } else {
            "JSON-RPC error \(code): \(message)"
        }
    }
}

extension RPCError {
    /// -32700 for a frame or body that is not JSON; `data` says where and why.
    public static func parseError(_ error: JSONParsingError) -> RPCError {
        RPCError(code: Code.parseError, message: "Parse error", data: .string(error.description))
    }

    /// -32600 for JSON that is not a valid request; `detail` says which rule it broke.
    public static func invalidRequest(_ detail: String) -> RPCError {
        RPCError(code: Code.invalidRequest, message: "Invalid request", data: .string(detail))
    }

    /// -32601 for a method name nobody registered.
    public static func methodNotFound(_ method: String) -> RPCError {
        RPCError(
            code: Code.methodNotFound, message: "Method not found",
            data: .string("no method named \(method); rpc_methods lists the available ones")
        )
    }

    /// -32602 for wrong parameters; `detail` says what was expected where.
    public static func invalidParams(_ detail: String) -> RPCError {
        RPCError(code: Code.invalidParams, message: "Invalid params", data: .string(detail))
    }

    /// -32603 for a failure of the server itself; `detail` says what failed.
    public static func internalError(_ detail: String) -> RPCError {
        RPCError(code: Code.internalError, message: "Internal error", data: .string(detail))
    }

    /// 1010 for a transaction the pool refuses; `reason` is Substrate's text, e.g. "Transaction has a bad signature".
    public static func invalidTransaction(_ reason: String) -> RPCError {
        RPCError(code: Code.invalidTransaction, message: "Invalid Transaction", data: .string(reason))
    }

    /// The error object as JSON: `{"code":…,"message":…}` plus `"data"` when present.
    public var json: JSONValue {
        var object: JSONObject = ["code": .integer(Int64(code)), "message": .string(message)]
        if let data { object.append("data", data) }
        return .object(object)
    }

    /// Reads an error object received from a server.
    /// - Throws: `MalformedMessage` when `code` or `message` is missing or of the wrong type.
    public init(json: JSONValue) throws(MalformedMessage) {
        guard let code = json["code"]?.int64, let intCode = Int(exactly: code) else {
            throw MalformedMessage("error object has no integer \"code\"")
        }
        guard let message = json["message"]?.string else { throw MalformedMessage("error object has no string \"message\"") }
        self.init(code: intCode, message: message, data: json["data"])
    }
}
