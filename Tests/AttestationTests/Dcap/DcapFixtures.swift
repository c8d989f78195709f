@testable import Attestation
import Foundation

/// The DCAP sample quotes and collateral of Fixtures/dcap/ (dcap-qvl commit 9bffe30 `sample/`,
/// dcap.md §5), read relative to this file.
enum DcapFixtures {
    /// Why a fixture could not be read.
    struct Missing: Error, CustomStringConvertible {
        let description: String
    }

    /// The directory holding the fixtures.
    static let directory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/dcap")

    /// The bytes of fixture `name`.
    static func bytes(_ name: String) throws -> [UInt8] {
        guard let data = FileManager.default.contents(atPath: directory.appendingPathComponent(name).path) else {
            throw Missing(description: "fixture \(name) not found under \(directory.path)")
        }
        return Array(data)
    }

    /// A hex fixture (`0x` prefix and trailing whitespace allowed) decoded to bytes.
    static func hexQuote(_ name: String) throws -> [UInt8] {
        var text = String(decoding: try bytes(name), as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        if text.hasPrefix("0x") { text.removeFirst(2) }
        return try hex(text)
    }

    /// Decodes lowercase or uppercase hex text.
    static func hex(_ text: String) throws -> [UInt8] {
        let digits = Array(text.utf8)
        guard digits.count % 2 == 0 else { throw Missing(description: "odd-length hex") }
        var result: [UInt8] = []
        for index in stride(from: 0, to: digits.count, by: 2) {
            guard let byte = UInt8(String(decoding: digits[index..<index + 2], as: UTF8.self), radix: 16) else {
                throw Missing(description: "invalid hex at \(index)")
            }
            result.append(byte)
        }
        return result
    }

    /// Lowercase hex of `bytes`.
    static func hexString(_ bytes: [UInt8]) -> String {
        bytes.map { String(format: "%02x", $0) }.joined()
    }

    /// The SGX v3 sample quote (4600 bytes).
    static var sgxQuote: [UInt8] { get throws { try bytes("sgx_quote") } }
    /// The TDX v4 sample quote (5006 bytes including 70 padding bytes).
    static var tdxQuote: [UInt8] { get throws { try bytes("tdx_quote") } }
    /// The TDX v5 / TD report 1.5 sample quote.
    static var tdxOutdatedQuote: [UInt8] { get throws { try bytes("tdx_quote_outdated") } }

    /// The collateral of the SGX sample.
    static var sgxCollateral: DcapCollateral { get throws { try DcapCollateral(json: bytes("sgx_quote_collateral.json")) } }
    /// The collateral of the TDX v4 sample.
    static var tdxCollateral: DcapCollateral { get throws { try DcapCollateral(json: bytes("tdx_quote_collateral.json")) } }
    /// The collateral of the TDX v5 sample.
    static var tdxOutdatedCollateral: DcapCollateral {
        get throws { try DcapCollateral(json: bytes("tdx_quote_outdated_collateral.json")) }
    }
}
