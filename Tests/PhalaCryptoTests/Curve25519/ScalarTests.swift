import PhalaTesting
import Testing

@testable import PhalaCrypto

/// Arithmetic mod ℓ. Expected values were computed with Python 3.11 big integers when these tests
/// were written: s = SHA-512("scalar s" ‖ 0x00)[0..<32] mod ℓ, t likewise with "scalar t", and the
/// wide input is SHA-512("wide 1" ‖ 0x00).
@Suite struct ScalarTests {
    static let s = Scalar(canonicalBytes: Hex.bytes("df303002bc646524fe49dd78745aeaee061893db0ad52aa2041d5c26982ef00b")!)!
    static let t = Scalar(canonicalBytes: Hex.bytes("0b5d46347f781040608c849ab33cf92c2e99e923602a7a3e5061118b32e78404")!)!
    static let orderBytes = Hex.bytes("edd3f55c1a631258d69cf7a2def9de1400000000000000000000000000000010")!
    static let orderMinusOneBytes = Hex.bytes("ecd3f55c1a631258d69cf7a2def9de1400000000000000000000000000000010")!

    @Test func arithmeticMatchesBigIntegerResults() {
        #expect(Hex.string((Self.s * Self.t).bytes) == "ddc3404ad756eaf582ce04665aa3e7f99bf993fbfcba8987ff5a3bc38df08306")
        #expect(Hex.string((Self.s + Self.t).bytes) == "fdb980d9207a630c88396a70499d040735b17cff6affa4e0547e6db1ca157500")
        #expect(Hex.string((Self.s - Self.t).bytes) == "d4d3e9cd3cec54e49dbd58dec01df1c1d87ea9b7aaaab063b4bb4a9b65476b07")
        #expect(Hex.string((-Self.s).bytes) == "0ea3c55a5efeac33d8521a2a6a9ff425f9e76c24f52ad55dfbe2a3d967d10f04")
    }

    @Test func wideInputsAreReducedModTheOrder() {
        let hash = Hex.bytes(
            "07adf02ce6820b0fd4521c23af545e6af03e360dfb4f81ecdf2c86d897f8774cf763acaf14a101fb9c80c999d0fc6f5a298bddff2d589c0147edee43e17e9844")!
        #expect(Hex.string(Scalar(bytesModOrderWide: hash).bytes) == "314eaaa87637cab718dd3d839c3b96de494c3357072caaa2f0f4de30f230eb09")
        let allOnes = [UInt8](repeating: 0xff, count: 64)
        #expect(Hex.string(Scalar(bytesModOrderWide: allOnes).bytes) == "000f9c44e31106a447938568a71b0ed065bef517d273ecce3d9a307c1b419903")
    }

    @Test func thirtyTwoByteInputsAreReducedModTheOrder() {
        #expect(Scalar(bytesModOrder: Self.orderBytes) == .zero)
        #expect(Scalar(bytesModOrder: Self.s.bytes) == Self.s)
        // (2^256 − 1) mod ℓ, from Python.
        #expect(Hex.string(Scalar(bytesModOrder: [UInt8](repeating: 0xff, count: 32)).bytes)
            == "1c95988d7431ecd670cf7d73f45befc6feffffffffffffffffffffffffffff0f")
    }

    @Test func orderMinusOnePlusOneIsZero() throws {
        let orderMinusOne = try #require(Scalar(canonicalBytes: Self.orderMinusOneBytes))
        #expect(orderMinusOne + .one == .zero)
        #expect(orderMinusOne == -Scalar.one)
        #expect(orderMinusOne * orderMinusOne == .one)
    }

    @Test func nonCanonicalEncodingsAreRejected() {
        #expect(Scalar(canonicalBytes: Self.orderBytes) == nil)
        var orderPlusOne = Self.orderBytes
        orderPlusOne[0] += 1
        #expect(Scalar(canonicalBytes: orderPlusOne) == nil)
        #expect(Scalar(canonicalBytes: [UInt8](repeating: 0xff, count: 32)) == nil)
        #expect(Scalar(canonicalBytes: [UInt8](repeating: 0, count: 31)) == nil)
        #expect(Scalar(canonicalBytes: Self.orderMinusOneBytes)?.bytes == Self.orderMinusOneBytes)
    }

    @Test func ringIdentitiesHoldOnPseudoRandomScalars() {
        var generator = SplitMix64(seed: 25519)
        for _ in 0..<50 {
            let a = Scalar(bytesModOrderWide: generator.bytes(64))
            let b = Scalar(bytesModOrderWide: generator.bytes(64))
            let c = Scalar(bytesModOrderWide: generator.bytes(64))
            #expect(a * (b + c) == a * b + a * c)
            #expect((a - b) + b == a)
            #expect(a + (-a) == .zero)
            #expect(a * .one == a)
            #expect(Scalar(canonicalBytes: a.bytes) == a)
        }
    }
}
