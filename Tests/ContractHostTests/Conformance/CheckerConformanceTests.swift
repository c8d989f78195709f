import ContractHost
import PhalaPrimitives
import PhalaTesting
import SCALE
import Testing

/// pink-abi.md §8.3 check_system with our C checker, through the executor and PinkExtension: what a
/// contract sees in a query and in a transaction, and the byte vectors listed there.
@Suite struct CheckerConformanceTests {
    static let modes: [ExecutionMode] = [.query, .estimating, .transaction]

    /// test_is_in_transaction: 00 00 in a query, 00 01 in a transaction (and its estimate).
    @Test func isInTransactionIsFalseOnlyInAQuery() throws {
        let checker = try DeployedChecker()
        #expect(try checker.reply("is_in_transaction", mode: .query) == [0, 0])
        #expect(try checker.reply("is_in_transaction", mode: .estimating) == [0, 1])
        #expect(try checker.reply("is_in_transaction", mode: .transaction) == [0, 1])
    }

    /// test_getrandom: 32 bytes in a query; 00 00 (an empty vector) in a transaction.
    @Test func getrandomGivesBytesOnlyInAQuery() throws {
        let checker = try DeployedChecker()
        let query = try #require(try checker.reply("getrandom", UInt8(32), mode: .query))
        #expect(query == [0, 32 << 2] + checker.environment.randomBytes(32))
        #expect(try checker.reply("getrandom", UInt8(32), mode: .transaction) == [0, 0])
        #expect(try checker.reply("getrandom", UInt8(32), mode: .estimating) == [0, 0])
    }

    /// test_worker_pubkey: the worker key in a query, 32 zero bytes in a transaction.
    @Test func workerPubkeyIsZeroInATransaction() throws {
        let checker = try DeployedChecker()
        #expect(try checker.reply("worker_pubkey", mode: .query) == [0] + checker.environment.workerPublicKey.bytes)
        #expect(try checker.reply("worker_pubkey", mode: .transaction) == [0] + [UInt8](repeating: 0, count: 32))
    }

    /// test_timestamp: the wall clock (> 0) in a query, 0 in a transaction.
    @Test func timestampIsZeroInATransaction() throws {
        let checker = try DeployedChecker()
        let query = try #require(try checker.reply("timestamp", mode: .query))
        let millis = try UInt64(scaleDecoding: Array(query.dropFirst()))
        #expect(query.first == 0 && millis > 0 && millis == checker.environment.untrustedMillisSinceUnixEpoch())
        #expect(try checker.reply("timestamp", mode: .transaction) == [0] + [UInt8](repeating: 0, count: 8))
    }

    /// §8.3 byte vector: runtime_version → 00 01000000 02000000 in every mode.
    @Test(arguments: modes) func runtimeVersionIsOneTwo(mode: ExecutionMode) throws {
        let checker = try DeployedChecker()
        #expect(try checker.reply("runtime_version", mode: mode) == [0, 1, 0, 0, 0, 2, 0, 0, 0])
    }

    /// §8.3 byte vector: set_flag("42") in a transaction, then flag() → 00 08 34 32; a query's set_flag is dropped.
    @Test func setFlagThenFlagReturnsTheStoredString() throws {
        let checker = try DeployedChecker()
        #expect(try checker.reply("flag", mode: .query) == [0, 0])
        #expect(try checker.reply("set_flag", "42", mode: .transaction) == [0])
        #expect(try checker.reply("flag", mode: .query) == [0, 0x08, 0x34, 0x32])
        #expect(try checker.reply("set_flag", "query", mode: .query) == [0])
        #expect(try checker.reply("flag", mode: .query) == [0, 0x08, 0x34, 0x32])
    }

    /// test_code_exists: [0;32] is no code; the checker's own hash is; SideVM code never is here.
    @Test func codeExistsKnowsUploadedInkCode() throws {
        let checker = try DeployedChecker()
        let zero = FixedBytes<32>.zero
        let own = try FixedBytes<32>(checker.contract.codeHash)
        for mode in Self.modes {
            #expect(try checker.reply("code_exists", zero, false, mode: mode) == [0, 0])
            #expect(try checker.reply("code_exists", zero, true, mode: mode) == [0, 0])
            #expect(try checker.reply("code_exists", own, false, mode: mode) == [0, 1])
            #expect(try checker.reply("code_exists", own, true, mode: mode) == [0, 0])
        }
    }

