/// A ratio in [0, 1] in parts per million (10⁶): Substrate's `Permill`, used for commissions.
public struct Permill: PerThing {
    /// One million parts make a whole.
    public static let accuracy: UInt32 = 1_000_000

    /// The parts per million, always ≤ 10⁶.
    public let parts: UInt32

    /// Builds a ratio of `parts` per million, clamped to one.
    public init(parts: UInt32) {
        self.parts = min(parts, Self.accuracy)
    }
}
