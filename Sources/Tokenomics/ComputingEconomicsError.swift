public import PhalaPrimitives

/// Why `ComputingEconomics` refused an input; the state is unchanged after each.
public enum ComputingEconomicsError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A heartbeat answered a challenge other than the oldest one the worker owes: this replay has
    /// diverged from the chain's (Phala's gatekeeper panics here). Resynchronise from chain state.
    case challengeBlockMismatch(expected: UInt32?, received: UInt32)
    /// A fixed-point step overflowed or underflowed; check the tokenomic parameters and V.
    case arithmetic(FixedPointError)

    /// What went wrong and what to do.
    public var description: String {
        switch self {
        case .challengeBlockMismatch(let expected, let received):
            "heartbeat for the challenge of block \(received), but the oldest owed challenge is "
                + (expected.map { "block \($0)" } ?? "none")
                + "; the gatekeeper's replay has diverged from the chain, resynchronise it"
        case .arithmetic(let error):
            "fixed-point arithmetic failed (\(error)); check the tokenomic parameters and the worker's V"
        }
    }
}
