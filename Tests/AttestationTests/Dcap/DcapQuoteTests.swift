import Testing

@testable import Attestation

/// Field values from dcap.md §4.2–4.5 (checked there against dcap-qvl 0.5.2/0.7.0 `parse_quote`).
@Suite struct DcapQuoteTests {
    let hex = DcapFixtures.hexString

    @Test func sgxSampleParsesAsQuoteV3WithItsEnclaveReport() throws {
        let quote = try DcapQuote(bytes: DcapFixtures.sgxQuote)
        #expect(quote.header.version == 3)
        #expect(quote.header.attestationKeyType == 2)
        #expect(quote.header.teeType == QuoteHeader.teeTypeSGX)
        #expect(quote.header.qeSvn == 10)
        #expect(quote.header.pceSvn == 15)
        #expect(quote.header.qeVendorID == QuoteHeader.intelQeVendorID)
        #expect(hex(quote.header.userData) == "3987622ee6968a54977c8626ef47123500000000")
        #expect(quote.bodyType == nil)
        #expect(quote.signedLength == 432)
        let report = try #require(quote.body.enclaveReport)
        #expect(hex(report.cpuSvn) == "0b0b1a18ffff04000000000000000000")
        #expect(report.miscSelect == 0)
        #expect(hex(report.attributes) == "0500000000000000e700000000000000")
        #expect(!report.isDebug)
        #expect(hex(report.mrEnclave) == "33d8736db756ed4997e04ba358d27833188f1932ff7b1d156904d3f560452fbb")
        #expect(hex(report.mrSigner) == "815f42f11cf64430c30bab7816ba596a1da0130c3b028b673133a66cf9a3e0e6")
        #expect(report.isvProdID == 0 && report.isvSvn == 0)
        #expect(quote.body.reportData == Array("Hello, world!".utf8) + [UInt8](repeating: 0, count: 51))
        let signature = quote.signatureData
        #expect(hex(signature.attestationKey) == "dce2b91fecd2fa25546d41c1d50c6d21e28ae0442153d092a505fd4b02b9bd3952e6e90c2405d3e349eef1fd5850840e2be83bc4fe659171d615085f72d57b7f")
        #expect(hex(signature.qeReport.mrEnclave) == "96b347a64e5a045e27369c26e6dcda51fd7c850e9b3a3a79e718f43261dee1e4")
        #expect(hex(signature.qeReport.mrSigner) == "8c4f5775d796503e96137f77c68a829a0056ac8ded70140b081b094490c57bff")
        #expect(signature.qeReport.isvProdID == 1 && signature.qeReport.isvSvn == 10)
        #expect(hex(signature.qeReport.attributes) == "1500000000000000e700000000000000")
        #expect(hex(signature.qeReport.reportData) == "c261bb882e542aa8d7f9e99a00efcb11cf2ee66fa9c6861f9230d3f803a275fd" + String(repeating: "00", count: 32))
        #expect(signature.qeReportBytes == Array(try DcapFixtures.sgxQuote[564..<948]))
        #expect(signature.qeAuthData == Array(0...31))
        #expect(signature.certificationDataType == 5)
        #expect(signature.certificationData.count == 3548 && signature.certificationData.last == 0)
        #expect(signature.certificationData.starts(with: Array("-----BEGIN CERTIFICATE-----".utf8)))
    }

    @Test func tdxSampleParsesAsQuoteV4WithItsTDReport10() throws {
        let quote = try DcapQuote(bytes: DcapFixtures.tdxQuote)
        #expect(quote.header.version == 4 && quote.header.teeType == QuoteHeader.teeTypeTDX)
        #expect(quote.header.qeSvn == 0 && quote.header.pceSvn == 0)
        #expect(hex(quote.header.userData) == "889b7d6ff9df2405b240a830e73faf3d00000000")
        #expect(quote.signedLength == 632)
        guard case .tdReport10(let report) = quote.body else { Issue.record("expected TD report 1.0"); return }
        #expect(hex(report.teeTcbSvn) == "06010300000000000000000000000000")
        #expect(hex(report.mrSeam) == "5b38e33a6487958b72c3c12a938eaa5e3fd4510c51aeeab58c7d5ecee41d7c436489d6c8e4f92f160b7cad34207b00c1")
        #expect(report.mrSignerSeam == [UInt8](repeating: 0, count: 48))
        #expect(report.seamAttributes == [UInt8](repeating: 0, count: 8))
        #expect(hex(report.tdAttributes) == "0000001000000000")
        #expect(hex(report.xfam) == "e702060000000000")
        #expect(hex(report.mrTD) == "91eb2b44d141d4ece09f0c75c2c53d247a3c68edd7fafe8a3520c942a604a407de03ae6dc5f87f27428b2538873118b7")
        #expect(report.mrConfigID == [UInt8](repeating: 0, count: 48))
        #expect(report.mrOwner == [UInt8](repeating: 0, count: 48) && report.mrOwnerConfig == [UInt8](repeating: 0, count: 48))
        #expect(hex(report.rtmrs[0]) == "44c0197b39157fdd7a4dcc44767f9d6b0bb3977c7a8e347b8492f827fe9d9e5c48aca29b220b80b6a540cf994b9bc9c0")
        #expect(hex(report.rtmrs[1]) == "0084452c01668329d4bc06acdf58a7205c26743304509973949e5619bf81a6a7aea8c323c173019b3093d54e579e9378")
        #expect(hex(report.rtmrs[2]) == "d833feef2cd945148aa38ead2c53e9b7f138190aaaebfc551dccd829fc207aa3ba80b70870d7330733642e01d48c3132")
        #expect(report.rtmrs[3] == [UInt8](repeating: 0, count: 48))
        #expect(hex(report.reportData) == "9a9d48e7f6799642d3d1b34e1e5e1742d4bb02dd6ddd551862c1211d35c304f9eca3efdbb481601c163cf52493d6e44aed55d51ec39b7e518fadb92c2b523f20")
        #expect(report.teeTcbSvn2 == nil && report.mrServiceTD == nil)
        #expect(!quote.body.isDebug)
        let signature = quote.signatureData
        #expect(hex(signature.attestationKey) == "c78ac5859b9f567238fad82ad63202bc516ee7ad14ec1d9adfc633e4cf5f71f73d6138ce76d0d9c1443f695464d1ed419c37ce696e70e95a5b317894a5897907")
        #expect(hex(signature.qeReport.mrEnclave) == "e5a3a7b5d830c2953b98534c6c59a3a34fdc34e933f7f5898f0a85cf08846bca")
        #expect(signature.qeReport.isvProdID == 2 && signature.qeReport.isvSvn == 6)
        #expect(signature.qeReportBytes == Array(try DcapFixtures.tdxQuote[770..<1154]))
        #expect(signature.qeAuthData.count == 32)
        #expect(signature.certificationDataType == 5 && signature.certificationData.count == 3678)
    }

