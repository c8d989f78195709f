/// The trust boundary between a worker's untrusted host and its enclave (pRuntime).
///
/// Everything crossing it is bytes: a SCALE-encoded `EnclaveRequest` in, a SCALE-encoded
/// `Result<EnclaveResponse, EnclaveError>` out (see `EnclaveReply`). Nothing else is shared, so the
/// trusted side can move into a real TEE process (an SGX enclave, a TDX VM behind a socket) without
/// the host changing. Hosts talk through `EnclaveClient`, which does the encoding.
///
/// An implementation must treat every request as hostile: decode failures, out-of-order calls and
/// anything that fails verification are refused with an `EnclaveError` and leave its state unchanged.
public protocol Enclave: Sendable {
    /// Handles one SCALE-encoded `EnclaveRequest`.
    /// - Parameter request: the encoded request.
    /// - Returns: the encoded `EnclaveReply`.
    func call(_ request: [UInt8]) async -> [UInt8]
}
