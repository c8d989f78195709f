import Testing

@testable import Attestation

/// Values of dcap.md §3.3 (dcap-qvl commit 9bffe30 sample collateral).
@Suite struct QeIdentityTests {
    @Test func sgxQeIdentityHasIntelsSignerMasksAndSixLevels() throws {
        let identity = try QeIdentity(json: DcapFixtures.sgxCollateral.qeIdentity)
        #expect(identity.id == "QE" && identity.version == 2)
        #expect(identity.issueDate == 1_750_327_278 && identity.nextUpdate == 1_752_919_278)
        #expect(DcapFixtures.hexString(identity.mrSigner) == "8c4f5775d796503e96137f77c68a829a0056ac8ded70140b081b094490c57bff")
        #expect(identity.isvProdID == 1)
        #expect(identity.miscSelect == [0, 0, 0, 0] && identity.miscSelectMask == [0xFF, 0xFF, 0xFF, 0xFF])
        #expect(DcapFixtures.hexString(identity.attributes) == "11000000000000000000000000000000")
        #expect(DcapFixtures.hexString(identity.attributesMask) == "fbffffffffffffff0000000000000000")
        #expect(identity.tcbLevels.map(\.isvSvn) == [8, 6, 5, 4, 2, 1])
        #expect(identity.tcbLevels.map(\.verdict.status) == [.upToDate] + Array(repeating: .outOfDate, count: 5))
        #expect(identity.tcbLevels[1].verdict.advisoryIDs == ["INTEL-SA-00615"])
    }

    @Test func firstLevelAtOrBelowTheSvnGivesTheVerdict() throws {
        let levels = try QeIdentity(json: DcapFixtures.sgxCollateral.qeIdentity).tcbLevels
        #expect(EnclaveTcbLevel.firstMatch(in: levels, isvSvn: 10)?.status == .upToDate)
        #expect(EnclaveTcbLevel.firstMatch(in: levels, isvSvn: 7)?.advisoryIDs == ["INTEL-SA-00615"])
        #expect(EnclaveTcbLevel.firstMatch(in: levels, isvSvn: 0) == nil)
    }

    @Test func tdQeIdentityHasOneLevel() throws {
        let identity = try QeIdentity(json: DcapFixtures.tdxCollateral.qeIdentity)
        #expect(identity.id == "TD_QE" && identity.isvProdID == 2)
        #expect(identity.tcbLevels.map(\.isvSvn) == [4])
    }
}
