import Attestation
import Foundation
import PhalaPrimitives

/// Reads the two files `phala attest verify` takes: the quote (binary or hex text) and the collateral.
enum AttestInputFile {
    /// The quote's bytes: the file as it is, or decoded when the file is hex text.
    ///
    /// A file counts as text when it has no control bytes other than tab, CR and LF (a binary quote
    /// always has some: its header starts with the little-endian version 3, 4 or 5, i.e. `03 00`). Text
    /// must then be hex digits with an optional `0x`, surrounded by optional whitespace.
    /// - Parameter path: the `--quote` path.
    /// - Throws: `CommandError` naming the file when it cannot be read, is empty or is invalid hex.
    static func quote(path: String) throws(CommandError) -> [UInt8] {
        let bytes = try contents(of: path, option: "--quote")
        guard bytes.allSatisfy(isTextByte) else { return bytes }
        let text = String(decoding: bytes, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        guard !text.isEmpty else {
            throw CommandError("--quote \(path) is empty; pass the quote file (raw bytes or hex text)")
        }
        do { return try Hex.decode(text) } catch {
            throw CommandError(
                "--quote \(path) is text but not a hex quote: \(error); pass the raw quote or its hex dump"
            )
        }
    }

    /// The collateral parsed from dcap-qvl's `QuoteCollateralV3` JSON.
    /// - Parameter path: the `--collateral` path.
    /// - Throws: `CommandError` naming the file when it cannot be read or is not that JSON.
    static func collateral(path: String) throws(CommandError) -> DcapCollateral {
        let bytes = try contents(of: path, option: "--collateral")
        do { return try DcapCollateral(json: bytes) } catch {
            throw CommandError("--collateral \(path) is not dcap-qvl QuoteCollateralV3 JSON: \(error)")
        }
    }

    /// The whole file at `path`.
    private static func contents(of path: String, option: String) throws(CommandError) -> [UInt8] {
        guard FileManager.default.fileExists(atPath: path) else {
            throw CommandError("\(option) \(path) does not exist; check the path")
        }
        do { return Array(try Data(contentsOf: URL(fileURLWithPath: path))) } catch {
            throw CommandError("cannot read \(option) \(path) (\(error.localizedDescription)); check its permissions")
        }
    }

    /// Whether `byte` may appear in a text file: anything but control bytes other than tab, CR and LF.
    private static func isTextByte(_ byte: UInt8) -> Bool {
        (byte >= 0x20 && byte != 0x7f) || byte == 0x09 || byte == 0x0a || byte == 0x0d
    }
}
