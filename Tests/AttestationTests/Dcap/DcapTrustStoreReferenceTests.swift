@testable import Attestation
import Foundation
import PhalaTesting
import Testing

/// Cross-checks PCK chain verification against dcap-qvl 0.7.0 on bit-flipped quote chains
/// (Fixtures/dcap_qvl_reference.py, mutation mode restricted to the `cert_chain` region).
@Suite struct DcapTrustStoreReferenceTests {
    typealias Sample = CertificateFixtures.Sample

    /// dcap-qvl messages that mean the PCK chain itself was refused; any other verdict means it passed.
    static let chainFailures = [
        "Failed to extract PCK certificates", "Failed to parse PCK certificate", "Failed to verify certificate chain",
    ]

    @Test(arguments: Sample.allCases)
    func flippedPCKChainsAreRefusedExactlyWhenDcapQvlRefusesThem(sample: Sample) throws {
        let quote = try CertificateFixtures.bytes(sample.rawValue)
        // The chain starts at the first BEGIN; its length is the u32 (LE) just before (dcap.md §1.6/§1.7).
        let pem = try CertificateFixtures.quotePCKChain(sample)
        let start = quote.count - pem.count
        let length = Int(quote[start - 4]) | Int(quote[start - 3]) << 8 | Int(quote[start - 2]) << 16
        let regions = [
            "header", "body_descriptor", "body", "sig_data_len", "quote_signature", "attestation_key",
            "qe_cert_data_header", "qe_report", "qe_report_signature", "qe_auth_data_len", "qe_auth_data",
            "cert_data_header", "padding",
        ]
        var plan: [String: Int] = Dictionary(uniqueKeysWithValues: regions.map { ($0, 0) })
        plan["cert_chain"] = 80
        let request: [String: Any] = [
            "quote_path": sample.rawValue, "collateral_json_path": sample.rawValue + "_collateral.json",
            "now": sample.now, "mutate": ["seed": 20_261_126, "plan": plan],
        ]
        let script = CertificateFixtures.directory.deletingLastPathComponent().appendingPathComponent(
            "dcap_qvl_reference.py"
        )
        let output = try PythonReference.run(
            script: script.path,
            input: try JSONSerialization.data(withJSONObject: request) + Data("\n".utf8)
        )
        let store = try CertificateFixtures.trustStore(sample)
        var outcomes: [Bool: Int] = [:]
        for line in output.split(separator: "\n") {
            let verdict = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            let mutatedHex = try #require(verdict["quote_hex"] as? String)
            let mutated = try #require(Hex.bytes(mutatedHex))
            let message = verdict["message"] as? String ?? ""
            let referenceRefuses = Self.chainFailures.contains { message.hasPrefix($0) }
            let chain = Array(mutated[start..<(start + length)])
            var refused = false
            do {
                _ = try store.verifyChain(pem: chain, now: sample.now)
            } catch {
                refused = true
            }
            #expect(
                refused == referenceRefuses,
                "offset \(verdict["offset"] ?? "?") bit \(verdict["bit"] ?? "?"): \(message)"
            )
            outcomes[refused, default: 0] += 1
        }
        // Both kinds occur (flips in the root copy or the line breaks leave the chain valid).
        #expect(outcomes[true, default: 0] + outcomes[false, default: 0] == 80)
        #expect(outcomes[true, default: 0] > 0 && outcomes[false, default: 0] > 0)
    }
}
