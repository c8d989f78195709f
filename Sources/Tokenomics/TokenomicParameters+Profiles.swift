public import PhalaPrimitives

// The bits below are the Rust sources' expressions evaluated exactly; TokenomicParametersTests
// re-derives every one of them from the decimal literals with `U64F64(decimal:)`.

extension TokenomicParameters {
    /// Phala's genesis defaults (pallets/phala/src/compute/computation.rs `GenesisConfig::default`,
    /// phala-facts.md §3.2), for 12 s blocks.
    ///
    /// Per-block rates are the yearly/hourly literals scaled by integer multiplication and
    /// truncating integer division of the bits: `slashRate = fp!(0.001)·12/3600`,
    /// `budgetPerBlock = fp!(720000)·12/86400` (exactly 100), `costK = fp!(0.0415625)·12/31536000`,
    /// `costB = fp!(88.59375)·12/31536000`; dividing by `phaRate = 1` changes nothing.
    public static var phala: TokenomicParameters {
        TokenomicParameters(
            phaRate: .one,
            rho: U64F64(bits: 18_446_756_370_313_412_349),  // fp!(1.000000666600231)
            budgetPerBlock: U64F64(100),
            vMax: U64F64(30000),
            costK: U64F64(bits: 291_740_030_655),
            costB: U64F64(bits: 621_866_907_450_610),
            slashRate: U64F64(bits: 61_489_146_912_365),
            treasuryRatio: U64F64(bits: 3_689_348_814_741_910_323),  // fp!(0.2)
            heartbeatWindow: 10,
            rigK: U64F64(bits: 5_534_023_222_112_865_485),  // fp!(0.3)
            rigB: .zero,
            re: U64F64(bits: 23_980_767_295_822_417_101),  // fp!(1.3)
            k: U64F64(100),
            kappa: .one
        )
    }

    /// Khala's launch values (scripts/js/src/genLaunchTransactions.js, phala-facts.md §3.2): costs
    /// divided by the PHA rate 0.83, no slashing, a 20-block heartbeat window, `re` 1.5 and `k` 50.
    ///
    /// The script turns each decimal into bits with decimal.js (scripts/js/src/utils/fixedUtils.js):
    /// `decimal × 2⁶⁴` at decimal.js's default precision of 20 significant digits, then rounded to an
    /// integer. That equals rounding to the nearest U64F64 for every value except `budgetPerBlock`,
    /// whose 21-digit product 153722867280912930133.3… was first rounded to …130.
    public static var khala: TokenomicParameters {
        TokenomicParameters(
            phaRate: U64F64(bits: 15_310_797_581_178_927_841),  // 0.83
            rho: U64F64(bits: 18_446_756_370_313_412_349),  // 1.000000666600231
            budgetPerBlock: U64F64(bits: 153_722_867_280_912_930_130),  // 8.3333333333333333333 at 20 digits
            vMax: U64F64(30000),
            costK: U64F64(bits: 351_494_012_837),  // 0.000000019054528616676159186
            costB: U64F64(bits: 749_237_237_892_301),  // 0.00004061623205149357237
            slashRate: .zero,
            treasuryRatio: U64F64(bits: 3_689_348_814_741_910_323),  // 0.2
            heartbeatWindow: 20,
            rigK: U64F64(bits: 6_667_497_857_967_307_813),  // 0.36144578313253012048
            rigB: .zero,
            re: U64F64(bits: 27_670_116_110_564_327_424),  // 1.5
            k: U64F64(50),
            kappa: .one
        )
    }

    /// The gatekeeper's placeholder before it reads the chain (gk.rs `test_params()`), which the
    /// numeric examples of phala-facts.md §10 use.
    ///
    /// Its literals (rho 1.000000666600231, slash 0.0000033333333333333240063, budget 100, v_max
    /// 30000, cost_k 0.000000015815258751856933056, cost_b 0.000033711472602739674283, treasury 0.2,
    /// payout 0.8, window 10) round to exactly the bits of `phala`, so the profiles coincide.
    public static var test: TokenomicParameters { phala }
}
