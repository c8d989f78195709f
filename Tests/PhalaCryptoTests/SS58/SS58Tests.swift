import Foundation
import PhalaTesting
import Testing

@testable import PhalaCrypto

@Suite struct SS58Tests {
    static let alice = HexText.bytes("d43593c715fdd31c61141abd04a99fd6822c8558854ccde39a5684e7a56da27d")

    @Test(arguments: [
        // substrate-rpc.md §4 (dev accounts, prefix 42).
        ("d43593c715fdd31c61141abd04a99fd6822c8558854ccde39a5684e7a56da27d", 42, "5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY"),
        ("8eaf04151687736326c9fea17e25fc5287613693c912909cb226aa4794f26a48", 42, "5FHneW46xGXgs5mUiveU4sbTyGBzmstUspZC92UhjJM694ty"),
        ("88dc3417d5058ec4b4503e0c12ea1a0a89be200fe98922423d4334014fa6b0ee", 42, "5FA9nQDVg267DEd8m1ZypXLBnvN7SFxYwV7ndqSYGiN9TTpu"),
        // scalecodec 1.2.12 ss58_encode: //Alice on Phala (30) and Polkadot (0).
        ("d43593c715fdd31c61141abd04a99fd6822c8558854ccde39a5684e7a56da27d", 30, "45R2pfjQUW2s9PQRHU48HQKLKHVMaDja7N3wpBtmF28UYDs2"),
        ("d43593c715fdd31c61141abd04a99fd6822c8558854ccde39a5684e7a56da27d", 0, "15oF4uVJwmo4TdGW7VfQxNLavjCXviqxT9S1MgbjMNHr6Sp5"),
        // scalecodec 1.2.12 ss58_encode: two-byte prefixes and account-index payloads.
        ("d43593c715fdd31c61141abd04a99fd6822c8558854ccde39a5684e7a56da27d", 64, "cEaNSpz4PxFcZ7nT1VEKrKewH67rfx6MfcM6yKojyyPz7qaqp"),
        ("d43593c715fdd31c61141abd04a99fd6822c8558854ccde39a5684e7a56da27d", 16383, "yNa8JpqfFB3q8A29rCwSgxvdU94ufJw2yKKxDgznS5m1PoFvn"),
        ("01", 42, "F7NZ"),
        ("0102030405060708", 2, "7XjedFF7Suor7"),
    ] as [(String, UInt16, String)])
    func knownAddressesEncodeAndDecode(payloadHex: String, prefix: UInt16, address: String) throws {
        let payload = HexText.bytes(payloadHex)
        #expect(try SS58.encode(payload, prefix: prefix) == address)
        let decoded = try SS58.decode(address)
        #expect(decoded.prefix == prefix)
        #expect(decoded.payload == payload)
    }

    @Test func twoBytePrefixUsesSubstratesBitLayout() {
        // sp-core to_ss58check_with_version: 01aaaaaa bbcccccc for low byte aaaaaabb, high byte cccccc.
        #expect(SS58.prefixBytes(63) == [63])
        #expect(SS58.prefixBytes(64) == [0x50, 0x00])
        #expect(SS58.prefixBytes(255) == [0x7F, 0xC0])
        #expect(SS58.prefixBytes(256) == [0x40, 0x01])
        #expect(SS58.prefixBytes(16383) == [0x7F, 0xFF])
    }

    @Test func everyPrefixAndPayloadLengthRoundTrips() throws {
        var random = SplitMix64(seed: 0x5353_3538)
        let lengths = [32, 33, 1, 2, 4, 8]
        for prefix in UInt16(0)...SS58.maximumPrefix where !SS58.isReserved(prefix) {
            let length = lengths[Int(prefix) % lengths.count]
            let payload = (0..<length).map { _ in UInt8(truncatingIfNeeded: random.next()) }
            let address = try SS58.encode(payload, prefix: prefix)
            let decoded = try SS58.decode(address)
            #expect(decoded.prefix == prefix, "prefix \(prefix)")
            #expect(decoded.payload == payload, "prefix \(prefix)")
        }
    }

