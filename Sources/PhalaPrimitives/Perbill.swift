/// A ratio in [0, 1] in parts per billion (10⁹): Substrate's `Perbill`, used for fees, slashes and weights.
public struct Perbill: PerThing {
    /// One billion parts make a whole.
    public static let accuracy: UInt32 = 1_000_000_000

    /// The parts per billion, always ≤ 10⁹.
    public let parts: UInt32

    /// Builds a ratio of `parts` per billion, clamped to one.
    public init(parts: UInt32) {
        self.parts = min(parts, Self.accuracy)
    }
}
