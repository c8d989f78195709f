import Testing

@testable import Attestation

/// dcap.md §2 step 11: the more severe status wins, advisories are unioned platform-first.
@Suite struct TcbVerdictTests {
    @Test func severityFollowsDcapQvlOrder() {
        #expect(TcbStatus.allCases.map(\.severity) == Array(0...6))
        #expect(TcbStatus(rawValue: "ConfigurationAndSWHardeningNeeded") == .configurationAndSWHardeningNeeded)
    }

    @Test func mergeKeepsTheMoreSevereStatusAndAppendsNewAdvisories() {
        let platform = TcbVerdict(status: .configurationNeeded, advisoryIDs: ["A", "B"])
        let qe = TcbVerdict(status: .outOfDate, advisoryIDs: ["B", "C"])
        #expect(platform.merged(with: qe) == TcbVerdict(status: .outOfDate, advisoryIDs: ["A", "B", "C"]))
        #expect(qe.merged(with: platform) == TcbVerdict(status: .outOfDate, advisoryIDs: ["B", "C", "A"]))
        let upToDate = TcbVerdict(status: .upToDate, advisoryIDs: [])
        #expect(platform.merged(with: upToDate) == platform)
    }
}