    @Test func addressesMatchScalecodecForASampleOfPrefixes() throws {
        var random = SplitMix64(seed: 30)
        let prefixes: [UInt16] = [
            0, 1, 2, 30, 42, 45, 48, 63, 64, 65, 127, 128, 255, 256, 1000, 4095, 8192, 12345, 16382, 16383,
        ]
        var cases: [(UInt16, [UInt8])] = []
        for (index, prefix) in prefixes.enumerated() {
            for length in [32, [33, 1, 2, 4, 8][index % 5]] {
                cases.append((prefix, (0..<length).map { _ in UInt8(truncatingIfNeeded: random.next()) }))
            }
        }
        let request = try JSONSerialization.data(withJSONObject: cases.map { [Int($0.0), HexText.string($0.1)] })
        let output = try PythonReference.run(
            script: HexText.fixturePath("ss58_reference.py"), input: request)
        let expected = try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String])
        #expect(expected.count == cases.count)
        for ((prefix, payload), address) in zip(cases, expected) {
            #expect(try SS58.encode(payload, prefix: prefix) == address, "prefix \(prefix)")
            let decoded = try SS58.decode(address)
            #expect(decoded.prefix == prefix && decoded.payload == payload, "prefix \(prefix)")
        }
    }

    @Test func alteredChecksumIsRejected() {
        // Last character of Alice's address changed from Y to Z.
        #expect(throws: SS58Error.invalidChecksum) {
            try SS58.decode("5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQZ")
        }
    }

    @Test(arguments: [
        ("5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKut0Y", "0"),
        ("5Grwva lEF5", " "),
        ("5Grwva€F5", "€"),
    ] as [(String, Character)])
    func nonBase58CharacterIsRejected(address: String, firstBadCharacter: Character) {
        #expect(throws: SS58Error.invalidCharacter(firstBadCharacter)) { try SS58.decode(address) }
    }

    @Test func wrongLengthsAreRejected() {
        #expect(throws: SS58Error.invalidLength(0)) { try SS58.decode("") }
        // Prefix 42, a 31-byte payload and a checksum: 34 bytes, which fits no payload length.
        #expect(throws: SS58Error.invalidLength(34)) {
            try SS58.decode(Self.address(bytes: [42] + Self.alice.dropLast()))
        }
        // A lone two-byte-form prefix byte.
        #expect(throws: SS58Error.invalidLength(1)) { try SS58.decode(Base58.encode([0x50])) }
        #expect(throws: SS58Error.addressTooLong(65)) { try SS58.decode(String(repeating: "2", count: 65)) }
        #expect(throws: SS58Error.invalidPayloadLength(31)) {
            try SS58.encode(Array(Self.alice.dropLast()), prefix: 42)
        }
        #expect(throws: SS58Error.invalidPayloadLength(0)) { try SS58.encode([], prefix: 42) }
    }

    @Test func prefixesOutsideTheFormatAreRejected() {
        #expect(throws: SS58Error.invalidPrefix(16384)) { try SS58.encode(Self.alice, prefix: 16384) }
        #expect(throws: SS58Error.invalidPrefix(.max)) { try SS58.encode(Self.alice, prefix: .max) }
        #expect(throws: SS58Error.reservedPrefix(46)) { try SS58.encode(Self.alice, prefix: 46) }
        #expect(throws: SS58Error.reservedPrefix(47)) { try SS58.encode(Self.alice, prefix: 47) }
        // A well-formed address under reserved prefix 47 is refused on decode, as sp-core does.
        #expect(throws: SS58Error.reservedPrefix(47)) { try SS58.decode(Self.address(bytes: [47] + Self.alice)) }
        // A first byte of 128 or more starts no prefix form.
        #expect(throws: SS58Error.invalidPrefixByte(0x80)) { try SS58.decode(Self.address(bytes: [0x80] + Self.alice)) }
    }

    @Test func nonCanonicalTwoBytePrefixDecodesAsSubstrateDoes() throws {
        // Prefix 42 in the two-byte form: low byte 0b00101010 → 01001010 10000000.
        let address = Self.address(bytes: [0x4A, 0x80] + Self.alice)
        let decoded = try SS58.decode(address)
        #expect(decoded.prefix == 42)
        #expect(decoded.payload == Self.alice)
        #expect(try SS58.encode(decoded.payload, prefix: 42) == "5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY")
    }

    @Test func errorDescriptionsNameTheProblem() {
        #expect(SS58Error.invalidCharacter("0").description.contains("\"0\""))
        #expect(SS58Error.invalidLength(34).description.contains("34 bytes"))
        #expect(SS58Error.invalidPrefix(16384).description.contains("16384"))
        #expect(SS58Error.reservedPrefix(46).description.contains("46"))
        #expect(SS58Error.invalidChecksum.description.contains("checksum"))
    }

    /// Base58 of prefix-and-payload bytes followed by their correct two-byte checksum.
    static func address(bytes: [UInt8]) -> String {
        Base58.encode(bytes + SS58.checksum(of: bytes).prefix(2))
    }
}

/// A deterministic generator for test payloads (SplitMix64), so failures reproduce.
struct SplitMix64 {
    var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
