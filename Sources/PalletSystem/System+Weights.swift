public import RuntimeSupport

extension System {
    /// The weights of System's calls: fixed costs in the spirit of FRAME's benchmarked
    /// `frame_system::weights`, pinned by tests; re-measure with Benchmarks/ before changing them.
    public enum Weights {
        /// `remark`: 2 µs plus 1 ns per byte.
        public static func remark(length: Int) -> Weight {
            Weight(refTime: 2_000_000 + 1_000 * UInt64(length))
        }

        /// `remark_with_event`: 8 µs plus 1.5 ns per byte (it hashes the remark and writes an event).
        public static func remarkWithEvent(length: Int) -> Weight {
            Weight(refTime: 8_000_000 + 1_500 * UInt64(length))
        }
    }
}
