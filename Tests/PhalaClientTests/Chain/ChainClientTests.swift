import JSONRPC
import PhalaCrypto
import PhalaNode
import PhalaPrimitives
import SCALE
import Testing

@testable import PhalaClient

/// The typed chain calls against a scripted node: each method answers with Substrate's JSON shapes.
@Suite(.timeLimit(.minutes(1))) struct ChainClientTests {
    static let zero = "0x" + String(repeating: "00", count: 32)
    static let ones = "0x" + String(repeating: "11", count: 32)
    static let twos = "0x" + String(repeating: "22", count: 32)
    // substrate-rpc.md §6: number 1, parent zero, roots 11…/22…, with the Aura pre-digest for slot 123456.
    static let header: JSONValue = [
        "parentHash": .string(zero), "number": "0x1", "stateRoot": .string(ones), "extrinsicsRoot": .string(twos),
        "digest": ["logs": ["0x06617572612040e2010000000000"]],
    ]
    static let headerHash = "0x709121dbd9658d38d7da5a1c31b32e4cb99f94f42964a61c13d3a105e2b97d66"
    static let alice = try! AccountId32(hex: "0xd43593c715fdd31c61141abd04a99fd6822c8558854ccde39a5684e7a56da27d")
    // substrate-rpc.md §3: System.Account(//Alice).
    static let aliceAccountKey =
        "0x26aa394eea5630e07c48ae0c9558cef7b99d880ec681799c0cf30e8886371da9de1e86a9a8c739864cf3cc5ec2bea59fd43593c715fdd31c61141abd04a99fd6822c8558854ccde39a5684e7a56da27d"
    static let aliceInfo = AccountInfo(
        nonce: 3,
        consumers: 0,
        providers: 1,
        sufficients: 0,
        free: .pha(7),
        reserved: Balance(planck: 5),
        frozen: .zero,
        flags: 1 << 127
    )

    static func methods() -> RPCMethods {
        var methods = RPCMethods()
        methods.method("chain_getBlockHash") { params throws(RPCError) in
            try params.unsignedInteger(at: 0) == 0 ? .string(ones) : .null
        }
        methods.method("chain_getHeader") { params throws(RPCError) in
            try params.optionalString(at: 0) == twos ? .null : header
        }
        methods.method("chain_getFinalizedHead") { _ in .string(headerHash) }
        methods.method("chain_getBlock") { _ in
            ["block": ["header": header, "extrinsics": ["0x0c040102", "0x00"]], "justifications": .null]
        }
        methods.method("state_getRuntimeVersion") { _ in
            [
                "specName": "phala-swift", "implName": "phala-swift", "authoringVersion": 1, "specVersion": 100,
                "implVersion": 2, "apis": [], "transactionVersion": 1, "stateVersion": 1,
            ]
        }
        methods.method("system_chain") { _ in "Development" }
        methods.method("system_properties") { _ in ["ss58Format": 30, "tokenDecimals": [12], "tokenSymbol": "PHA"] }
        methods.method("system_accountNextIndex") { params throws(RPCError) in
            try params.optionalString(at: 0) == alice.ss58 ? 4 : 0
        }
        methods.method("state_getStorage") { params throws(RPCError) in
            let key = try params.optionalString(at: 0)
            if key == aliceAccountKey { return .string(Hex.encode(aliceInfo.scaleEncoded())) }
            return .null
        }
        methods.method("author_submitExtrinsic") { params throws(RPCError) in
            let bytes = try params.hexBytes(at: 0)
            guard bytes.first == 0x2d else {
                throw RPCError(code: 1010, message: "Invalid Transaction", data: "Transaction has a bad signature")
            }
            return .string(Hex.encode(Hashing.blake2_256(bytes)))
        }
        methods.subscription(
            subscribe: "author_submitAndWatchExtrinsic",
            unsubscribe: "author_unwatchExtrinsic",
            notification: "author_extrinsicUpdate"
        ) { _, sink in
            await sink.send("ready")
            await sink.send(["inBlock": .string(headerHash)])
            await sink.send(["finalized": .string(headerHash)])
            await sink.send("ready")
            try? await Task.sleep(for: .seconds(86_400))
        }
        return methods
    }

    @Test func headersAreReadFromSubstratesJSONAndHashLikeSubstrate() async throws {
        try await withServer(Self.methods()) { url in
            try await Client.withConnection(to: url, logger: quietLogger) { client in
                let best = try await client.bestHeader()
                #expect(best.number == 1)
                #expect(
                    best.digest == [.preRuntime(engine: DigestItem.auraEngine, data: UInt64(123_456).scaleEncoded())]
                )
                #expect(best.hash.description == Self.headerHash)
                #expect(try await client.header(hash: H256(hex: Self.twos)) == nil)
                #expect(try await client.finalizedHead().description == Self.headerHash)
                #expect(try await client.genesisHash().description == Self.ones)
                #expect(try await client.blockHash(number: 5) == nil)
                let block = try #require(try await client.block(hash: best.hash))
                #expect(block.extrinsics == [[0x04, 0x01, 0x02], []])
            }
        }
    }

    @Test func versionNameAndPropertiesAreTyped() async throws {
        try await withServer(Self.methods()) { url in
            try await Client.withConnection(to: url, logger: quietLogger) { client in
                let version = try await client.runtimeVersion()
                #expect(
                    version
                        == Client.RuntimeVersion(
                            specName: "phala-swift",
                            specVersion: 100,
                            transactionVersion: 1,
                            implVersion: 2
                        )
                )
                #expect(try await client.systemChain() == "Development")
                #expect(
                    try await client.properties()
                        == Client.ChainProperties(ss58Format: 30, tokenDecimals: 12, tokenSymbol: "PHA")
                )
            }
        }
    }

    @Test func accountInfoReadsSystemAccountAndAbsentAccountsAreEmpty() async throws {
        try await withServer(Self.methods()) { url in
            try await Client.withConnection(to: url, logger: quietLogger) { client in
                #expect(try await client.accountInfo(of: Self.alice) == Self.aliceInfo)
                let bob = try AccountId32(hex: "0x8eaf04151687736326c9fea17e25fc5287613693c912909cb226aa4794f26a48")
                #expect(try await client.accountInfo(of: bob) == .empty)
                #expect(try await client.accountNextIndex(of: Self.alice) == 4)
                #expect(try await client.events(at: H256(hex: Self.ones)) == [0])
            }
        }
        #expect(Self.aliceInfo.scaleEncoded().count == 80)
    }

    @Test func aWatchedTransactionEndsAtItsFinalStatus() async throws {
        try await withServer(Self.methods()) { url in
            try await Client.withConnection(to: url, logger: quietLogger) { client in
                let extrinsic: [UInt8] = [0x2d, 0x02]
                let watch = try await client.submitAndWatch(extrinsic)
                #expect(watch.hash == Client.transactionHash(extrinsic))
                var statuses: [ExtrinsicStatus] = []
                for try await status in watch { statuses.append(status) }
                let block = try H256(hex: Self.headerHash)
                #expect(statuses == [.ready, .inBlock(block), .finalized(block)])
            }
        }
    }

    @Test func aRefusedTransactionCarriesTheNodesReason() async throws {
        try await withServer(Self.methods()) { url in
            try await Client.withConnection(to: url, logger: quietLogger) { client in
                do throws(ClientError) {
                    _ = try await client.submit([0x04])
                    Issue.record("a refused transaction was accepted")
                } catch {
                    #expect(error.kind == .server)
                    #expect(error.rpcError?.code == 1010)
                    #expect(error.rpcError?.data == "Transaction has a bad signature")
                }
            }
        }
    }

    @Test func statusesParseEverySubstrateShape() throws {
        let hash = try H256(hex: Self.ones)
        #expect(try ExtrinsicStatus(json: "future") == .future)
        #expect(try ExtrinsicStatus(json: "dropped") == .dropped)
        #expect(try ExtrinsicStatus(json: "invalid") == .invalid)
        #expect(try ExtrinsicStatus(json: ["broadcast": ["peer"]]) == .broadcast(["peer"]))
        #expect(try ExtrinsicStatus(json: ["retracted": .string(Self.ones)]) == .retracted(hash))
        #expect(try ExtrinsicStatus(json: ["usurped": .string(Self.ones)]) == .usurped(hash))
        #expect(try ExtrinsicStatus(json: ["finalityTimeout": .string(Self.ones)]).isFinal)
        #expect(throws: ClientError.self) { try ExtrinsicStatus(json: "included") }
        #expect(throws: ClientError.self) { try ExtrinsicStatus(json: ["inBlock": "0x12"]) }
    }

    @Test func headersWithAnIntegerOrMalformedNumberAreHandled() throws {
        var header = Self.header
        if case .object(var object) = header {
            object.members[1].value = 1
            header = .object(object)
        }
        #expect(try Header(json: header, in: "test").number == 1)
        if case .object(var object) = header {
            object.members[1].value = "12"
            header = .object(object)
        }
        #expect(throws: ClientError.self) { try Header(json: header, in: "test") }
    }
}
