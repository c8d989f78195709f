/// An integer modulo the prime group order ℓ = 2^252 + 27742317777372353535851937790883648493.
///
/// The exponents of ristretto255 (secret keys, nonces, challenges) live here. Held as five 52-bit
/// limbs, always fully reduced (< ℓ), so `==` on the limbs is equality of residues. Arithmetic is
/// branch-free; multiplication uses Montgomery reduction with R = 2^260.
struct Scalar: Equatable, Sendable {
    var l0: UInt64
    var l1: UInt64
    var l2: UInt64
    var l3: UInt64
    var l4: UInt64

    @inline(__always)
    init(limbs l0: UInt64, _ l1: UInt64, _ l2: UInt64, _ l3: UInt64, _ l4: UInt64) {
        self.l0 = l0
        self.l1 = l1
        self.l2 = l2
        self.l3 = l3
        self.l4 = l4
    }

    static let zero = Scalar(limbs: 0, 0, 0, 0, 0)
    static let one = Scalar(limbs: 1, 0, 0, 0, 0)

    static let limbMask: UInt64 = (1 << 52) - 1

    /// ℓ itself, in 52-bit limbs.
    static let order = Scalar(limbs: 0x2_631a_5cf5_d3ed, 0xd_ea2f_79cd_6581, 0x14_def9, 0, 0x1000_0000_0000)

    /// Decodes 32 little-endian bytes holding a value already below ℓ.
    ///
    /// - Returns: nil unless `bytes` has 32 elements and encodes an integer < ℓ; such canonical
    ///   encodings are what signatures and keys must carry, so malleable variants are refused.
    init?(canonicalBytes bytes: [UInt8]) {
        guard bytes.count == 32 else { return nil }
        let value = Scalar(unreducedBytes: bytes[...])
        // value − ℓ borrows exactly when value < ℓ.
        guard Scalar.subtractWithBorrow(value, Scalar.order).borrow == 1 else { return nil }
        self = value
    }

    /// Decodes 32 little-endian bytes and reduces the integer mod ℓ.
    ///
    /// - Precondition: `bytes.count == 32`; callers check lengths of external input first.
    init(bytesModOrder bytes: [UInt8]) {
        precondition(bytes.count == 32, "bytesModOrder takes 32 bytes")
        self.init(bytesModOrderWide: bytes + [UInt8](repeating: 0, count: 32))
    }

    /// Decodes 64 little-endian bytes and reduces the 512-bit integer mod ℓ (the way hashes become
    /// scalars: the bias is below 2^-250).
    ///
    /// - Precondition: `bytes.count == 64`.
    init(bytesModOrderWide bytes: [UInt8]) {
        precondition(bytes.count == 64, "bytesModOrderWide takes 64 bytes")
        let words = (0..<8).map { index in
            (0..<8).reversed().reduce(UInt64(0)) { $0 << 8 | UInt64(bytes[index * 8 + $1]) }
        }
        let mask = Scalar.limbMask
        // Split at bit 260: low = bits 0..<260, high = bits 260..<512.
        let low = Scalar(
            limbs: words[0] & mask, (words[0] >> 52 | words[1] << 12) & mask,
            (words[1] >> 40 | words[2] << 24) & mask, (words[2] >> 28 | words[3] << 36) & mask,
            (words[3] >> 16 | words[4] << 48) & mask)
        let high = Scalar(
            limbs: (words[4] >> 4) & mask, (words[4] >> 56 | words[5] << 8) & mask,
            (words[5] >> 44 | words[6] << 20) & mask, (words[6] >> 32 | words[7] << 32) & mask,
            words[7] >> 20)
        // low·R/R = low mod ℓ, high·R²/R = high·2^260 mod ℓ.
        self = Scalar.montgomeryMultiply(low, .montgomeryR) + Scalar.montgomeryMultiply(high, .montgomeryRSquared)
    }

    /// The canonical 32-byte little-endian encoding.
    var bytes: [UInt8] {
        let words = [l0 | l1 << 52, l1 >> 12 | l2 << 40, l2 >> 24 | l3 << 28, l3 >> 36 | l4 << 16]
        var result = [UInt8](repeating: 0, count: 32)
        for (index, word) in words.enumerated() {
            for byte in 0..<8 { result[index * 8 + byte] = UInt8(truncatingIfNeeded: word >> (8 * byte)) }
        }
        return result
    }

    /// Unpacks 32 little-endian bytes into limbs without reducing (the value may reach 2^256).
    private init(unreducedBytes bytes: ArraySlice<UInt8>) {
        let start = bytes.startIndex
        let words = (0..<4).map { index in
            (0..<8).reversed().reduce(UInt64(0)) { $0 << 8 | UInt64(bytes[start + index * 8 + $1]) }
        }
        let mask = Scalar.limbMask
        self.init(
            limbs: words[0] & mask, (words[0] >> 52 | words[1] << 12) & mask,
            (words[1] >> 40 | words[2] << 24) & mask, (words[2] >> 28 | words[3] << 36) & mask,
            words[3] >> 16)
    }
}
