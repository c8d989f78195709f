import MerkleTrie
import PalletBalances
import PhalaPrimitives
import PhalaRuntime
import RuntimeSupport
import SCALE
import Testing

/// Signature checks taken out of execution: the same block executes to the same state with or without
/// them, and a verified set never admits a signature it does not hold.
@Suite struct SignatureCheckTests {
    /// A block of `count` transfers from Alice, built and committed by the test world.
    static func transferBlock(count: Int) throws -> (world: TestRuntime, block: Block, parent: Trie) {
        var world = try TestRuntime.build()
        let parent = world.headState
        let pay = RuntimeCall.balances(.transferKeepAlive(dest: .id(DevAccount.bob.id), value: .pha(1)))
        let transfers = (0..<count).map { world.sign(pay, by: .alice, nonce: UInt32($0)) }
        try world.produceBlock(transfers)
        let block = try #require(world.lastBlock)
        return (world, block, parent)
    }

    @Test func executingWithPreverifiedSignaturesGivesTheSameState() throws {
        let (world, block, parent) = try Self.transferBlock(count: 5)
        let checks = try world.runtime.signatureChecks(for: block, parentState: parent)
        #expect(checks.count == 5)
        #expect(checks.filter { !$0.isValid }.isEmpty)
        let plain = try world.runtime.executeBlock(block, parentState: parent)
        let fast = try world.runtime.executeBlock(block, parentState: parent, verified: VerifiedSignatures(checks))
        #expect(fast.changes.root == plain.root)
        #expect(fast.block.header.stateRoot == block.header.stateRoot)
        #expect(!fast.storageChanges.isEmpty)
    }

    @Test func aVerifiedSetDoesNotAdmitAnotherSignature() throws {
        let (world, block, parent) = try Self.transferBlock(count: 2)
        let checks = try world.runtime.signatureChecks(for: block, parentState: parent)
        // Corrupt the second transfer's signature; trust only the first one's check.
        var extrinsics = block.extrinsics
        extrinsics[2][1 + 33 + 1 + 10] ^= 0x01  // version, MultiAddress::Id, MultiSignature tag, then signature bytes
        let forged = Block(header: block.header, extrinsics: extrinsics)
        #expect(throws: ExecutiveError.self) {
            try world.runtime.executeBlock(forged, parentState: parent, verified: VerifiedSignatures(checks))
        }
    }
}
