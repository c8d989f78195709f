import Foundation

/// Hex text ↔ bytes for golden vectors, and the fixture directory of this test target.
enum HexText {
    /// The bytes of an even-length hex string (optional `0x`); a malformed vector stops the test run.
    static func bytes(_ text: String) -> [UInt8] {
        let digits = Array((text.hasPrefix("0x") ? text.dropFirst(2) : Substring(text)).utf8)
        precondition(digits.count.isMultiple(of: 2), "odd-length hex vector: \(text)")
        return stride(from: 0, to: digits.count, by: 2).map { index in
            guard let byte = UInt8(String(decoding: digits[index...index + 1], as: UTF8.self), radix: 16) else {
                preconditionFailure("malformed hex vector: \(text)")
            }
            return byte
        }
    }

    /// Lowercase hex without a prefix.
    static func string(_ bytes: [UInt8]) -> String {
        bytes.map { ($0 < 16 ? "0" : "") + String($0, radix: 16) }.joined()
    }

    /// `Tests/PhalaCryptoTests/Fixtures/<name>`.
    static func fixturePath(_ name: String, filePath: String = #filePath) -> String {
        URL(fileURLWithPath: filePath)
            .deletingLastPathComponent()  // Hashing/
            .deletingLastPathComponent()  // PhalaCryptoTests/
            .appendingPathComponent("Fixtures")
            .appendingPathComponent(name)
            .path
    }
}
