public import SCALE

/// How long a signed transaction stays valid: forever, or for a window of blocks (Substrate's `Era`).
///
/// A mortal era names a `period` (a power of two in 4…65536) and a `phase` (`birth % period`, stored
/// at the precision the two-byte encoding keeps). Build one with `mortal(period:current:)`, which
/// applies Substrate's rounding; values built directly with `.mortal(period:phase:)` encode correctly
/// only if they follow the same rules. The transaction is valid for blocks
/// `birth(current:) ≤ n < death(current:)`, and its signing payload commits to the hash of block `birth`.
public enum Era: Sendable, Hashable {
    /// Valid at any height; the signing payload commits to the genesis hash. One byte, `0x00`.
    case immortal
    /// Valid for `period` blocks from the most recent block whose number is `phase` modulo `period`.
    case mortal(period: UInt64, phase: UInt64)

    /// The era Substrate builds for a transaction signed at block `current` and meant to live ~`period` blocks.
    ///
    /// The period is rounded up to a power of two and clamped to 4…65536; the phase is `current % period`
    /// rounded down to a multiple of `max(period / 4096, 1)`, as the encoding can hold no finer phase.
    /// - Parameters:
    ///   - period: the wanted lifetime in blocks.
    ///   - current: the number of the block the transaction is signed at (usually the best block).
    /// - Returns: a mortal era containing `current`.
    public static func mortal(period: UInt64, current: UInt64) -> Era {
        let rounded: UInt64 =
            period <= 4 ? 4 : (period > 1 << 16 ? 1 << 16 : 1 << (64 - (period - 1).leadingZeroBitCount))
        let quantum = max(rounded >> 12, 1)
        let phase = current % rounded / quantum * quantum
        return .mortal(period: rounded, phase: phase)
    }

    /// The first block at which a transaction with this era is valid, given the current block.
    /// - Parameter current: the number of the block the era is interpreted at.
    /// - Returns: 0 for an immortal era; otherwise the latest block ≤ `current` (or the first, `phase`,
    ///   if `current` is earlier) whose number is `phase` modulo `period`.
    public func birth(current: UInt64) -> UInt64 {
        switch self {
        case .immortal: 0
        case .mortal(let period, let phase): (max(current, phase) - phase) / period * period + phase
        }
    }

    /// The first block at which a transaction with this era is no longer valid.
    /// - Parameter current: the number of the block the era is interpreted at.
    /// - Returns: `UInt64.max` for an immortal era; otherwise `birth(current:) + period`, clamped to `UInt64.max`.
    public func death(current: UInt64) -> UInt64 {
        switch self {
        case .immortal: return .max
        case .mortal(let period, _):
            let (death, overflow) = birth(current: current).addingReportingOverflow(period)
            return overflow ? .max : death
        }
    }
}

extension Era: ScaleCodable {
    /// Appends `0x00` for immortal, otherwise the two-byte little-endian
    /// `clamp(trailingZeros(period) − 1, 1, 15) | (phase / quantum) << 4`.
    public func encode(to encoder: inout ScaleEncoder) {
        switch self {
        case .immortal:
            encoder.append(byte: 0)
        case .mortal(let period, let phase):
            let quantum = max(period >> 12, 1)
            let exponent = UInt16(min(max(period.trailingZeroBitCount - 1, 1), 15))
            encoder.encodeLittleEndian(exponent | UInt16(truncatingIfNeeded: phase / quantum) << 4)
        }
    }

    /// Reads an era, rejecting (as Substrate does) a mortal encoding whose period would be below 4
    /// (low nibble 0) or whose phase is not below its period.
    public init(from decoder: inout ScaleDecoder) throws(ScaleDecodingError) {
        let start = decoder.offset
        let first = try decoder.readByte()
        guard first != 0 else {
            self = .immortal
            return
        }
        let encoded = UInt64(first) | UInt64(try decoder.readByte()) << 8
        let period: UInt64 = 2 << (encoded & 0xf)
        let phase = (encoded >> 4) * max(period >> 12, 1)
        guard period >= 4, phase < period else {
            let reason = "mortal era with period \(period) and phase \(phase): needs period ≥ 4 and phase < period"
            throw ScaleDecodingError(.invalidValue(reason: reason), at: start)
        }
        self = .mortal(period: period, phase: phase)
    }
}
