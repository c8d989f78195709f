public import RuntimeSupport
public import Tokenomics

// Metadata descriptions of the computation storage and argument types, with Phala's Rust paths.

extension WorkerState: TypeInfo {
    /// `pallet_computation::pallet::WorkerState`, with `_Unused` at 2.
    public static var typeInfo: TypeDescription<TypeReference> {
        .variant(
            path: ["pallet_computation", "pallet", "WorkerState"],
            variants: [
                TypeVariant(name: "Ready", index: 0), TypeVariant(name: "WorkerIdle", index: 1),
                TypeVariant(name: "_Unused", index: 2), TypeVariant(name: "WorkerUnresponsive", index: 3),
                TypeVariant(name: "WorkerCoolingDown", index: 4),
            ]
        )
    }
}

extension SessionInfo: TypeInfo {
    /// `pallet_computation::pallet::SessionInfo`, with its `Benchmark` and
    /// `SessionStats` described inline as Phala's nested composites.
    public static var typeInfo: TypeDescription<TypeReference> {
        .composite(
            path: ["pallet_computation", "pallet", "SessionInfo"],
            fields: [
                .named("state", WorkerState.self, "WorkerState"), .named("ve", UInt128.self, "u128"),
                .named("v", UInt128.self, "u128"), .named("v_updated_at", UInt64.self, "u64"),
                .named("benchmark", BenchmarkLayout.self, "Benchmark"),
                .named("cool_down_start", UInt64.self, "u64"),
                .named("stats", SessionStatsLayout.self, "SessionStats"),
            ]
        )
    }
}

/// The metadata shape of `Benchmark`, which `SessionInfo` stores inline (the Swift side keeps it as
/// `Tokenomics.ChainBenchmark`).
enum BenchmarkLayout: TypeInfo {
    /// `pallet_computation::pallet::Benchmark`.
    static var typeInfo: TypeDescription<TypeReference> {
        .composite(
            path: ["pallet_computation", "pallet", "Benchmark"],
            fields: [
                .named("p_init", UInt32.self, "u32"), .named("p_instant", UInt32.self, "u32"),
                .named("iterations", UInt64.self, "u64"), .named("working_start_time", UInt64.self, "u64"),
                .named("challenge_time_last", UInt64.self, "u64"),
            ]
        )
    }
}

/// The metadata shape of `SessionStats`, stored inline in `SessionInfo` as `totalReward`.
enum SessionStatsLayout: TypeInfo {
    /// `pallet_computation::pallet::SessionStats`.
    static var typeInfo: TypeDescription<TypeReference> {
        .composite(
            path: ["pallet_computation", "pallet", "SessionStats"],
            fields: [.named("total_reward", UInt128.self, "u128")]
        )
    }
}

extension TokenomicParameters: TypeInfo {
    /// `phala_types::messaging::TokenomicParameters`: the reals as `u128` bits, the window as `u32`.
    public static var typeInfo: TypeDescription<TypeReference> {
        let bits = { (name: String) in TypeField<TypeReference>.named(name, UInt128.self, "U64F64Bits") }
        return .composite(
            path: ["phala_types", "messaging", "TokenomicParameters"],
            fields: [
                bits("pha_rate"), bits("rho"), bits("budget_per_block"), bits("v_max"), bits("cost_k"), bits("cost_b"),
                bits("slash_rate"), bits("treasury_ratio"), .named("heartbeat_window", UInt32.self, "u32"),
                bits("rig_k"), bits("rig_b"), bits("re"), bits("k"), bits("kappa"),
            ]
        )
    }
}
