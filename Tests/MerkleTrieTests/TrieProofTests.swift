import MerkleTrie
import PhalaCrypto
import PhalaTesting
import SCALE
import Testing

@Suite struct TrieProofTests {
    static let long = [UInt8](repeating: 0x5A, count: 100)
    static let entries = TrieRootTests.animals + [(utf8("long"), long), (utf8("do"), [1])]

    @Test func provesPresentAndAbsentKeys() throws {
        let world = try TrieWorld.build(Self.entries)
        let keys = ["dog", "long", "dogs", "zebra", "d"].map(utf8)
        let proof = try world.trie.generateProof(keys: keys)
        let read = try Trie.readProof(root: world.trie.root, proof: proof, keys: keys)
        #expect(read.map(\.value) == [utf8("puppy"), Self.long, nil, nil, nil])
        try Trie.verifyProof(
            root: world.trie.root,
            proof: proof,
            items: [
                (utf8("dog"), utf8("puppy")), (utf8("long"), Self.long), (utf8("dogs"), nil), (utf8("zebra"), nil),
                (utf8("d"), nil),
            ]
        )
    }

    @Test func hashedValuesAreIncludedInTheProof() throws {
        let world = try TrieWorld.build(Self.entries)
        let proof = try world.trie.generateProof(keys: [utf8("long")])
        #expect(proof.contains(Self.long))
        #expect(Set(proof).count == proof.count)
    }

    @Test func wrongExpectedValueIsAMismatch() throws {
        let world = try TrieWorld.build(Self.entries)
        let proof = try world.trie.generateProof(keys: [utf8("dog")])
        #expect(throws: TrieError.valueMismatch(key: utf8("dog"), expected: nil, proven: utf8("puppy"))) {
            try Trie.verifyProof(root: world.trie.root, proof: proof, items: [(utf8("dog"), nil)])
        }
        // A proof of presence does not cover another key (polkadot-sdk `proof_inclusion_works`).
        #expect(throws: TrieError.self) {
            try Trie.verifyProof(root: world.trie.root, proof: proof, items: [(utf8("long"), Self.long)])
        }
    }

    @Test func emptyTrieProvesAbsenceWithNoNodes() throws {
        let world = try TrieWorld()
        let proof = try world.trie.generateProof(keys: [utf8("x")])
        #expect(proof.isEmpty)
        try Trie.verifyProof(root: Trie.emptyRoot, proof: [], items: [(utf8("x"), nil)])
    }

    @Test func everyTamperingFailsWithATypedError() throws {
        var generator = SplitMix64(seed: 41)
        let entries = RandomEntries.make(count: 100, maxValueLength: 60, using: &generator)
        let world = try TrieWorld.build(entries)
        let items = entries.prefix(6).map { ($0.0, Optional($0.1)) } + [([0xAB, 0xAB, 0xAB], nil)]
        let proof = try world.trie.generateProof(keys: items.map(\.0))
        try Trie.verifyProof(root: world.trie.root, proof: proof, items: items)

        var tampered: [[[UInt8]]] = []
        for index in proof.indices {
            var dropped = proof
            dropped.remove(at: index)
            tampered.append(dropped)
            for position in [0, proof[index].count / 2, proof[index].count - 1] where position >= 0 {
                var flipped = proof
                flipped[index][position] ^= 0x01
                tampered.append(flipped)
            }
            tampered.append(proof + [proof[index]])  // a duplicate
        }
        tampered.append(proof + [[0x42, 0x01, 0x04, 0xFF]])  // junk that is a valid node
        tampered.append(proof + [generator.bytes(50)])  // junk that is not
        for candidate in tampered {
            #expect(throws: TrieError.self) {
                try Trie.verifyProof(root: world.trie.root, proof: candidate, items: items)
            }
        }
        var otherRoot = world.trie.root
        otherRoot[0] ^= 0x80
        #expect(throws: TrieError.incompleteProof(missing: otherRoot)) {
            try Trie.verifyProof(root: otherRoot, proof: proof, items: items)
        }
    }

    @Test func randomNodesNeverCrashVerification() throws {
        var generator = SplitMix64(seed: 43)
        for _ in 0..<2_000 {
            var proof: [[UInt8]] = []
            for _ in 0..<Int.random(in: 1...4, using: &generator) {
                var node = generator.bytes(Int.random(in: 1...70, using: &generator))
                node[0] = [0x42, 0x80, 0xC0, 0x20, 0x10, node[0]].randomElement(using: &generator) ?? 0
                proof.append(node)
            }
            let root = proof.first.map(Hashing.blake2_256) ?? Trie.emptyRoot
            _ = try? Trie.readProof(root: root, proof: proof, keys: [generator.bytes(3), []])
        }
    }

    @Test func readsThePolkadotGenesisProofFromSmoldot() throws {
        let proof = try [[UInt8]](scaleDecoding: bytes(UpstreamVectors.polkadotGenesisProof))
        let root = bytes(UpstreamVectors.polkadotGenesisRoot)
        let key = bytes(UpstreamVectors.polkadotGenesisKey)
        let read = try Trie.readProof(root: root, proof: proof, keys: [key, key + [0x25]])
        #expect(read.map(\.value) == [bytes(UpstreamVectors.polkadotGenesisValue), nil])
    }

    @Test func readsSmoldotsSmallValueProof() throws {
        let proof = try [[UInt8]](scaleDecoding: bytes(UpstreamVectors.smallValuesProof))
        try Trie.verifyProof(
            root: bytes(UpstreamVectors.smallValuesRoot),
            proof: proof,
            items: [(bytes(UpstreamVectors.smallValuesKey), bytes(UpstreamVectors.smallValuesValue))]
        )
    }

    @Test func readsSmoldotsRootNodeShorterThan32Bytes() throws {
        let node = bytes(UpstreamVectors.smallRootNode)
        let read = try Trie.readProof(
            root: bytes(UpstreamVectors.smallRootNodeRoot),
            proof: [node],
            keys: [[0x03], [0x04]]
        )
        #expect(read.map(\.value) == [Array(node[3...]), nil])
    }
}
