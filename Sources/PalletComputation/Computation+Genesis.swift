public import RuntimeSupport
public import Tokenomics

extension Computation {
    /// Computation's genesis: the tokenomic parameters, the cool-down period, whether heartbeats
    /// start paused, and the block time the challenge rate assumes. The subsidy pool's endowment is a Balances endowment of `subsidyPoolAccount`.
    public struct Genesis: Sendable, Hashable {
        /// Phala's cool-down: 7 days, in seconds.
        public static let defaultCoolDownPeriod: UInt64 = 604_800

        /// The parameters the chain starts with.
        public var tokenomicParameters: TokenomicParameters
        /// `CoolDownPeriod`, in seconds.
        public var coolDownPeriod: UInt64
        /// Whether challenges start off (Phala's storage default: true).
        public var heartbeatPaused: Bool
        /// The block time `pow_target` assumes, in seconds.
        public var expectedBlockTimeSec: UInt32

        /// Creates the genesis configuration; Phala's by default.
        /// - Parameters:
        ///   - tokenomicParameters: the starting parameters.
        ///   - coolDownPeriod: the cool-down in seconds.
        ///   - heartbeatPaused: whether challenges start off.
        ///   - expectedBlockTimeSec: the block time `pow_target` assumes.
        public init(
            tokenomicParameters: TokenomicParameters = .phala,
            coolDownPeriod: UInt64 = defaultCoolDownPeriod,
            heartbeatPaused: Bool = true,
            expectedBlockTimeSec: UInt32 = defaultExpectedBlockTimeSec
        ) {
            self.tokenomicParameters = tokenomicParameters
            self.coolDownPeriod = coolDownPeriod
            self.heartbeatPaused = heartbeatPaused
            self.expectedBlockTimeSec = max(1, expectedBlockTimeSec)
        }

        /// Writes `CoolDownPeriod`, `TokenomicParameters` and `ExpectedBlockTimeSec`, and
        /// `HeartbeatPaused` when challenges start on.
        /// - Parameter state: the genesis state.
        public func build(in state: inout Overlay) {
            Storage.coolDownPeriod.set(coolDownPeriod, in: &state)
            Storage.tokenomicParameters.set(tokenomicParameters, in: &state)
            Storage.expectedBlockTimeSec.set(expectedBlockTimeSec, in: &state)
            if !heartbeatPaused { Storage.heartbeatPaused.set(false, in: &state) }
        }
    }
}
