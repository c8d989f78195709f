// Scalar multiplication: constant time for a variable point, variable time for verification.

extension EdwardsPoint {
    /// s·self in constant time: a fixed sequence of 4 doublings and one addition per signed
    /// radix-16 digit, each addend chosen from [1..8]·self by a full branch-free table scan.
    func multiplied(by scalar: Scalar) -> EdwardsPoint {
        var table = [ProjectiveNielsPoint]()
        table.reserveCapacity(8)
        var multiple = self
        for _ in 0..<8 {
            table.append(multiple.projectiveNiels)
            multiple = multiple + self
        }
        let digits = scalar.radix16Digits
        var result = (EdwardsPoint.identity + EdwardsPoint.select(from: table, digit: digits[63])).extended
        for index in stride(from: 62, through: 0, by: -1) {
            result = result.multipliedByPowerOfTwo(4)
            result = (result + EdwardsPoint.select(from: table, digit: digits[index])).extended
        }
        return result
    }

    /// digit·P from a table of [1..8]·P, for digit in [−8, 8], reading every entry.
    @inline(__always)
    static func select(from table: [ProjectiveNielsPoint], digit: Int8) -> ProjectiveNielsPoint {
        let isNegative = Choice(bit: UInt64(UInt8(bitPattern: digit) >> 7))
        let magnitude = UInt64(UInt8(bitPattern: digit &- ((digit >> 7) & digit) &<< 1))
        var result = ProjectiveNielsPoint.identity
        for index in 0..<8 {
            result.assign(table[index], if: Choice(equal: magnitude, UInt64(index + 1)))
        }
        result.negate(if: isNegative)
        return result
    }

    /// a·self + b·B with B the basepoint, in variable time: for public scalars only.
    ///
    /// Interleaves the width-5 NAF of `a` over the odd multiples [1, 3, …, 15]·self with the
    /// width-8 NAF of `b` over the precomputed odd multiples [1, 3, …, 127]·B, sharing the
    /// doublings (Straus–Shamir).
    static func vartimeDoubleScalarMultiple(_ a: Scalar, _ point: EdwardsPoint, _ b: Scalar) -> EdwardsPoint {
        let aDigits = a.nonAdjacentForm(width: 5)
        let bDigits = b.nonAdjacentForm(width: 8)
        var top = 255
        while top >= 0 && aDigits[top] == 0 && bDigits[top] == 0 { top -= 1 }
        guard top >= 0 else { return .identity }

        var pointTable = [ProjectiveNielsPoint]()
        pointTable.reserveCapacity(8)
        let double = point.doubled()
        var multiple = point
        for _ in 0..<8 {
            pointTable.append(multiple.projectiveNiels)
            multiple = multiple + double
        }
        let basepointTable = BasepointOddMultiples.table

        var result = ProjectivePoint.identity
        for index in stride(from: top, through: 0, by: -1) {
            var sum = result.doubled()
            let aDigit = Int(aDigits[index]), bDigit = Int(bDigits[index])
            if aDigit > 0 {
                sum = sum.extended + pointTable[aDigit / 2]
            } else if aDigit < 0 {
                sum = sum.extended - pointTable[-aDigit / 2]
            }
            if bDigit > 0 {
                sum = sum.extended + basepointTable[bDigit / 2]
            } else if bDigit < 0 {
                sum = sum.extended - basepointTable[-bDigit / 2]
            }
            result = sum.projective
        }
        return result.extended
    }
}
