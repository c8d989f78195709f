import SwiftASN1
import X509

/// Reads the PEM certificate chains DCAP carries (in the quote's certification data and in the
/// collateral's issuer-chain fields) into certificates, leaf first.
///
/// Only `-----BEGIN CERTIFICATE-----` … `-----END CERTIFICATE-----` blocks count; anything between
/// blocks (the trailing NUL of quote chains, newlines) is ignored, and whitespace and NULs inside a
/// block are skipped before base64 decoding (dcap.md §1.9).
enum PEMChain {
    private static let begin = Array("-----BEGIN CERTIFICATE-----".utf8)
    private static let end = Array("-----END CERTIFICATE-----".utf8)

    /// Decodes the certificate blocks of `pem`, in order.
    ///
    /// The first block (the leaf) must parse. A later block whose DER does not parse is left out: like
    /// webpki, which dcap-qvl uses, an intermediate only matters if path building reaches it, and a
    /// damaged copy of the root after a good chain does not make the chain fail.
    /// - Parameter pem: PEM text (ASCII), possibly NUL-terminated.
    /// - Returns: the leaf, then every intermediate that parses, in the order they appear.
    /// - Throws: `.malformedPEM` when there is no block, a block is unterminated or not base64;
    ///   `.malformedCertificate` when the first block's DER is not a certificate.
    static func certificates(in pem: [UInt8]) throws(DcapCertificateError) -> [Certificate] {
        var certificates: [Certificate] = []
        var foundBlock = false
        var position = 0
        while let start = firstIndex(of: begin, in: pem, from: position) {
            let bodyStart = start + begin.count
            guard let stop = firstIndex(of: end, in: pem, from: bodyStart) else { throw .malformedPEM }
            let der = try decodeBase64(pem[bodyStart..<stop])
            if let certificate = try? Certificate(derEncoded: der) {
                certificates.append(certificate)
            } else if !foundBlock {
                throw .malformedCertificate
            }
            foundBlock = true
            position = stop + end.count
        }
        guard foundBlock else { throw .malformedPEM }
        return certificates
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

    /// Decodes standard base64 (RFC 4648 §4), skipping whitespace and NULs; `=` padding may end it.
    private static func decodeBase64(_ text: ArraySlice<UInt8>) throws(DcapCertificateError) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(text.count * 3 / 4)
        var accumulator: UInt32 = 0
        var bits = 0
        var padding = 0
        for character in text {
            switch character {
            case 0x09, 0x0A, 0x0D, 0x20, 0x00:
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
        // Leftover bits must be the zero fill of a final partial group (2 or 4 bits), padded or not.
        guard padding <= 2, bits == 0 || bits == 2 || bits == 4,
            accumulator & ((1 << UInt32(bits)) - 1) == 0
        else { throw .malformedPEM }
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
