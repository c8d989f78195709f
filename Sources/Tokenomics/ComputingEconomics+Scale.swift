import PhalaPrimitives
public import SCALE

// The gatekeeper replay's SCALE form, for the enclave's sealed checkpoint: every field in declaration
// order, reals as u128 bits, so equal replays encode to equal bytes and a restored replay continues
// exactly where the sealed one stopped. This is our own format (Phala serialises gk.rs with serde).

extension ComputingEconomics: ScaleCodable {
    /// Appends the block, its time, Σ share, the pending settlements and the workers (sorted by key).
    /// - Parameter encoder: the encoder to append to.
    public func encode(to encoder: inout ScaleEncoder) {
        encoder.encode(tuple: blockNumber, timestampMs, sumShare, pendingSettle)
        encoder.encode(workers)
    }

    /// Reads the fields in `encode(to:)` order.
    /// - Parameter decoder: the decoder to read from.
    /// - Throws: `ScaleDecodingError` for short input, or workers not strictly sorted by public key
    ///   (no replay could have written them, and lookups rely on the order).
    public init(from decoder: inout ScaleDecoder) throws(ScaleDecodingError) {
        self.init()
        blockNumber = try decoder.decode()
        timestampMs = try decoder.decode()
        sumShare = try decoder.decode()
        pendingSettle = try decoder.decode()
        let decoded: [ComputingWorker] = try decoder.decode()
        for (earlier, later) in zip(decoded, decoded.dropFirst())
        where !earlier.pubkey.bytes.lexicographicallyPrecedes(later.pubkey.bytes) {
            throw decoder.error(
                .invalidValue(reason: "ComputingEconomics workers are not strictly sorted by public key")
            )
        }
        workers = decoded
    }
}

extension ComputingWorker: ScaleCodable {
    /// Appends pubkey, confidence level, economics, session id, working state (0 computing, 1
    /// paused, as an Option), owed challenge blocks, unresponsive and heartbeat flag.
    /// - Parameter encoder: the encoder to append to.
    public func encode(to encoder: inout ScaleEncoder) {
        encoder.encode(tuple: pubkey, confidenceLevel, economics, sessionID)
        encoder.encode(workingState.map { $0 == .computing ? UInt8(0) : UInt8(1) })
        encoder.encode(tuple: waitingHeartbeats, unresponsive, heartbeatFlag)
    }

    /// Reads the fields in `encode(to:)` order.
    /// - Parameter decoder: the decoder to read from.
    /// - Throws: `ScaleDecodingError` for short input or a working state other than 0 or 1.
    public init(from decoder: inout ScaleDecoder) throws(ScaleDecodingError) {
        self.init(pubkey: try decoder.decode(), confidenceLevel: try decoder.decode())
        economics = try decoder.decode()
        sessionID = try decoder.decode()
        let state: UInt8? = try decoder.decode()
        switch state {
        case nil: workingState = nil
        case 0: workingState = .computing
        case 1: workingState = .paused
        case let other?: throw decoder.unknownVariant(other, of: WorkingState.self)
        }
        waitingHeartbeats = try decoder.decode()
        unresponsive = try decoder.decode()
        heartbeatFlag = try decoder.decode()
    }
}

extension WorkerEconomics: ScaleCodable {
    /// Appends the eleven fields in declaration order.
    /// - Parameter encoder: the encoder to append to.
    public func encode(to encoder: inout ScaleEncoder) {
        encoder.encode(tuple: v, vInit, vDeductible, vUpdateAt, vUpdateBlock, iterationLast)
        encoder.encode(tuple: challengeTimeLast, pBench, pInstant, confidenceLevel, contractRunning)
    }

    /// Reads the fields in declaration order.
    /// - Parameter decoder: the decoder to read from.
    /// - Throws: `ScaleDecodingError` for short input.
    public init(from decoder: inout ScaleDecoder) throws(ScaleDecodingError) {
        self.init(
            v: try decoder.decode(),
            vInit: try decoder.decode(),
            vDeductible: try decoder.decode(),
            vUpdateAt: try decoder.decode(),
            vUpdateBlock: try decoder.decode(),
            iterationLast: try decoder.decode(),
            challengeTimeLast: try decoder.decode(),
            pBench: try decoder.decode(),
            pInstant: try decoder.decode(),
            confidenceLevel: try decoder.decode(),
            contractRunning: try decoder.decode()
        )
    }
}
