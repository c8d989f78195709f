import SwiftASN1
import X509

/// Reads the PEM certificate chains DCAP carries (in the quote's certification data and in the
/// collateral's issuer-chain fields) into certificates, leaf first.
///
/// Framing follows the Rust `pem` crate that dcap-qvl uses, so damaged chains fail (or pass) the same
/// way: a block is `-----BEGIN <label>-----` … `-----END <label>-----` with equal, non-empty labels;
/// text between blocks (the quote chain's trailing NUL, newlines) is ignored; a BEGIN without a later
/// END ends the chain silently. Block bodies are standard base64 with canonical padding; ASCII
/// whitespace inside them is skipped (dcap.md §1.9).
enum PEMChain {
    private static let beginMarker = Array("-----BEGIN ".utf8)
    private static let endMarker = Array("-----END ".utf8)
    private static let dashes = Array("-----".utf8)

    /// Decodes the blocks of `pem` into certificates, in order.
    ///
    /// The first block (the leaf) must parse. A later block whose DER does not parse is left out: like
    /// webpki, which dcap-qvl uses, an intermediate only matters if path building reaches it, and a
    /// damaged copy of the root after a good chain does not make the chain fail.
    /// - Parameters:
    ///   - pem: PEM text (ASCII), possibly NUL-terminated.
    ///   - omitted: DER of a certificate the caller would drop anyway (the trust anchor's copy): a later
    ///     block with exactly these bytes is left out without being parsed.
    /// - Returns: the leaf, then every later block that parses as a certificate (and is not
    ///   `omitted`), in order.
    /// - Throws: `.malformedPEM` when there is no block, labels differ or a body is not base64;
    ///   `.malformedCertificate` when the first block's DER is not a certificate.
    static func certificates(in pem: [UInt8], omitting omitted: [UInt8]? = nil) throws(DcapCertificateError) -> [Certificate] {
        let blocks = try derBlocks(in: pem)
        guard let first = blocks.first else { throw .malformedPEM }
        let leaf: Certificate
        do {
            leaf = try Certificate(derEncoded: first)
        } catch {
            throw .malformedCertificate
        }
        return [leaf] + blocks.dropFirst().compactMap { $0 == omitted ? nil : try? Certificate(derEncoded: $0) }
    }

    /// The decoded body of every complete block, in order.
    private static func derBlocks(in pem: [UInt8]) throws(DcapCertificateError) -> [[UInt8]] {
        var blocks: [[UInt8]] = []
        var position = 0
        while let begin = firstIndex(of: beginMarker, in: pem, from: position),
            let beginLabelEnd = firstIndex(of: dashes, in: pem, from: begin + beginMarker.count),
            let end = firstIndex(of: endMarker, in: pem, from: beginLabelEnd + dashes.count),
            let endLabelEnd = firstIndex(of: dashes, in: pem, from: end + endMarker.count)
        {
            let beginLabel = pem[(begin + beginMarker.count)..<beginLabelEnd]
            let endLabel = pem[(end + endMarker.count)..<endLabelEnd]
            guard !beginLabel.isEmpty, beginLabel.elementsEqual(endLabel),
                String(validating: beginLabel, as: UTF8.self) != nil
            else { throw .malformedPEM }
            blocks.append(try decodeBase64(pem[(beginLabelEnd + dashes.count)..<end]))
            position = endLabelEnd + dashes.count
        }
        return blocks
    }

    /// The first index at or after `from` where `needle` starts in `haystack`.
    private static func firstIndex(of needle: [UInt8], in haystack: [UInt8], from: Int) -> Int? {
        guard from <= haystack.count - needle.count else { return nil }
        var index = from
        while index <= haystack.count - needle.count {
            if haystack[index] == needle[0], haystack[index..<(index + needle.count)].elementsEqual(needle) {
                return index
            }
            index += 1
        }
        return nil
    }

    /// Decodes standard base64 (RFC 4648 §4) with canonical `=` padding, skipping the ASCII characters
    /// Rust's `char::is_whitespace` accepts (tab, newline, vertical tab, form feed, return, space).
    private static func decodeBase64(_ text: ArraySlice<UInt8>) throws(DcapCertificateError) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(text.count * 3 / 4)
        var accumulator: UInt32 = 0
        var bits = 0
        var padding = 0
        for character in text {
            switch character {
            case 0x09...0x0D, 0x20:
                continue
            case UInt8(ascii: "="):
                padding += 1
                continue
            default:
                break
            }
            guard padding == 0, let value = sextet(character) else { throw .malformedPEM }
            accumulator = (accumulator << 6) | UInt32(value)
            bits += 6
            if bits >= 8 {
                bits -= 8
                output.append(UInt8(truncatingIfNeeded: accumulator >> UInt32(bits)))
            }
        }
        // A final group of 2 or 3 symbols leaves 4 or 2 zero bits and takes 2 or 1 `=`.
        let canonical = (bits == 0 && padding == 0) || (bits == 4 && padding == 2) || (bits == 2 && padding == 1)
        guard canonical, accumulator & ((1 << UInt32(bits)) - 1) == 0 else { throw .malformedPEM }
        return output
    }

    /// The 6-bit value of a base64 alphabet character, or nil outside the alphabet.
    private static func sextet(_ character: UInt8) -> UInt8? {
        switch character {
        case UInt8(ascii: "A")...UInt8(ascii: "Z"): character - UInt8(ascii: "A")
        case UInt8(ascii: "a")...UInt8(ascii: "z"): character - UInt8(ascii: "a") + 26
        case UInt8(ascii: "0")...UInt8(ascii: "9"): character - UInt8(ascii: "0") + 52
        case UInt8(ascii: "+"): 62
        case UInt8(ascii: "/"): 63
        default: nil
        }
    }
}
