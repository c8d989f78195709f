@testable import PhalaCrypto
import PhalaTesting
import Testing

@Suite struct Strobe128Tests {
    // The conformance sequence of merlin's src/strobe.rs test (which checks it against strobe-rs);
    // the expected PRF outputs are those recorded in paulmillr/micro-sr25519 test/basic.test.ts
    // ("strobe128"). It covers a continued meta-AD, an AD longer than the rate, PRF and KEY.
    @Test func conformanceSequenceProducesTheRecordedOutputs() {
        var strobe = Strobe128(protocolLabel: Array("Conformance Test Protocol".utf8))
        strobe.metaAssociatedData(Array("ms".utf8), continuing: false)
        strobe.metaAssociatedData(Array("g".utf8), continuing: true)
        strobe.associatedData([UInt8](repeating: 99, count: 1024), continuing: false)
        strobe.metaAssociatedData(Array("prf".utf8), continuing: false)
        let first = strobe.pseudoRandomBytes(count: 32, continuing: false)
        #expect(Hex.string(first) == "b48e645ca17c667fd5206ba57a6a228d72d8e1903814d3f17f622996d7cfefb0")
        strobe.metaAssociatedData(Array("key".utf8), continuing: false)
        strobe.rekey(first, continuing: false)
        strobe.metaAssociatedData(Array("prf".utf8), continuing: false)
        let second = strobe.pseudoRandomBytes(count: 32, continuing: false)
        #expect(Hex.string(second) == "07e45cce8078cee259e3e375bb85d75610e2d1e1201c5f645045a194edd49ff8")
    }

    @Test func splittingAnOperationIntoContinuedPartsChangesNothing() {
        var whole = Strobe128(protocolLabel: Array("split".utf8))
        var split = whole
        let data = (0..<400).map { UInt8(truncatingIfNeeded: $0 &* 7) }
        whole.associatedData(data, continuing: false)
        split.associatedData(data[0..<150], continuing: false)
        split.associatedData(data[150...], continuing: true)
        #expect(whole.pseudoRandomBytes(count: 200, continuing: false)
            == split.pseudoRandomBytes(count: 200, continuing: false))
    }
}
