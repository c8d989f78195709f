/// A secret-dependent yes/no held as an all-ones or all-zeros mask, so that code can act on it
/// without branching.
///
/// Branch-free selection is what keeps scalar multiplication by a secret key constant time: a
/// `Bool` invites an `if`, a mask is combined with `&`, `|` and `^`. Only code handling public data
/// may turn a `Choice` back into a `Bool` through ``isTrue``.
struct Choice: Sendable {
    /// `UInt64.max` for yes, `0` for no.
    let mask: UInt64

    /// Makes a choice from the lowest bit of `bit`.
    @inline(__always)
    init(bit: UInt64) {
        mask = 0 &- (bit & 1)
    }

    /// Yes when `a == b`, computed without a branch; both operands must be below 2^63.
    @inline(__always)
    init(equal a: UInt64, _ b: UInt64) {
        self.init(bit: ((a ^ b) &- 1) >> 63)
    }

    /// The decision as a `Bool`, for public results only (a decoding's validity, not a key bit).
    var isTrue: Bool { mask != 0 }

    /// Yes when both are yes.
    @inline(__always)
    static func & (a: Choice, b: Choice) -> Choice { Choice(bit: a.mask & b.mask) }

    /// Yes when either is yes.
    @inline(__always)
    static func | (a: Choice, b: Choice) -> Choice { Choice(bit: a.mask | b.mask) }

    /// Yes when `a` is no.
    @inline(__always)
    static prefix func ! (a: Choice) -> Choice { Choice(bit: ~a.mask) }
}
