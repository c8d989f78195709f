import Messaging
public import PhalaPrimitives
public import RuntimeSupport
import SCALE
import Tokenomics

extension Computation {
    /// The domain tag of the challenge seed (Phala's `RANDOMNESS_SUBJECT`).
    public static let randomnessSubject = Array("PhalaPoW".utf8)

    /// Ends the block (Phala's `on_finalize`): challenges the computing workers unless heartbeats are
    /// paused, then applies the scheduled tokenomic parameters, if any.
    /// - Parameters:
    ///   - number: the block's number.
    ///   - state: the block's state.
    /// - Throws: `DispatchError` only when the state cannot be read or the message queue refuses.
    public func onFinalize(_ number: BlockNumber, in state: inout Overlay) throws(DispatchError) {
        if try !Storage.heartbeatPaused.value(in: &state) {
            let workers = try Storage.onlineWorkers.value(in: &state)
            let expected = try Storage.expectedHeartbeatCount.get(in: &state) ?? Self.defaultExpectedHeartbeatCount
            let target = HeartbeatChallenge.onlineTarget(
                expectedHeartbeats: expected,
                onlineWorkers: workers,
                blockTimeSeconds: try Storage.expectedBlockTimeSec.value(in: &state)
            )
            try challenge(seed: try challengeSeed(in: &state), onlineTarget: target, in: &state)
        }
        if let parameters = try Storage.scheduledTokenomicUpdate.take(in: &state) {
            Storage.tokenomicParameters.set(parameters, in: &state)
            try messages.publish(
                GatekeeperEvent.tokenomicParametersChanged(parameters).scaleEncoded(),
                to: .gatekeeperEvent,
                in: &state
            )
            try deposit(.tokenomicParametersChanged, in: &state)
        }
    }

    /// The block's challenge seed: `blake2_256("PhalaPoW" ‖ parent hash)` read big-endian. It stands in
    /// for Phala's `RandomnessCollectiveFlip::random(b"PhalaPoW")`, which this chain lacks; it is
    /// deterministic for every node and unknown before the parent block exists.
    /// - Parameter state: the block's state.
    /// - Returns: the seed.
    /// - Throws: `DispatchError` when the state cannot be read.
    public func challengeSeed(in state: inout Overlay) throws(DispatchError) -> U256 {
        let parent = try system.parentHash(in: &state)
        let digest = H256.blake2_256(of: Self.randomnessSubject + parent.raw.bytes)
        guard let seed = U256(bigEndian: digest.raw.bytes) else {
            preconditionFailure("a 32-byte digest is a U256")
        }
        return seed
    }

    /// Publishes `HeartbeatChallenge{seed, online_target}` on `phala/system/event`.
    func challenge(seed: U256, onlineTarget: U256, in state: inout Overlay) throws(DispatchError) {
        try messages.publish(
            SystemEvent.heartbeatChallenge(seed: seed, onlineTarget: onlineTarget).scaleEncoded(),
            to: .systemEvent,
            in: &state
        )
    }
}
