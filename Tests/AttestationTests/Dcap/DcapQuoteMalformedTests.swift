import Testing

@testable import Attestation

/// Malformed quotes are refused with typed errors and never trap (the verifier runs on chain).
@Suite struct DcapQuoteMalformedTests {
    /// Every prefix shorter than the end of the signature data is `.truncatedQuote`.
    @Test(arguments: [("sgx_quote", 4600), ("tdx_quote", 4936), ("tdx_quote_outdated", 5006)])
    func everyTruncationIsATruncatedQuoteError(name: String, end: Int) throws {
        let bytes = try DcapFixtures.bytes(name)
        var wrongErrors: [Int] = []
        for length in 0..<end {
            do {
                _ = try DcapQuote(bytes: Array(bytes[..<length]))
                wrongErrors.append(length)
            } catch {
                guard case .truncatedQuote = error else { wrongErrors.append(length); continue }
            }
        }
        #expect(wrongErrors.isEmpty, "lengths that did not give .truncatedQuote: \(wrongErrors.prefix(10))")
    }

    @Test func unknownVersionTeeTypeAndBodyTypeAreRefused() throws {
        var quote = try DcapFixtures.sgxQuote
        quote[0] = 6
        #expect(throws: DcapVerificationError.unsupportedQuoteVersion(6)) { try DcapQuote(bytes: quote) }
        quote = try DcapFixtures.sgxQuote
        quote[4] = 0x7F
        #expect(throws: DcapVerificationError.unsupportedTeeType(0x7F)) { try DcapQuote(bytes: quote) }
        quote = try DcapFixtures.tdxOutdatedQuote
        quote[48] = 4
        #expect(throws: DcapVerificationError.unsupportedBodyType(4)) { try DcapQuote(bytes: quote) }
        quote = try DcapFixtures.tdxOutdatedQuote
        quote[50] = 0x80  // size 0x0280 = 640 instead of 648
        #expect(throws: DcapVerificationError.bodySizeMismatch(bodyType: 3, size: 640)) { try DcapQuote(bytes: quote) }
    }

    @Test func theTypeOfTheQeMaterialWrapperIsReadButNotEnforcedLikeDcapQvl() throws {
        var quote = try DcapFixtures.tdxQuote
        #expect(try DcapQuote(bytes: quote).signatureData.qeCertificationDataType == 6)
        quote[764] = 7  // outer certification data type, dcap.md §1.7; dcap-qvl 0.7.0 still verifies it
        let parsed = try DcapQuote(bytes: quote)
        #expect(parsed.signatureData.qeCertificationDataType == 7)
        #expect(parsed.signatureData.certificationDataType == 5)
        #expect(try DcapQuote(bytes: DcapFixtures.sgxQuote).signatureData.qeCertificationDataType == nil)
    }

    @Test func hugeLengthFieldsAreTruncationsNotAllocations() throws {
        var quote = try DcapFixtures.sgxQuote
        quote.replaceSubrange(432..<436, with: [0xFF, 0xFF, 0xFF, 0xFF])  // sig_data_len
        #expect(throws: DcapVerificationError.self) { try DcapQuote(bytes: quote) }
        quote = try DcapFixtures.sgxQuote
        quote.replaceSubrange(1048..<1052, with: [0xFF, 0xFF, 0xFF, 0x7F])  // certification data length
        do {
            _ = try DcapQuote(bytes: quote)
            Issue.record("expected a truncation")
        } catch {
            guard case .truncatedQuote(let field, _, _, _) = error else { Issue.record("got \(error)"); return }
            #expect(field == "signature.certificationData")
        }
    }

    @Test func randomBytesAfterAValidHeaderNeverTrap() throws {
        // Deterministic xorshift stream; each buffer keeps a real header so parsing goes deep.
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next() -> UInt64 {
            state ^= state << 13
            state ^= state >> 7
            state ^= state << 17
            return state
        }
        let headers = [try DcapFixtures.sgxQuote, try DcapFixtures.tdxQuote, try DcapFixtures.tdxOutdatedQuote].map {
            Array($0[..<54])
        }
        var parsed = 0
        for round in 0..<600 {
            let length = Int(next() % 6000)
            var bytes = headers[round % 3] + (0..<length).map { _ in UInt8(truncatingIfNeeded: next()) }
            if round % 2 == 0, bytes.count > 640 {  // plausible lengths so the reader walks further
                bytes.replaceSubrange(632..<636, with: [0x00, 0x02, 0x00, 0x00])
            }
            if (try? DcapQuote(bytes: bytes)) != nil { parsed += 1 }
        }
        #expect(parsed < 600)
    }
}
