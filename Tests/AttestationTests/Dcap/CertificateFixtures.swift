@testable import Attestation
import Foundation
import PhalaTesting
import SwiftASN1
import X509

/// Loads the DCAP sample files (Fixtures/dcap, from dcap-qvl commit 9bffe30 `sample/`; expected values
/// in dcap.md §3.4, §3.5 and §4) for the certificate and revocation tests.
enum CertificateFixtures {
    /// The three samples with their own collateral and the `now` dcap-qvl's tests use (dcap.md §4.1).
    enum Sample: String, CaseIterable {
        case sgx = "sgx_quote"
        case tdx = "tdx_quote"
        case tdxOutdated = "tdx_quote_outdated"

        /// min(nextUpdate of TCB info, QE identity, Root CA CRL, PCK CRL) − 1 (dcap.md §4.1).
        var now: UInt64 {
            switch self {
            case .sgx: 1_752_919_277
            case .tdx: 1_752_919_234
            case .tdxOutdated: 1_774_003_274
            }
        }
    }

    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Fixtures/dcap")

    /// The raw bytes of a fixture file.
    static func bytes(_ name: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: directory.appendingPathComponent(name)))
    }

    /// A string field of a sample's collateral JSON.
    static func collateralField(_ sample: Sample, _ field: String) throws -> String {
        let data = try Data(contentsOf: directory.appendingPathComponent(sample.rawValue + "_collateral.json"))
        guard let object = try JSONSerialization.jsonObject(with: data) as? [String: Any],
            let value = object[field] as? String
        else { throw FixtureError(description: "\(sample.rawValue) collateral has no string \(field)") }
        return value
    }

    /// A hex CRL field (`root_ca_crl` or `pck_crl`) of a sample's collateral, parsed.
    static func crl(_ sample: Sample, _ field: String) throws -> CertificateRevocationList {
        guard let der = Hex.bytes(try collateralField(sample, field)) else {
            throw FixtureError(description: "\(field) of \(sample.rawValue) is not hex")
        }
        return try CertificateRevocationList(derEncoded: der)
    }

    /// The trust store of a sample's collateral with the pinned Intel root.
    static func trustStore(_ sample: Sample, pckCrlFrom other: Sample? = nil) throws -> DcapTrustStore {
        DcapTrustStore(
            root: try IntelRootCA.certificate(),
            rootCaCrl: try crl(sample, "root_ca_crl"),
            pckCrl: try crl(other ?? sample, "pck_crl")
        )
    }

    /// The PEM PCK chain embedded in a sample quote: from the first BEGIN marker to the end of the
    /// certification data (the trailing NUL and any padding included, as the verifier sees them).
    static func quotePCKChain(_ sample: Sample) throws -> [UInt8] {
        let quote = try bytes(sample.rawValue)
        let marker = Array("-----BEGIN CERTIFICATE-----".utf8)
        guard let start = quote.indices.first(where: { quote[$0...].starts(with: marker) }) else {
            throw FixtureError(description: "\(sample.rawValue) has no PEM chain")
        }
        return Array(quote[start...])
    }

    /// The DER encoding of a certificate.
    static func der(_ certificate: Certificate) throws -> [UInt8] {
        var serializer = DER.Serializer()
        try serializer.serialize(certificate)
        return serializer.serializedBytes
    }

    /// PEM text with one CERTIFICATE block per DER blob, NUL-terminated like a quote's chain.
    static func pem(derBlocks: [[UInt8]]) -> [UInt8] {
        let text = derBlocks.map { der in
            "-----BEGIN CERTIFICATE-----\n" + Data(der).base64EncodedString(options: .lineLength64Characters)
                + "\n-----END CERTIFICATE-----\n"
        }.joined()
        return Array(text.utf8) + [0]
    }

    /// A fixture that is not what the test expects.
    struct FixtureError: Error, CustomStringConvertible {
        let description: String
    }
}
