@testable import MerkleTrie
import PhalaTesting
import Testing

@Suite struct NodeDecodingTests {
    static func problem(_ bytes: [UInt8]) -> NodeFormatProblem? {
        do {
            _ = try Node.decode(bytes, hash: [])
            return nil
        } catch {
            guard case .malformedNode(_, _, let problem) = error else { return nil }
            return problem
        }
    }

    @Test func decodesEveryKindBackToItself() throws {
        let hash = [UInt8](repeating: 7, count: 32)
        var children = [ChildReference?](repeating: nil, count: 16)
        children[0] = .hash(hash)
        children[15] = .inline([0x41, 0x05, 0x00])
        let nodes: [Node] = [
            .empty,
            .leaf(partial: [], value: .inline([])),
            .leaf(partial: [1, 2, 3], value: .inline([9, 9])),
            .leaf(partial: [0xF, 0xE], value: .hashed(hash)),
            .branch(partial: [], value: nil, children: children),
            .branch(partial: [4], value: .inline([1]), children: children),
            .branch(partial: Array(repeating: 0xC, count: 100), value: .hashed(hash), children: children),
        ]
        for node in nodes {
            #expect(try Node.decode(node.encoded, hash: []) == node)
        }
    }

    @Test func rejectsHeaderBytesThatNameNoKind() {
        // 0b0000_xxxx other than 0x00 (0x01 is trie-db's compact-proof escape) names no node.
        for byte: UInt8 in 0x01...0x0F {
            #expect(Self.problem([byte]) == .invalidHeader(byte))
        }
    }

    @Test func rejectsAStructurallyInvalidNodeWithATypedProblem() {
        #expect(Self.problem([]) == .truncated(needed: 1))
        #expect(Self.problem([0x41, 0x10, 0x00]) == .nonZeroPadding)
        #expect(Self.problem([0x80, 0x00, 0x00]) == .branchWithoutChildren)
        #expect(Self.problem([0x42, 0xAA, 0x08, 0x01]) == .truncated(needed: 1))
        #expect(Self.problem([0x42, 0xAA, 0x04, 0x01, 0x00]) == .trailingBytes(count: 1))
        #expect(Self.problem([0x40, 0x05, 0x00]) == .invalidLength)  // Compact(0) in the two-byte mode
        #expect(
            Self.problem([0x80, 0x01, 0x00, 0x84] + Array(repeating: 0, count: 33))
                == .invalidChildReference(length: 33)
        )
        #expect(Self.problem([0x80, 0x01, 0x00, 0x00]) == .invalidChildReference(length: 0))
        #expect(Self.problem([0x7F]) == .truncated(needed: 1))
    }

    @Test func rejectsABranchWithoutChildrenLikeSubstrate() {
        // polkadot-sdk trie/src/lib.rs `node_with_no_children_fail_decoding`.
        let encoded = Node.branch(
            partial: Array(repeating: 1, count: 24),
            value: .inline(utf8("value")),
            children: Array(repeating: nil, count: 16)
        ).encoded
        #expect(Self.problem(encoded) == .branchWithoutChildren)
    }

    @Test func randomBytesNeverCrashTheDecoder() {
        var generator = SplitMix64(seed: 0x7A1E)
        for round in 0..<20_000 {
            var input = generator.bytes(Int.random(in: 0...80, using: &generator))
            // Bias half the inputs towards plausible headers so decoding gets past the first byte.
            if round.isMultiple(of: 2), !input.isEmpty {
                input[0] = [0x42, 0x80, 0xC1, 0x21, 0x10].randomElement(using: &generator) ?? 0
            }
            _ = try? Node.decode(input, hash: [])
        }
    }
}
