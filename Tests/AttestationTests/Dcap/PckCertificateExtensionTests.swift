@testable import Attestation
import PhalaTesting
import SwiftASN1
import Testing
import X509

@Suite struct PckCertificateExtensionTests {
    /// dcap.md §3.5's table (DER-walked PCK leaves of the samples).
    @Test(arguments: [
        (
            CertificateFixtures.Sample.sgx, "d04ec06d4e6d92dc90d0ad3cf5ee2ddf", "00a067110000", UInt16(13),
            "0b0b0202ff0100000000000000000000", UInt8(0)
        ),
        (.tdx, "811dca2a26b952e85bb6448b097ba4fd", "b0c06f000000", 11, "03030202040100050000000000000000", 1),
        (.tdxOutdated, "66498c9263c04ed2f0657c530ac2b0cb", "90c06f000000", 13, "03030202040100030000000000000000", 1),
    ])
    func sampleLeavesCarryTheirPlatformFacts(
        sample: CertificateFixtures.Sample,
        ppid: String,
        fmspc: String,
        pceSvn: UInt16,
        cpuSvn: String,
        sgxType: UInt8
    ) throws {
        let store = try CertificateFixtures.trustStore(sample)
        let leaf = try store.verifyChain(pem: try CertificateFixtures.quotePCKChain(sample), now: sample.now)
        let sgx = try PckCertificateExtension(certificate: leaf)
        #expect(Hex.string(sgx.ppid) == ppid)
        #expect(Hex.string(sgx.fmspc) == fmspc)
        #expect(sgx.pceSvn == pceSvn)
        #expect(Hex.string(sgx.cpuSvn) == cpuSvn)
        #expect(sgx.pceID == [0, 0])
        #expect(sgx.sgxType == sgxType)
    }

    @Test func aCertificateWithoutTheExtensionIsRefused() throws {
        #expect(throws: DcapCertificateError.missingSGXExtension) {
            try PckCertificateExtension(certificate: try IntelRootCA.certificate())
        }
    }

    /// One `SEQUENCE { OID 1.2.840.113741.1.13.1.<suffix>, value }` entry.
    enum Entry {
        case octets([UInt], [UInt8])
        case integer([UInt], Int)
        case enumerated([UInt], Int)
        case nested([UInt], [Entry])

        func serialize(into coder: inout DER.Serializer) throws {
            try coder.appendConstructedNode(identifier: .sequence) { pair in
                switch self {
                case .octets(let suffix, let bytes):
                    try pair.serialize(try ASN1ObjectIdentifier(elements: [1, 2, 840, 113_741, 1, 13, 1] + suffix))
                    try pair.serialize(ASN1OctetString(contentBytes: ArraySlice(bytes)))
                case .integer(let suffix, let value):
                    try pair.serialize(try ASN1ObjectIdentifier(elements: [1, 2, 840, 113_741, 1, 13, 1] + suffix))
                    try pair.serialize(value)
                case .enumerated(let suffix, let value):
                    try pair.serialize(try ASN1ObjectIdentifier(elements: [1, 2, 840, 113_741, 1, 13, 1] + suffix))
                    pair.appendPrimitiveNode(identifier: .enumerated) { $0.append(UInt8(value)) }
                case .nested(let suffix, let entries):
                    try pair.serialize(try ASN1ObjectIdentifier(elements: [1, 2, 840, 113_741, 1, 13, 1] + suffix))
                    try pair.appendConstructedNode(identifier: .sequence) { inner in
                        for entry in entries { try entry.serialize(into: &inner) }
                    }
                }
            }
        }
    }

    /// A TestPKI leaf whose SGX extension holds `entries`.
    func leaf(with entries: [Entry]) throws -> Certificate {
        var coder = DER.Serializer()
        try coder.appendConstructedNode(identifier: .sequence) { list in
            for entry in entries { try entry.serialize(into: &list) }
        }
        let sgx = Certificate.Extension(
            oid: [1, 2, 840, 113_741, 1, 13, 1],
            critical: false,
            value: ArraySlice(coder.serializedBytes)
        )
        let root = try TestPKI.root()
        return try TestPKI.issue("Test PCK", keySeed: 9, serial: [9], by: root, basicConstraints: nil, extra: [sgx])
            .certificate
    }

    static let wellFormed: [Entry] = [
        .octets([1], Array(0..<16)),
        .nested(
            [2],
            (1...16).map { .integer([2, UInt($0)], $0) } + [.integer([2, 17], 300), .octets([2, 18], Array(1...16))]
        ),
        .octets([3], [0, 1]),
        .octets([4], [1, 2, 3, 4, 5, 6]),
        .enumerated([5], 2),
    ]

    @Test func syntheticExtensionReadsEveryField() throws {
        let sgx = try PckCertificateExtension(certificate: try leaf(with: Self.wellFormed))
        #expect(sgx.ppid == Array(0..<16))
        #expect(sgx.cpuSvn == Array(1...16))
        #expect(sgx.pceSvn == 300)
        #expect(sgx.pceID == [0, 1])
        #expect(sgx.fmspc == [1, 2, 3, 4, 5, 6])
        #expect(sgx.sgxType == 2)
    }

    @Test(arguments: [
        (0, "PPID"), (1, "TCB"), (2, "PCE ID"), (3, "FMSPC"), (4, "SGX type"),
    ])
    func missingEntryIsNamed(index: Int, field: String) throws {
        var entries = Self.wellFormed
        entries.remove(at: index)
        #expect(throws: DcapCertificateError.malformedSGXExtension(field: field)) {
            try PckCertificateExtension(certificate: try leaf(with: entries))
        }
    }

    @Test func wrongTypesAndLengthsAreNamed() throws {
        var shortFMSPC = Self.wellFormed
        shortFMSPC[3] = .octets([4], [1, 2, 3, 4, 5])
        #expect(throws: DcapCertificateError.malformedSGXExtension(field: "FMSPC")) {
            try PckCertificateExtension(certificate: try leaf(with: shortFMSPC))
        }
        var octetPCESVN = Self.wellFormed
        octetPCESVN[1] = .nested([2], [.octets([2, 17], [1]), .octets([2, 18], Array(1...16))])
        #expect(throws: DcapCertificateError.malformedSGXExtension(field: "PCESVN")) {
            try PckCertificateExtension(certificate: try leaf(with: octetPCESVN))
        }
        var hugePCESVN = Self.wellFormed
        hugePCESVN[1] = .nested([2], [.integer([2, 17], 70_000), .octets([2, 18], Array(1...16))])
        #expect(throws: DcapCertificateError.malformedSGXExtension(field: "PCESVN")) {
            try PckCertificateExtension(certificate: try leaf(with: hugePCESVN))
        }
        var duplicatePPID = Self.wellFormed
        duplicatePPID.append(.octets([1], Array(0..<16)))
        #expect(throws: DcapCertificateError.malformedSGXExtension(field: "PPID")) {
            try PckCertificateExtension(certificate: try leaf(with: duplicatePPID))
        }
    }
}
