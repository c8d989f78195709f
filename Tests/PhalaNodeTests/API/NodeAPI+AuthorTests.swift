import JSONRPC
import PhalaPrimitives
import Testing

@testable import PhalaNode

@Suite(.timeLimit(.minutes(1))) struct NodeAPIAuthorTests {
    static let oneUnit: UInt128 = 1_000_000_000_000

    @Test func submittedTransactionsAnswerWithTheirHashAndArePending() async throws {
        let world = try APIWorld()
        let transfer = try world.sign(
            APIWorld.transfer(to: try DevKey.bob, planck: Self.oneUnit),
            by: try DevKey.alice,
            nonce: 0
        )
        let hash = try await world.call("author_submitExtrinsic", [.hex(transfer)])
        #expect(hash == .hash(H256.blake2_256(of: transfer)))
        #expect(try await world.call("author_pendingExtrinsics") == [.hex(transfer)])
        let again = await world.error("author_submitExtrinsic", [.hex(transfer)])
        #expect(again?.code == RPCError.Code.alreadyImported)
    }

    @Test func garbageBytesAreABadFormat() async throws {
        let world = try APIWorld()
        let error = await world.error("author_submitExtrinsic", ["0x0102"])
        #expect(error?.code == RPCError.Code.badFormat)
        let notHex = await world.error("author_submitExtrinsic", [42])
        #expect(notHex?.code == RPCError.Code.invalidParams)
    }

    @Test func aBadSignatureIsRefusedWith1010() async throws {
        let world = try APIWorld()
        var transfer = try world.sign(
            APIWorld.transfer(to: try DevKey.bob, planck: Self.oneUnit),
            by: try DevKey.aliceEd25519,
            nonce: 0
        )
        transfer[40] ^= 0x01  // inside the 64-byte signature, after length, version, address and scheme
        let error = await world.error("author_submitExtrinsic", [.hex(transfer)])
        #expect(error == RPCError(code: 1010, message: "Invalid Transaction", data: "Transaction has a bad signature"))
    }

    @Test func aStaleNonceIsOutdated() async throws {
        var world = try APIWorld()
        let alice = try DevKey.alice
        let bob = try DevKey.bob
        try await world.produceBlock([
            try world.sign(APIWorld.transfer(to: bob, planck: Self.oneUnit), by: alice, nonce: 0)
        ])
        let stale = try world.sign(APIWorld.transfer(to: bob, planck: 2 * Self.oneUnit), by: alice, nonce: 0)
        let error = await world.error("author_submitExtrinsic", [.hex(stale)])
        #expect(error == RPCError(code: 1010, message: "Invalid Transaction", data: "Transaction is outdated"))
    }

    @Test func watchingReportsReadyInBlockFinalizedAndEnds() async throws {
        var world = try APIWorld()
        let transfer = try world.sign(
            APIWorld.transfer(to: try DevKey.bob, planck: Self.oneUnit),
            by: try DevKey.alice,
            nonce: 0
        )
        var watch = try world.subscribe("author_submitAndWatchExtrinsic", [.hex(transfer)])
        let reply = await watch.nextMessage()
        #expect(reply?["result"] == "sub")
        let ready = await watch.nextMessage()
        #expect(ready?["method"] == "author_extrinsicUpdate")
        #expect(ready?["params"]?["result"] == "ready")
        let block = try await world.produceBlock()
        #expect(await watch.next() == ["inBlock": .string(block.hash.description)])
        #expect(await watch.next() == ["finalized": .string(block.hash.description)])
        #expect(await watch.next() == nil)
        #expect(await watch.outcome.value == nil)
    }

    @Test func watchingAnInvalidTransactionRejectsTheSubscribeCall() async throws {
        let world = try APIWorld()
        var transfer = try world.sign(
            APIWorld.transfer(to: try DevKey.bob, planck: Self.oneUnit),
            by: try DevKey.alice,
            nonce: 0
        )
        transfer[40] ^= 0x01
        var watch = try world.subscribe("author_submitAndWatchExtrinsic", [.hex(transfer)])
        #expect(await watch.nextMessage() == nil)
        let error = await watch.outcome.value
        #expect(error?.code == 1010)
        #expect(error?.data == "Transaction has a bad signature")
        var garbage = try world.subscribe("author_submitAndWatchExtrinsic", ["0xff"])
        #expect(await garbage.nextMessage() == nil)
        #expect(await garbage.outcome.value?.code == 1001)
    }
}
