import PhalaPrimitives
import PhalaTesting
import SCALE
import Testing

@Suite struct EraTests {
    // substrate-rpc.md §7.3 (checked against substrate-interface).
    @Test(arguments: [
        (UInt64(64), UInt64(1), [UInt8](arrayLiteral: 0x15, 0x00), UInt64(1), UInt64(65)),
        (64, 1000, [0x85, 0x02], 1000, 1064),
        (4096, 70000, [0x0b, 0x17], 70000, 74096),
    ])
    func referenceVectorsEncodeAndGiveTheirLifetime(
        period: UInt64,
        current: UInt64,
        bytes: [UInt8],
        birth: UInt64,
        death: UInt64
    ) throws {
        let era = Era.mortal(period: period, current: current)
        #expect(era.scaleEncoded() == bytes)
        #expect(try Era(scaleDecoding: bytes) == era)
        #expect(era.birth(current: current) == birth)
        #expect(era.death(current: current) == death)
    }

    @Test func immortalIsOneZeroByteAndLivesForever() throws {
        #expect(Era.immortal.scaleEncoded() == [0x00])
        #expect(try Era(scaleDecoding: [0x00]) == .immortal)
        #expect(Era.immortal.birth(current: 500) == 0)
        #expect(Era.immortal.death(current: 500) == .max)
    }

    @Test func periodIsRoundedToAPowerOfTwoAndClamped() {
        #expect(Era.mortal(period: 0, current: 10) == .mortal(period: 4, phase: 2))
        #expect(Era.mortal(period: 5, current: 10) == .mortal(period: 8, phase: 2))
        #expect(Era.mortal(period: 1 << 20, current: 10) == .mortal(period: 65536, phase: 0))
        // Period 65536 quantizes the phase to multiples of 16.
        #expect(Era.mortal(period: 65536, current: 100_037) == .mortal(period: 65536, phase: 34_496))
    }

    @Test func birthIsTheLatestMatchingBlockNotAfterCurrent() {
        let era = Era.mortal(period: 64, current: 1000)
        #expect(era.birth(current: 1063) == 1000)
        #expect(era.birth(current: 1064) == 1064)
        #expect(era.birth(current: 3) == 40)
    }

    @Test func decodingRejectsPeriodsBelowFourAndPhasesNotBelowThePeriod() {
        // Low nibble 0 would mean period 2.
        #expect(throws: ScaleDecodingError.self) { try Era(scaleDecoding: [0x10, 0x00]) }
        // Period 4 (nibble 1) with phase 4.
        #expect(throws: ScaleDecodingError.self) { try Era(scaleDecoding: [0x41, 0x00]) }
        #expect(throws: ScaleDecodingError(.unexpectedEnd(needed: 1), at: 1)) { try Era(scaleDecoding: [0x15]) }
    }

    @Test func randomErasRoundTripAndContainTheirSigningBlock() {
        var random = SplitMix64(seed: 4)
        for _ in 0..<500 {
            let current = random.next() >> Int.random(in: 0..<64, using: &random)
            let era = Era.mortal(period: random.next() >> Int.random(in: 40..<64, using: &random), current: current)
            expectRoundTrip(era)
            #expect(era.birth(current: current) <= current)
            #expect(current < era.death(current: current))
        }
    }
}
