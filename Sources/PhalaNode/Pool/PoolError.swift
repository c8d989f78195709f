public import JSONRPC
public import RuntimeSupport

/// Why the transaction pool refused a submission; `rpcError` is the JSON-RPC error the author API returns.
public enum PoolError: Error, Sendable, CustomStringConvertible {
    /// The bytes are not an extrinsic of this runtime (JSON-RPC 1001); `detail` says where decoding failed.
    case badFormat(detail: String)
    /// The runtime refused it (1010 invalid, 1011 unknown validity), with Substrate's reason.
    case invalid(TransactionValidityError)
    /// The pool already holds a transaction with this hash (1013).
    case alreadyImported
    /// Another pooled transaction provides the same tag (same sender and nonce) with at least this
    /// priority (1014); raise the tip to replace it.
    case priorityTooLow
    /// The pool is at its count or byte limit (1012); retry after the next block.
    case full
    /// The transaction was found invalid recently and is banned for a while (1012).
    case temporarilyBanned
    /// The node could not read its own state to validate (internal error -32603); see the node's log.
    case internalFailure(detail: String)

    /// The JSON-RPC error to reply with.
    public var rpcError: RPCError {
        switch self {
        case .badFormat(let detail):
            RPCError(code: RPCError.Code.badFormat, message: "Extrinsic has invalid format", data: .string(detail))
        case .invalid(.invalid(let cause)):
            RPCError(
                code: RPCError.Code.invalidTransaction,
                message: "Invalid Transaction",
                data: .string(cause.reason)
            )
        case .invalid(.unknown(let cause)):
            RPCError(
                code: RPCError.Code.unknownValidity,
                message: "Unknown Transaction Validity",
                data: .string(cause.reason)
            )
        case .alreadyImported:
            RPCError(code: RPCError.Code.alreadyImported, message: "Transaction Already Imported")
        case .priorityTooLow:
            RPCError(
                code: RPCError.Code.priorityTooLow,
                message: "Priority is too low",
                data: "a transaction with the same sender and nonce is already pooled; raise the tip to replace it"
            )
        case .full:
            RPCError(
                code: RPCError.Code.temporarilyBanned,
                message: "Transaction pool is full",
                data: "retry after the next block"
            )
        case .temporarilyBanned:
            RPCError(code: RPCError.Code.temporarilyBanned, message: "Transaction is temporarily banned")
        case .internalFailure(let detail):
            RPCError(code: RPCError.Code.internalError, message: "Internal error", data: .string(detail))
        }
    }

    /// What went wrong, for logs and the CLI.
    public var description: String { rpcError.description }
}
