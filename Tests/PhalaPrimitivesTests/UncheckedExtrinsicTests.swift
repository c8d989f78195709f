import PhalaPrimitives
import PhalaTesting
import SCALE
import Testing

/// substrate-rpc.md §7.4: ed25519 //Alice sends 12345 planck to //Bob with transfer_keep_alive
/// (Balances at pallet 1, call 3), nonce 0, tip 0, immortal; checked byte-for-byte against substrate-interface.
enum ReferenceTransfer {
    static let call = hex("0103008eaf04151687736326c9fea17e25fc5287613693c912909cb226aa4794f26a48e5c0")
    static let signer = "88dc3417d5058ec4b4503e0c12ea1a0a89be200fe98922423d4334014fa6b0ee"
    static let signature =
        "42f34e0094e114f0fc7beff12d716170f93a4e413bf3dd19ebea7c4f0647804f049bfbe57af6fd1a64f732b66a0f18e859ea131f7b05c7fdb0205971ebfed700"
    static let extrinsic = hex("2d028400" + signer + "00" + signature + "000000") + call
    static let transactionHash = "0xb43beaf30ae0c96076b296dd3f27c9e9fd01b9a2704f83fd0414ea8a2d2c0b7a"

    static var parts: UncheckedExtrinsic {
        get throws {
            UncheckedExtrinsic(
                signature: ExtrinsicSignature(
                    address: .id(try AccountId32(hex: signer)),
                    signature: .ed25519(try FixedBytes(hex: signature)),
                    extra: SignedExtra(era: .immortal, nonce: 0, tip: .zero)
                ),
                call: call
            )
        }
    }
}

@Suite struct UncheckedExtrinsicTests {
    @Test func referenceTransferEncodesToTheReferenceBytes() throws {
        #expect(ReferenceTransfer.extrinsic.count == 141)
        #expect(try ReferenceTransfer.parts.scaleEncoded() == ReferenceTransfer.extrinsic)
        #expect(SignedExtra(nonce: 0).scaleEncoded() == [0, 0, 0])
    }

    @Test func referenceTransferDecodesBackToItsParts() throws {
        let decoded = try UncheckedExtrinsic(scaleDecoding: ReferenceTransfer.extrinsic)
        #expect(decoded == (try ReferenceTransfer.parts))
        #expect(decoded.call == ReferenceTransfer.call)
        #expect(try UncheckedExtrinsic(body: decoded.body) == decoded)
        #expect(decoded.body == Array(ReferenceTransfer.extrinsic.dropFirst(2)))
    }

    @Test func unsignedExtrinsicsUseVersionFour() throws {
        let inherent = UncheckedExtrinsic(signature: nil, call: [0x03, 0x00, 0x0b])
        #expect(inherent.scaleEncoded() == [0x10, 0x04, 0x03, 0x00, 0x0b])
        #expect(try UncheckedExtrinsic(scaleDecoding: [0x10, 0x04, 0x03, 0x00, 0x0b]) == inherent)
    }

    @Test func otherVersionsAreRejected() {
        for version: UInt8 in [0x00, 0x05, 0x03, 0x83, 0x85, 0xff] {
            #expect(throws: ScaleDecodingError.self) { try UncheckedExtrinsic(scaleDecoding: [0x08, version, 0x00]) }
        }
        let error = #expect(throws: ScaleDecodingError.self) {
            try UncheckedExtrinsic(scaleDecoding: [0x08, 0x85, 0x00])
        }
        #expect(error?.offset == 1)
    }

    @Test func truncatedOrMislengthedExtrinsicsAreRejected() {
        let bytes = ReferenceTransfer.extrinsic
        // Cut anywhere: the length prefix promises more than remains, or the prefix itself is cut.
        for length in [0, 1, 2, 50, 140] {
            #expect(throws: ScaleDecodingError.self) {
                try UncheckedExtrinsic(scaleDecoding: Array(bytes.prefix(length)))
            }
        }
        // A prefix shorter than the signature part: the signature runs past the declared end.
        var short = bytes
        short[0...1] = [0x0c, 0x01]  // Compact 67.
        #expect(throws: ScaleDecodingError.self) { try UncheckedExtrinsic(scaleDecoding: short) }
        // A byte after the declared end is not part of the extrinsic.
        #expect(throws: ScaleDecodingError(.trailingBytes(count: 1), at: 141)) {
            try UncheckedExtrinsic(scaleDecoding: bytes + [0])
        }
        // An empty body has no version byte.
        #expect(throws: ScaleDecodingError(.unexpectedEnd(needed: 1), at: 1)) {
            try UncheckedExtrinsic(scaleDecoding: [0x00])
        }
    }

    @Test func randomExtrinsicsRoundTrip() {
        var random = SplitMix64(seed: 10)
        for _ in 0..<300 {
            let current = random.next() >> 40
            let extra = SignedExtra(
                era: Bool.random(using: &random) ? .immortal : .mortal(period: random.next() >> 44, current: current),
                nonce: UInt32(truncatingIfNeeded: random.next() >> Int.random(in: 0..<64, using: &random)),
                tip: Balance(planck: random.uint128())
            )
            let signature = ExtrinsicSignature(
                address: randomMultiAddress(&random),
                signature: randomMultiSignature(&random),
                extra: extra
            )
            let extrinsic = UncheckedExtrinsic(
                signature: Bool.random(using: &random) ? signature : nil,
                call: random.bytes(Int.random(in: 0..<300, using: &random))
            )
            expectRoundTrip(extra)
            expectRoundTrip(extrinsic)
        }
    }
}
