@testable import MerkleTrie
import PhalaCrypto
import Testing

@Suite struct NodeEncodingTests {
    @Test func leafMatchesSubstrateSingleTupleVector() {
        // polkadot-sdk substrate/primitives/trie/src/lib.rs, test `codec_trie_single_tuple`
        // (commit 01b858a2f2762a35f98c85a13696862618c850d4): leaf 0x40 | 2 nibbles, key aa,
        // Compact(1), value bb.
        let node = Node.leaf(partial: [0xA, 0xA], value: .inline([0xBB]))
        #expect(node.encoded == [0x42, 0xAA, 0x04, 0xBB])
    }

    @Test func branchMatchesSubstrateDisjointKeysVector() throws {
        // Same file, test `codec_trie_two_tuples_disjoint_keys`: (48 19 → fe), (13 14 → ff).
        let expected: [UInt8] = [
            0x80, 0x12, 0x00,  // branch without value, no partial; children 1 and 4
            0x14, 0x43, 0x03, 0x14, 0x04, 0xFF,  // child 1: 5-byte inline leaf, nibbles 3 1 4
            0x14, 0x43, 0x08, 0x19, 0x04, 0xFE,  // child 4: 5-byte inline leaf, nibbles 8 1 9
        ]
        let root = Trie.root(of: [([0x48, 0x19], [0xFE]), ([0x13, 0x14], [0xFF])])
        #expect(root == Hashing.blake2_256(expected))
        #expect(try Node.decode(expected, hash: []).encoded == expected)
    }

    @Test func headersUseEachKindsPrefixBits() {
        var output: [UInt8] = []
        NodeHeader.leaf(nibbleCount: 0).encode(to: &output)
        NodeHeader.branch(hasValue: false, nibbleCount: 1).encode(to: &output)
        NodeHeader.branch(hasValue: true, nibbleCount: 2).encode(to: &output)
        NodeHeader.hashedValueLeaf(nibbleCount: 3).encode(to: &output)
        NodeHeader.hashedValueBranch(nibbleCount: 4).encode(to: &output)
        NodeHeader.empty.encode(to: &output)
        #expect(output == [0b0100_0000, 0b1000_0001, 0b1100_0010, 0b0010_0011, 0b0001_0100, 0x00])
    }

    @Test func longNibbleCountsTakeContinuationBytes() {
        // node_header.rs `size_and_prefix_iterator`: counts below the field's maximum fit the first
        // byte; otherwise the field is saturated and 255-steps follow, ended by a byte under 255.
        func header(_ count: Int) -> [UInt8] {
            var output: [UInt8] = []
            NodeHeader.leaf(nibbleCount: count).encode(to: &output)
            return output
        }
        #expect(header(62) == [0x7E])
        #expect(header(63) == [0x7F, 0x00])
        #expect(header(64) == [0x7F, 0x01])
        #expect(header(63 + 254) == [0x7F, 0xFE])
        #expect(header(63 + 255) == [0x7F, 0xFF, 0x00])
        var hashedBranch: [UInt8] = []
        NodeHeader.hashedValueBranch(nibbleCount: 15).encode(to: &hashedBranch)
        #expect(hashedBranch == [0x1F, 0x00])
    }

    @Test func headersRoundTripAcrossTheContinuationBoundaries() throws {
        let kinds: [(Int) -> NodeHeader] = [
            { .leaf(nibbleCount: $0) }, { .branch(hasValue: false, nibbleCount: $0) },
            { .branch(hasValue: true, nibbleCount: $0) }, { .hashedValueLeaf(nibbleCount: $0) },
            { .hashedValueBranch(nibbleCount: $0) },
        ]
        for kind in kinds {
            for count in [0, 1, 14, 15, 16, 30, 31, 32, 62, 63, 64, 317, 318, 319, 1000, 70_000] {
                var output: [UInt8] = []
                kind(count).encode(to: &output)
                var reader = NodeReader(output, hash: [])
                #expect(try NodeHeader.decode(from: &reader) == kind(count))
                #expect(reader.remaining == 0)
            }
        }
    }

    @Test func oddPartialKeysPutTheFirstNibbleAloneInTheLowHalf() {
        var output: [UInt8] = []
        Node.appendPartial([0x1, 0x2, 0x3], to: &output)
        #expect(output == [0x01, 0x23])
    }

    @Test func hashedValuesAreWrittenBareAfterThePartialKey() {
        let hash = [UInt8](repeating: 0xAB, count: 32)
        #expect(Node.leaf(partial: [0x1], value: .hashed(hash)).encoded == [0x21, 0x01] + hash)
        let branch = Node.branch(
            partial: [],
            value: .hashed(hash),
            children: [.inline([0x40, 0x00])] + Array(repeating: nil, count: 15)
        )
        #expect(branch.encoded == [0x10, 0x01, 0x00] + hash + [0x08, 0x40, 0x00])
    }
}
