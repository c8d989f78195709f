// Branch-free comparisons and selections, so ristretto encoding and scalar multiplication do not
// leak through timing which way a secret-dependent decision went.

extension FieldElement {
    /// Yes when both represent the same residue mod p.
    func isEqual(to other: FieldElement) -> Choice {
        let a = canonical, b = other.canonical
        let difference = (a.l0 ^ b.l0) | (a.l1 ^ b.l1) | (a.l2 ^ b.l2) | (a.l3 ^ b.l3) | (a.l4 ^ b.l4)
        return Choice(equal: difference, 0)
    }

    /// Yes when the canonical value is odd: RFC 9496 §2.1 calls such elements negative.
    var isNegative: Choice { Choice(bit: canonical.l0) }

    /// Yes when the value is 0 mod p.
    var isZero: Choice { isEqual(to: .zero) }

    /// `b` when `choice` is yes, otherwise `a`.
    @inline(__always)
    static func select(_ a: FieldElement, _ b: FieldElement, if choice: Choice) -> FieldElement {
        let mask = choice.mask
        return FieldElement(
            a.l0 ^ ((a.l0 ^ b.l0) & mask), a.l1 ^ ((a.l1 ^ b.l1) & mask), a.l2 ^ ((a.l2 ^ b.l2) & mask),
            a.l3 ^ ((a.l3 ^ b.l3) & mask), a.l4 ^ ((a.l4 ^ b.l4) & mask))
    }

    /// Replaces `self` by `other` when `choice` is yes.
    @inline(__always)
    mutating func assign(_ other: FieldElement, if choice: Choice) {
        self = FieldElement.select(self, other, if: choice)
    }

    /// `-self` when `choice` is yes, otherwise `self`.
    @inline(__always)
    func negated(if choice: Choice) -> FieldElement {
        FieldElement.select(self, -self, if: choice)
    }

    /// The non-negative (even) one of `self` and `-self` (RFC 9496's CT_ABS).
    var absolute: FieldElement { negated(if: isNegative) }
}
