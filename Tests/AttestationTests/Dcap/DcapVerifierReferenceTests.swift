@testable import Attestation
import Foundation
import PhalaTesting
import Testing

/// Cross-checks the whole verifier against dcap-qvl 0.7.0 (Fixtures/dcap_qvl_reference.py) on the
/// default mutation plan: 200/210/212 single-bit flips of every quote region per sample (header,
/// body, signature data, QE report, QE auth data, PEM chain, padding). Needs PHALA_TEST_PYTHON.
@Suite struct DcapVerifierReferenceTests {
    typealias Sample = CertificateFixtures.Sample

    /// The dcap-qvl message prefixes that correspond to each failing step of ours.
    static let messagesByStep: [String: [String]] = [
        "quote": ["Failed to decode quote", "Unsupported DCAP PCK cert format", "Unsupported TEE type", "Invalid QE auth data length"],
        "header": ["Unknown QE vendor ID", "Unsupported DCAP attestation key type", "Unsupported DCAP quote version", "Unsupported quote version"],
        "attestationKey": ["QE report hash mismatch", "Invalid QE auth data length", "Failed to decode quote"],
        "qeReport": ["Signature is invalid for qe_report"],
        "quoteSignature": ["ISV enclave report signature is invalid"],
        "pckChain": ["Unsupported DCAP PCK cert format", "Failed to extract PCK certificates", "Failed to parse PCK certificate", "Failed to verify certificate chain"],
        "platformTcb": ["No matching TCB level found", "Fmspc mismatch"],
        "qePolicy": ["QE"],
    ]

    @Test(arguments: Sample.allCases)
    func everyFlippedQuoteGetsDcapQvlsVerdict(sample: Sample) throws {
        let request: [String: Any] = [
            "quote_path": sample.rawValue, "collateral_json_path": sample.rawValue + "_collateral.json",
            "now": sample.now, "mutate": ["seed": 7, "plan": [String: Int]()],
        ]
        let script = DcapFixtures.directory.deletingLastPathComponent().appendingPathComponent("dcap_qvl_reference.py")
        let output = try PythonReference.run(
            script: script.path,
            input: try JSONSerialization.data(withJSONObject: request) + Data("\n".utf8)
        )
        let collateral = try DcapCollateral(json: DcapFixtures.bytes(sample.rawValue + "_collateral.json"))
        var count = 0
        for line in output.split(separator: "\n") {
            let verdict = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            let quoteHex = try #require(verdict["quote_hex"] as? String)
            let quote = try #require(Hex.bytes(quoteHex))
            let flip = "\(verdict["region"] ?? "?") offset \(verdict["offset"] ?? "?") bit \(verdict["bit"] ?? "?")"
            let message = verdict["message"] as? String ?? ""
            count += 1
            do {
                let report = try DcapVerifier.verify(quote: quote, collateral: collateral, now: sample.now)
                #expect(verdict["ok"] as? Bool == true, "\(flip): we accept, dcap-qvl refuses: \(message)")
                #expect(report.status.rawValue == verdict["status"] as? String, "\(flip)")
                #expect(report.advisoryIDs == verdict["advisory_ids"] as? [String], "\(flip)")
            } catch {
                #expect(verdict["ok"] as? Bool == false, "\(flip): we refuse (\(error)), dcap-qvl accepts")
                let expected = Self.messagesByStep[error.step] ?? []
                #expect(expected.contains { message.hasPrefix($0) }, "\(flip): our step \(error.step) (\(error)) vs dcap-qvl \(message)")
            }
        }
        #expect(count >= 200)
    }
}
