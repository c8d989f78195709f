import Testing

@testable import PhalaCrypto

@Suite struct EnvelopeTests {
    static let recipient = try! X25519.PrivateKey(bytes: Array(1...32))
    static let ephemeral = try! X25519.PrivateKey(bytes: Array(101...132))
    static let nonce: [UInt8] = Array(200...211)
    static let plaintext = Array("attack at dawn".utf8)
    static let associatedData = Array("request-42".utf8)

    /// Computed independently with the Python `cryptography` package 50.0.2 (X25519PrivateKey, HKDF with
    /// SHA256, AESGCM) following the layout in `Envelope`'s documentation, with the keys and nonce above.
    static let golden = HexText.bytes(
        "015714769d116bf76436ae74bc793d2c30ad1903c59ac5273805c7e2698b410c36c8c9cacbcccdcecfd0d1d2d354e52a0a4e8f97219cf293553e943e14093aea62455076576254bfe9078b"
    )

    static func sealedGolden() throws -> [UInt8] {
        try Envelope.seal(
            plaintext, to: recipient.publicKey, associatedData: associatedData, ephemeralKey: ephemeral, nonce: nonce)
    }

    @Test func layoutMatchesTheIndependentPythonComputation() throws {
        #expect(
            Self.recipient.publicKey.bytes
                == HexText.bytes("07a37cbc142093c8b755dc1b10e86cb426374ad16aa853ed0bdfc0b2b86d1c7c"))
        #expect(try Self.sealedGolden() == Self.golden)
        #expect(
            try Envelope.open(Self.golden, with: Self.recipient, associatedData: Self.associatedData) == Self.plaintext)
    }

    @Test(arguments: [0, 1, 15, 16, 17, 1000])
    func sealedMessagesOpenWithTheRecipientKey(length: Int) throws {
        let message = (0..<length).map { UInt8(truncatingIfNeeded: $0 * 7) }
        let envelope = try Envelope.seal(message, to: Self.recipient.publicKey, associatedData: [9])
        #expect(envelope.count == Envelope.minimumByteCount + length)
        #expect(envelope[0] == Envelope.version)
        #expect(try Envelope.open(envelope, with: Self.recipient, associatedData: [9]) == message)
    }

    @Test func sealingTwiceGivesUnrelatedEnvelopes() throws {
        let first = try Envelope.seal(Self.plaintext, to: Self.recipient.publicKey)
        let second = try Envelope.seal(Self.plaintext, to: Self.recipient.publicKey)
        #expect(first != second)
        #expect(first[1..<45] != second[1..<45])
    }

    @Test func everySingleByteChangeIsRejected() throws {
        for index in Self.golden.indices {
            var tampered = Self.golden
            tampered[index] ^= 0x01
            let expected: EnvelopeError = index == 0 ? .unsupportedVersion(0) : .authenticationFailed
            #expect(throws: expected, "byte \(index) changed") {
                try Envelope.open(tampered, with: Self.recipient, associatedData: Self.associatedData)
            }
        }
    }

    @Test func wrongKeyOrAssociatedDataFailsAuthentication() {
        #expect(throws: EnvelopeError.authenticationFailed) {
            try Envelope.open(Self.golden, with: X25519.PrivateKey(), associatedData: Self.associatedData)
        }
        #expect(throws: EnvelopeError.authenticationFailed) {
            try Envelope.open(Self.golden, with: Self.recipient, associatedData: Array("request-43".utf8))
        }
        #expect(throws: EnvelopeError.authenticationFailed) {
            try Envelope.open(Self.golden, with: Self.recipient)
        }
    }

    @Test func everyTruncationIsATypedError() {
        for length in 0..<Self.golden.count {
            let prefix = Array(Self.golden.prefix(length))
            #expect(throws: EnvelopeError.self, "prefix of \(length) bytes") {
                try Envelope.open(prefix, with: Self.recipient, associatedData: Self.associatedData)
            }
            if length < Envelope.minimumByteCount {
                #expect(throws: EnvelopeError.truncated(length: length, minimum: Envelope.minimumByteCount)) {
                    try Envelope.open(prefix, with: Self.recipient, associatedData: Self.associatedData)
                }
            }
        }
    }

    @Test func unknownVersionIsReportedBeforeAnythingElse() {
        #expect(throws: EnvelopeError.unsupportedVersion(2)) {
            try Envelope.open([2] + Self.golden.dropFirst(), with: Self.recipient)
        }
        #expect(throws: EnvelopeError.unsupportedVersion(0xff)) { try Envelope.open([0xff], with: Self.recipient) }
    }

    /// The all-zero u-coordinate is a low-order point: X25519 with it yields the all-zero shared secret.
    @Test func lowOrderKeysAreRefused() throws {
        let lowOrder = try X25519.PublicKey(bytes: [UInt8](repeating: 0, count: 32))
        #expect(throws: EnvelopeError.invalidRecipientKey) { try Envelope.seal([1], to: lowOrder) }
        var forged = Self.golden
        forged.replaceSubrange(1..<33, with: lowOrder.bytes)
        #expect(throws: EnvelopeError.invalidEphemeralKey) {
            try Envelope.open(forged, with: Self.recipient, associatedData: Self.associatedData)
        }
    }

    @Test func keysRoundTripThroughBytesAndRejectWrongLengths() throws {
        let key = X25519.PrivateKey()
        #expect(try X25519.PrivateKey(bytes: key.bytes).publicKey == key.publicKey)
        #expect(throws: X25519.Error.invalidKeyLength(31)) {
            try X25519.PrivateKey(bytes: [UInt8](repeating: 1, count: 31))
        }
        #expect(throws: X25519.Error.invalidKeyLength(33)) {
            try X25519.PublicKey(bytes: [UInt8](repeating: 1, count: 33))
        }
    }

    @Test func privateKeyDescriptionNeverShowsTheKey() {
        #expect(String(describing: Self.recipient) == "X25519.PrivateKey(<secret>)")
    }
}
