import Foundation
import Testing

@testable import Attestation

/// Values read from the sample collateral with Python's json module (dcap-qvl commit 9bffe30 `sample/`).
@Suite struct TcbInfoTests {
    @Test func sgxTcbInfoHasItsElevenLevelsInOrder() throws {
        let info = try TcbInfo(json: DcapFixtures.sgxCollateral.tcbInfo)
        #expect(info.id == "SGX" && info.version == 3)
        #expect(info.issueDate == 1_750_330_571 && info.nextUpdate == 1_752_922_571)
        #expect(info.fmspc == [0x00, 0xA0, 0x67, 0x11, 0x00, 0x00] && info.pceID == [0, 0])
        #expect(info.tdxModule == nil && info.tdxModuleIdentities.isEmpty)
        #expect(info.tcbLevels.count == 11)
        #expect(info.tcbLevels[0].sgxComponents == [11, 11, 2, 2, 255, 1, 12, 0, 0, 0, 0, 0, 0, 0, 0, 0])
        #expect(info.tcbLevels[0].pceSvn == 13 && info.tcbLevels[0].tdxComponents == nil)
        #expect(info.tcbLevels[0].verdict == TcbVerdict(status: .swHardeningNeeded, advisoryIDs: ["INTEL-SA-00615"]))
        #expect(info.tcbLevels[1].verdict == TcbVerdict(status: .configurationAndSWHardeningNeeded, advisoryIDs: ["INTEL-SA-00289", "INTEL-SA-00615"]))
        #expect(info.canonicalLevels == info.tcbLevels)
    }

    @Test func tdxTcbInfoHasTheModuleAndItsIdentities() throws {
        let info = try TcbInfo(json: DcapFixtures.tdxCollateral.tcbInfo)
        #expect(info.id == "TDX" && info.fmspc == [0xB0, 0xC0, 0x6F, 0, 0, 0])
        #expect(info.tdxModule == TcbInfo.TdxModule(mrSigner: [UInt8](repeating: 0, count: 48), attributes: [UInt8](repeating: 0, count: 8), attributesMask: [UInt8](repeating: 0xFF, count: 8)))
        #expect(info.tdxModuleIdentities.map(\.id) == ["TDX_03", "TDX_01"])
        #expect(info.tdxModuleIdentities[1].tcbLevels.map(\.isvSvn) == [4, 2])
        #expect(info.tdxModuleIdentities[1].tcbLevels.map(\.verdict.status) == [.upToDate, .outOfDate])
        #expect(info.tcbLevels.count == 2)
        #expect(info.tcbLevels[0].tdxComponents == [5, 0, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0])
        #expect(info.tcbLevels[0].verdict == TcbVerdict(status: .upToDate, advisoryIDs: []))
        #expect(info.tcbLevels[1].pceSvn == 5 && info.tcbLevels[1].verdict.advisoryIDs.count == 14)
    }

    @Test func canonicalOrderSortsDescendingByComponentsThenPceSvnThenTdxComponents() throws {
        func level(_ sgx: [UInt8], _ pce: UInt16, _ tdx: [UInt8]?, _ id: String) -> TcbInfo.Level {
            TcbInfo.Level(sgxComponents: sgx, pceSvn: pce, tdxComponents: tdx, verdict: TcbVerdict(status: .upToDate, advisoryIDs: [id]))
        }
        var info = try TcbInfo(json: DcapFixtures.tdxCollateral.tcbInfo)
        info.tcbLevels = [
            level([1, 0], 5, [1], "a"), level([2, 0], 1, [0], "b"), level([1, 0], 9, [0], "c"),
            level([1, 0], 5, [2], "d"), level([1, 0], 5, [2], "e"),
        ]
        #expect(info.canonicalLevels.map { $0.verdict.advisoryIDs[0] } == ["b", "c", "d", "e", "a"])
    }

    @Test func unknownStatusAndOutOfRangeSvnAreRefused() throws {
        let text = String(decoding: try DcapFixtures.sgxCollateral.tcbInfo, as: UTF8.self)
        for (mutated, field) in [
            (text.replacingOccurrences(of: #""tcbStatus":"SWHardeningNeeded""#, with: #""tcbStatus":"Fine""#), "tcb_info.tcbLevels[0].tcbStatus"),
            (text.replacingOccurrences(of: #"[{"svn":11},"#, with: #"[{"svn":256},"#), "tcb_info.tcbLevels[0].tcb.sgxtcbcomponents[0].svn"),
            (text.replacingOccurrences(of: #""fmspc":"00A067110000""#, with: #""fmspc":"00A0671100""#), "tcb_info.fmspc"),
            (text.replacingOccurrences(of: #""nextUpdate":"2025-07-19T10:56:11Z""#, with: #""nextUpdate":"2025-07-19""#), "tcb_info.nextUpdate"),
        ] {
            #expect(mutated != text)
            #expect {
                _ = try TcbInfo(json: Array(mutated.utf8))
            } throws: { error in
                guard case .malformedCollateral(let reported, _) = error as? DcapVerificationError else { return false }
                return reported == field
            }
        }
    }
}