    @Test func tdxOutdatedSampleParsesAsQuoteV5WithItsTDReport15() throws {
        let quote = try DcapQuote(bytes: DcapFixtures.tdxOutdatedQuote)
        #expect(quote.header.version == 5 && quote.bodyType == 3)
        #expect(hex(quote.header.userData) == "dd130a3f3a9e91528dafeb58cc82c33b00000000")
        #expect(quote.signedLength == 702)
        guard case .tdReport15(let report) = quote.body else { Issue.record("expected TD report 1.5"); return }
        #expect(hex(report.teeTcbSvn) == "07010300000000000000000000000000")
        #expect(hex(report.mrSeam) == "49b66faa451d19ebbdbe89371b8daf2b65aa3984ec90110343e9e2eec116af08850fa20e3b1aa9a874d77a65380ee7e6")
        #expect(hex(report.tdAttributes) == "0000001000000000" && hex(report.xfam) == "e718060000000000")
        #expect(hex(report.mrTD) == "273828c46252fcbdd8ad2dd907130222b03466d52a2911d70c1a5950895d6bd1ae451d382d5a9b1b4c0ed0e5ae9a3dbd")
        #expect(report.rtmrs.allSatisfy { $0 == [UInt8](repeating: 0, count: 48) })
        #expect(hex(report.reportData) == "d2142b643598eb5fae2bc8529dd79a558b29f868ccbb6531cb28dab9dce47728" + String(repeating: "00", count: 32))
        #expect(report.teeTcbSvn2.map(hex) == "0d010300000000000000000000000000")
        #expect(report.mrServiceTD == [UInt8](repeating: 0, count: 48))
        #expect(hex(quote.signatureData.qeReport.mrEnclave) == "b7ae9ab69e76f7794a56b0db1915281d435d488c91d406ed33a7939caf8730f8")
        #expect(quote.signatureData.qeReport.isvSvn == 7)
        #expect(quote.signatureData.qeReportBytes == Array(try DcapFixtures.tdxOutdatedQuote[840..<1224]))
    }

    @Test func hexSamplesDecodeToTDXQuotesWithTheirMeasurements() throws {
        let tappd = try DcapQuote(bytes: DcapFixtures.hexQuote("quote-from-tappd.hex"))
        let other = try DcapQuote(bytes: DcapFixtures.hexQuote("tdx-quote.hex"))
        for quote in [tappd, other] {
            #expect(quote.header.version == 4)
            #expect(hex(quote.header.userData) == "83fbfe61525f55581315cd9dc950f44700000000")
            #expect(quote.body.tdReport.map { hex($0.teeTcbSvn) }?.hasPrefix("05010200") == true)
            #expect(quote.signatureData.qeReport.isvSvn == 6)
        }
        #expect(tappd.body.tdReport.map { hex($0.mrTD) } == "c68518a0ebb42136c12b2275164f8c72f25fa9a34392228687ed6e9caeb9c0f1dbd895e9cf475121c029dc47e70e91fd")
        #expect(tappd.body.tdReport.map { hex($0.rtmrs[3]) } == "a2d25bc888a93009af5b70eadb410e9071d18387e4db39aae20fe767f5c4279d95e6519c5d797938a90694599c5bea7a")
        #expect(other.body.tdReport.map { hex($0.mrTD) } == "7ba9e262ce6979087e34632603f354dd8f8a870f5947d116af8114db6c9d0d74c48bec4280e5b4f4a37025a10905bb29")
        #expect(hex(other.body.reportData) == "7148f47ef58b475fce69b386e2d6b4c964a9533cc328ea8e544db66612a5174698d006951cefa8fd4450e884300638e567e22f9a012ef5754aa6a9d9564fcd8a")
    }

    @Test func trailingPaddingIsIgnoredAndRemovingItChangesNothing() throws {
        let padded = try DcapFixtures.tdxQuote
        let quote = try DcapQuote(bytes: padded)
        #expect(try DcapQuote(bytes: Array(padded[..<4936])) == quote)
        #expect(try DcapQuote(bytes: padded + [UInt8](repeating: 0, count: 10)) == quote)
        #expect(try DcapQuote(bytes: DcapFixtures.sgxQuote + [1, 2, 3]) == DcapQuote(bytes: DcapFixtures.sgxQuote))
    }
}