    /// test_get_balance: after a deposit of 114514 to [255;32], direct_balance_of (ext 16) answers
    /// (total, free) with total 114514, in a query and in a transaction.
    @Test(arguments: [ExecutionMode.query, .transaction]) func directBalanceOfSeesTheDeposit(mode: ExecutionMode) throws
    {
        let checker = try DeployedChecker()
        let account = AccountId32(FixedBytes(repeating: 0xFF))
        checker.world.state.setBalance(Balance(planck: 114_514), of: account)
        let reply = try #require(try checker.reply("direct_balance_of", account, mode: mode))
        #expect(reply.count == 33 && reply.first == 0)
        #expect(try UInt128(scaleDecoding: Array(reply[1..<17])) == 114_514)
        #expect(
            try checker.reply("direct_balance_of", AccountId32(FixedBytes(repeating: 0xFE)), mode: mode)
                == [UInt8](repeating: 0, count: 33)
        )
    }

    /// test_event_chain_head: `.0` > 0 in both modes (the environment's head, 42).
    @Test(arguments: [ExecutionMode.query, .transaction]) func eventChainHeadIsTheWorkersInBothModes(
        mode: ExecutionMode
    ) throws {
        let checker = try DeployedChecker()
        let head = checker.environment.eventChainHead()
        #expect(
            try checker.reply("event_chain_head", mode: mode) == [0] + head.nextBlockNumber.scaleEncoded()
                + head.lastBlockHash.bytes
        )
        #expect(head.nextBlockNumber > 0)
    }

    /// test_cov_log: the message reaches the debug buffer (debug_message) and the log sink at Info (ext 10).
    @Test(arguments: [ExecutionMode.query, .transaction]) func logReachesDebugMessageAndTheLogSink(mode: ExecutionMode)
        throws
    {
        let checker = try DeployedChecker()
        let outcome = try checker.call("log", "Hello, World!", mode: mode)
        #expect(outcome.successData == [0])
        #expect(outcome.debugMessage == "Hello, World!")
        let logged = checker.environment.loggedMessages
        #expect(logged.count == 1)
        #expect(logged.first?.0 == checker.address && logged.first?.1 == .info && logged.first?.2 == "Hello, World!")
    }

    /// test_http_req / §8.3 byte vector: http_get in a transaction → 00 0b02 ‖ Str("HTTP request is not
    /// supported in transaction"), without reaching the egress; a query reaches it.
    @Test func httpGetInATransactionIs523WithoutNetwork() throws {
        let egress = FakeEgress(
            single: .success(HttpResponse(statusCode: 200, reasonPhrase: "OK", body: Array("body".utf8)))
        )
        let checker = try DeployedChecker(environment: FakeEnvironment(egress: egress))
        let url = "https://example.com/"
        let text = "HTTP request is not supported in transaction"
        #expect(try checker.reply("http_get", url, mode: .transaction) == [0, 0x0b, 0x02] + text.scaleEncoded())
        #expect(try checker.reply("http_get", url, mode: .estimating) == [0, 0x0b, 0x02] + text.scaleEncoded())
        #expect(egress.calls.isEmpty)
        #expect(try checker.reply("http_get", url, mode: .query) == [0, 200, 0] + Array("body".utf8).scaleEncoded())
        #expect(egress.calls.map(\.requests) == [[HttpRequest(url: url)]])
    }

    /// test_init_failure: init_fail → Ok with REVERT and data 00 01, no contract; init_panic →
    /// Module{4,[12,0,0,0]} (ContractTrapped).
    @Test func failingAndPanickingConstructorsLeaveNoContract() throws {
        let checker = try DeployedChecker()
        let code = try H256(bytes: checker.contract.codeHash)
        let before = checker.world.state.contractAddresses
        let failed = checker.world.instantiate(code, input: try checker.contract.constructor("init_fail"), salt: [1])
        #expect(failed.result == .success(ExecReturnValue(flags: 1, data: [0, 1])))
        #expect(failed.instantiatedAddress == nil && failed.changes.isEmpty)
        let panicked = checker.world.instantiate(code, input: try checker.contract.constructor("init_panic"), salt: [2])
        #expect(panicked.result == .failure(.contracts(.contractTrapped)))
        #expect(panicked.result.failure?.scaleEncoded() == [3, 4, 12, 0, 0, 0])
        #expect(panicked.debugMessage.contains("panicked at"))
        #expect(checker.world.state.contractAddresses == before)
    }
}
