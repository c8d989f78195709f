import Crypto
import Foundation
import SwiftASN1
import X509

/// A throw-away ECDSA P-256 hierarchy shaped like Intel's (root → CA → leaf, plus CRLs), for the
/// failures the real samples cannot show (revoked serials, forged CRLs, path lengths, SGX extension).
///
/// Keys come from fixed scalars so certificates differ only in their (randomised) ECDSA signatures.
struct TestPKI {
    /// A certificate with the key that signs what it issues.
    struct Authority {
        let certificate: Certificate
        let key: P256.Signing.PrivateKey
    }

    /// ecdsa-with-SHA256 (RFC 5758 §3.2).
    static let ecdsaWithSHA256: ASN1ObjectIdentifier = [1, 2, 840, 10045, 4, 3, 2]

    /// Seconds since 1970 at which every test certificate is valid (2025-01-01T00:00:00Z).
    static let now: UInt64 = 1_735_689_600

    /// A fixed P-256 key whose scalar is `seed` repeated.
    static func key(_ seed: UInt8) throws -> P256.Signing.PrivateKey {
        try P256.Signing.PrivateKey(rawRepresentation: [UInt8](repeating: seed, count: 32))
    }

    static func name(_ commonName: String) throws -> DistinguishedName {
        try DistinguishedName { CommonName(commonName) }
    }

    /// A self-signed root CA with the given path length constraint.
    static func root(pathLength: Int? = 1, serial: UInt64 = 1) throws -> Authority {
        let key = try key(1)
        let name = try name("Test Root CA")
        let certificate = try Certificate(
            version: .v3,
            serialNumber: .init(serial),
            publicKey: .init(key.publicKey),
            notValidBefore: Date(timeIntervalSince1970: 1_700_000_000),
            notValidAfter: Date(timeIntervalSince1970: 1_800_000_000),
            issuer: name,
            subject: name,
            signatureAlgorithm: .ecdsaWithSHA256,
            extensions: try Certificate.Extensions {
                Critical(BasicConstraints.isCertificateAuthority(maxPathLength: pathLength))
            },
            issuerPrivateKey: .init(key)
        )
        return Authority(certificate: certificate, key: key)
    }

    /// A certificate issued by `issuer`; `basicConstraints` nil leaves the extension out.
    static func issue(
        _ commonName: String,
        keySeed: UInt8,
        serial: [UInt8],
        by issuer: Authority,
        basicConstraints: BasicConstraints?,
        extra: [Certificate.Extension] = []
    ) throws -> Authority {
        let key = try key(keySeed)
        var extensions = Certificate.Extensions()
        if let basicConstraints {
            try extensions.append(Critical(basicConstraints).makeCertificateExtension())
        }
        for item in extra { try extensions.append(item) }
        let certificate = try Certificate(
            version: .v3,
            serialNumber: .init(bytes: serial),
            publicKey: .init(key.publicKey),
            notValidBefore: Date(timeIntervalSince1970: 1_700_000_000),
            notValidAfter: Date(timeIntervalSince1970: 1_800_000_000),
            issuer: issuer.certificate.subject,
            subject: try name(commonName),
            signatureAlgorithm: .ecdsaWithSHA256,
            extensions: extensions,
            issuerPrivateKey: .init(issuer.key)
        )
        return Authority(certificate: certificate, key: key)
    }

    /// A v2 CRL named after `issuer`, signed by `signer` (normally the same), valid 2024-11-01 → `nextUpdate`,
    /// listing `serials` as raw INTEGER contents.
    static func crl(
        issuer: Authority,
        signer: Authority? = nil,
        nextUpdate: UInt64 = now + 86_400,
        serials: [[UInt8]] = []
    ) throws -> [UInt8] {
        var tbs = DER.Serializer()
        try tbs.appendConstructedNode(identifier: .sequence) { coder in
            try coder.serialize(1)
            try coder.appendConstructedNode(identifier: .sequence) { try $0.serialize(ecdsaWithSHA256) }
            try coder.serialize(issuer.certificate.subject)
            try coder.serialize(try utcTime(1_730_419_200))
            try coder.serialize(try utcTime(nextUpdate))
            if !serials.isEmpty {
                try coder.appendConstructedNode(identifier: .sequence) { list in
                    for serial in serials {
                        try list.appendConstructedNode(identifier: .sequence) { entry in
                            entry.appendPrimitiveNode(identifier: .integer) { $0.append(contentsOf: serial) }
                            try entry.serialize(try utcTime(1_730_419_200))
                        }
                    }
                }
            }
        }
        let tbsBytes = tbs.serializedBytes
        let signature = try (signer ?? issuer).key.signature(for: tbsBytes).derRepresentation
        var outer = DER.Serializer()
        try outer.appendConstructedNode(identifier: .sequence) { coder in
            coder.serializeRawBytes(tbsBytes)
            try coder.appendConstructedNode(identifier: .sequence) { try $0.serialize(ecdsaWithSHA256) }
            try coder.serialize(ASN1BitString(bytes: ArraySlice(signature)))
        }
        return outer.serializedBytes
    }

    /// The UTCTime of a Unix time (calendar from Foundation; test code only).
    static func utcTime(_ unixSeconds: UInt64) throws -> UTCTime {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = .gmt
        let parts = calendar.dateComponents(
            [.year, .month, .day, .hour, .minute, .second],
            from: Date(timeIntervalSince1970: TimeInterval(unixSeconds))
        )
        guard let year = parts.year, let month = parts.month, let day = parts.day, let hours = parts.hour,
            let minutes = parts.minute, let seconds = parts.second
        else { throw CertificateFixtures.FixtureError(description: "no calendar date for \(unixSeconds)") }
        return try UTCTime(year: year, month: month, day: day, hours: hours, minutes: minutes, seconds: seconds)
    }
}
