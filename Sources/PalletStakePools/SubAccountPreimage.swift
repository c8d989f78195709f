public import PhalaPrimitives
public import SCALE

/// The pool and worker a session sub-account was derived from (Phala's `(u64, WorkerPublicKey)`).
public struct SubAccountPreimage: Sendable, Hashable, ScaleCodable {
    /// The stake pool's id.
    public var pid: UInt64
    /// The worker's public key.
    public var worker: FixedBytes<32>

    /// Builds the record.
    /// - Parameters:
    ///   - pid: the stake pool's id.
    ///   - worker: the worker's public key.
    public init(pid: UInt64, worker: FixedBytes<32>) {
        self.pid = pid
        self.worker = worker
    }

    /// Appends pid and worker.
    public func encode(to encoder: inout ScaleEncoder) { encoder.encode(tuple: pid, worker) }

    /// Reads pid and worker.
    public init(from decoder: inout ScaleDecoder) throws(ScaleDecodingError) {
        self.init(pid: try decoder.decode(), worker: try decoder.decode())
    }
}
