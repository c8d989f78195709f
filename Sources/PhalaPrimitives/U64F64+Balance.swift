// Conversions between planck balances and U64F64 PHA amounts, bit-exact with Phala's
// pallets/phala/src/utils/balance_convert.rs: both directions pass through U80F48 (48 fractional
// bits) and truncate at every step.

extension U64F64 {
    /// The balance in PHA as a fixed-point number (Phala's `to_fixed`).
    ///
    /// Steps: planck as U80F48, integer-divide by 10¹² (truncating to 48 fractional bits), widen to U64F64.
    /// - Parameter balance: an amount below 2⁸⁰ planck (about 1.2 × 10¹² PHA).
    /// - Throws: `FixedPointError.overflow` for a larger amount, which U80F48 cannot hold.
    public init(balance: Balance) throws(FixedPointError) {
        guard balance.planck >> 80 == 0 else { throw .overflow }
        let pha48 = (balance.planck << 48) / Balance.planckPerPHA
        bits = pha48 << 16
    }
}

extension Balance {
    /// The fixed-point PHA amount as planck (Phala's `from_fixed`).
    ///
    /// Steps: truncate to U80F48 (dropping 16 fractional bits), multiply by 10¹², truncate to an
    /// integer. So 0.00001 PHA becomes 9 999 999 planck, not 10 000 000.
    /// - Parameter pha: the amount in PHA.
    /// - Throws: `FixedPointError.overflow` when the U80F48 product exceeds 128 bits (above about 1.2 × 10¹² PHA).
    public init(pha: U64F64) throws(FixedPointError) {
        let (product, overflow) = (pha.bits >> 16).multipliedReportingOverflow(by: Balance.planckPerPHA)
        guard !overflow else { throw .overflow }
        planck = product >> 48
    }

    /// `self × factor` through fixed point, truncating as Phala's `bmul` does: `from_fixed(to_fixed(self) × factor)`.
    /// - Throws: `FixedPointError.overflow` when a step overflows.
    public func multiplied(by factor: U64F64) throws(FixedPointError) -> Balance {
        try Balance(pha: try U64F64(balance: self).multiplied(by: factor))
    }

    /// `self ÷ divisor` through fixed point, truncating as Phala's `bdiv` does: `from_fixed(to_fixed(self) / divisor)`.
    /// - Throws: `FixedPointError.divisionByZero`, or `.overflow` when a step overflows.
    public func divided(by divisor: U64F64) throws(FixedPointError) -> Balance {
        try Balance(pha: try U64F64(balance: self).divided(by: divisor))
    }
}
