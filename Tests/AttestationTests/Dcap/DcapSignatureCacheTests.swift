import Testing

@testable import Attestation

/// `DcapSignatureCache` keeps collateral signatures across verifications and nothing else: verdicts
/// stay those of a fresh check.
@Suite struct DcapSignatureCacheTests {
    static let sgxNow: UInt64 = 1_752_919_277

    @Test func aVerificationKeepsItsSixCollateralSignaturesAndASecondOneGivesTheSameReport() throws {
        let cache = DcapSignatureCache()
        let quote = try DcapFixtures.sgxQuote
        let collateral = try DcapFixtures.sgxCollateral
        let fresh = try DcapVerifier.verify(quote: quote, collateral: collateral, now: Self.sgxNow, signatureCache: nil)
        let first = try DcapVerifier.verify(
            quote: quote,
            collateral: collateral,
            now: Self.sgxNow,
            signatureCache: cache
        )
        // Root CA CRL, PCK CRL, the Platform CA and the TCB signing certificate (both issued by the
        // root), the TCB info and the QE identity; not the PCK leaf, QE report or quote signatures.
        #expect(cache.count == 6)
        let second = try DcapVerifier.verify(
            quote: quote,
            collateral: collateral,
            now: Self.sgxNow,
            signatureCache: cache
        )
        #expect(cache.count == 6)
        #expect(first == fresh && second == fresh)
    }

    @Test func cachedCollateralVouchesForNoOtherSignatureAndNoOtherTime() throws {
        let cache = DcapSignatureCache()
        let quote = try DcapFixtures.sgxQuote
        let collateral = try DcapFixtures.sgxCollateral
        _ = try DcapVerifier.verify(quote: quote, collateral: collateral, now: Self.sgxNow, signatureCache: cache)
        var forged = collateral
        forged.tcbInfoSignature[10] ^= 1
        #expect(throws: DcapVerificationError.invalidTcbInfoSignature) {
            try DcapVerifier.verify(quote: quote, collateral: forged, now: Self.sgxNow, signatureCache: cache)
        }
        var tampered = quote
        tampered[8] ^= 1
        #expect(throws: DcapVerificationError.invalidQuoteSignature) {
            try DcapVerifier.verify(quote: tampered, collateral: collateral, now: Self.sgxNow, signatureCache: cache)
        }
        #expect(throws: DcapVerificationError.qeIdentityExpired(nextUpdate: 1_752_919_278)) {
            try DcapVerifier.verify(quote: quote, collateral: collateral, now: 1_752_919_279, signatureCache: cache)
        }
    }

    @Test func aFullCacheStartsAgainEmpty() throws {
        let cache = DcapSignatureCache(capacity: 4)
        _ = try DcapVerifier.verify(
            quote: DcapFixtures.sgxQuote,
            collateral: DcapFixtures.sgxCollateral,
            now: Self.sgxNow,
            signatureCache: cache
        )
        // Six insertions into room for four: emptied at the fifth, two left.
        #expect(cache.count == 2)
    }
}
