import ContractHost
import PhalaPrimitives
import SCALE
import Testing

/// The envelope (pink-abi.md §5.1) and the cluster-fact functions of §5.2, in query and transaction form.
@Suite struct PinkExtensionTests {
    let environment = FakeEnvironment()
    var pink: PinkExtension { PinkExtension(environment: environment) }

    /// pink-abi.md §8.3 test_for_errors: call_chain_ext(0x010001) → Module{5,[0,0,0,0]}.
    @Test(arguments: [ExecutionMode.query, .estimating, .transaction])
    func nonZeroExtensionIdFailsWithUnknownChainExtensionId(mode: ExecutionMode) {
        #expect(throws: ExecutionFailure.pink(.unknownChainExtensionId)) {
            try pink.call(id: 0x0001_0001, input: [], frame: FakeFrame(mode))
        }
        #expect(ExecutionFailure.pink(.unknownChainExtensionId).scaleEncoded() == [3, 5, 0, 0, 0, 0])
    }

    /// pink-abi.md §8.3 test_for_errors: call_chain_ext(0xFFFF) → Module{5,[1,0,0,0]}; 0 and 26 are unknown too.
    @Test(arguments: [ExecutionMode.query, .transaction])
    func unknownFunctionIdFailsWithUnknownChainExtensionFunction(mode: ExecutionMode) {
        for id: UInt32 in [0, 26, 0xFFFF] {
            #expect(throws: ExecutionFailure.pink(.unknownChainExtensionFunction)) {
                try pink.call(id: id, input: [], frame: FakeFrame(mode))
            }
        }
        #expect(ExecutionFailure.pink(.unknownChainExtensionFunction).scaleEncoded() == [3, 5, 1, 0, 0, 0])
    }

    /// pink-abi.md §5.1: the input must decode exactly; trailing or short input is Contracts DecodingFailed.
    @Test func inputThatDoesNotDecodeExactlyFailsWithDecodingFailed() {
        let frame = FakeFrame(.query)
        let cases: [(PinkFunction, [UInt8])] = [
            (.runtimeVersion, [0]), (.isInTransaction, [1, 2]), (.getRandom, []), (.getRandom, [32, 0]),
            (.log, [3, 8, 0x61]), (.sign, [3, 0, 0]), (.balanceOf, [UInt8](repeating: 0, count: 31)),
            (.cacheSet, [4, 0x61]), (.batchHttpRequest, [0]), (.codeExists, [UInt8](repeating: 0, count: 32) + [2]),
        ]
        for (function, input) in cases {
            #expect(throws: ExecutionFailure.contracts(.decodingFailed), "\(function)") {
                try pink.call(id: UInt32(function.rawValue), input: input, frame: frame)
            }
        }
    }

    /// pink-abi.md §8.3: runtime_version → 01000000 02000000 in both modes.
    @Test(arguments: [ExecutionMode.query, .estimating, .transaction])
    func runtimeVersionIsOneTwo(mode: ExecutionMode) throws {
        let result = try pink.call(.runtimeVersion, frame: FakeFrame(mode))
        #expect(result == ChainExtensionResult(status: 0, output: [1, 0, 0, 0, 2, 0, 0, 0]))
    }

    /// pink-abi.md §8.3 test_is_in_transaction: false in a query, true in Tx (estimating included).
    @Test func isInTransactionIsFalseOnlyInQuery() throws {
        #expect(try pink.call(.isInTransaction, frame: FakeFrame(.query)).output == [0])
        #expect(try pink.call(.isInTransaction, frame: FakeFrame(.estimating)).output == [1])
        #expect(try pink.call(.isInTransaction, frame: FakeFrame(.transaction)).output == [1])
    }

    /// pink-abi.md §8.3 test_worker_pubkey: the worker key ([1;32]) in a query, 32 zeros in Tx.
    @Test func workerPublicKeyIsZeroInTransaction() throws {
        #expect(try pink.call(.workerPublicKey, frame: FakeFrame(.query)).output == [UInt8](repeating: 1, count: 32))
        for mode in transactionModes {
            #expect(try pink.call(.workerPublicKey, frame: FakeFrame(mode)).output == [UInt8](repeating: 0, count: 32))
        }
    }

    /// pink-abi.md §8.3 test_timestamp: > 0 in a query, 0 in Tx.
    @Test func untrustedMillisAreZeroInTransaction() throws {
        let query = try decoded(pink.call(.untrustedMillisSinceUnixEpoch, frame: FakeFrame(.query)), as: UInt64.self)
        #expect(query == 1_764_000_000_000)
        for mode in transactionModes {
            #expect(try pink.call(.untrustedMillisSinceUnixEpoch, frame: FakeFrame(mode)).output == [UInt8](repeating: 0, count: 8))
        }
    }

    /// pink-abi.md §8.3 test_getrandom: the requested bytes in a query; in Tx the output is `00` (empty Vec).
    @Test func getRandomIsEmptyInTransaction() throws {
        let query = try decoded(pink.call(.getRandom, UInt8(32), frame: FakeFrame(.query)), as: [UInt8].self)
        #expect(query == environment.randomBytes(32))
        for mode in transactionModes {
            #expect(try pink.call(.getRandom, UInt8(32), frame: FakeFrame(mode)).output == [0])
        }
    }

    /// pink-abi.md §5.2 id 15 and §8.3 test_for_errors: the system contract, or Module{5,[5,0,0,0]} without one.
    @Test func systemContractIdNeedsASystemContract() throws {
        for mode in [ExecutionMode.query, .transaction] {
            #expect(try pink.call(.systemContractId, frame: FakeFrame(mode)).output == [UInt8](repeating: 0x5A, count: 32))
            let bare = PinkExtension(environment: FakeEnvironment(systemContract: nil))
            #expect(throws: ExecutionFailure.pink(.systemContractMissing)) { try bare.call(.systemContractId, frame: FakeFrame(mode)) }
        }
    }

    /// pink-abi.md §8.3 test_get_balance: (total, free) as two u128 LE.
    @Test func balanceOfReturnsTotalAndFree() throws {
        for mode in [ExecutionMode.query, .transaction] {
            let result = try pink.call(.balanceOf, AccountId32(FixedBytes(repeating: 0xFF)), frame: FakeFrame(mode))
            var decoder = ScaleDecoder(result.output)
            let (total, free) = try decoder.decode(tuple: UInt128.self, UInt128.self)
            #expect(decoder.isAtEnd && total == 114_514 && free == 114_000)
        }
    }

    /// pink-abi.md §8.3 test_code_exists: ink! code from the frame; SideVM code never exists on this host.
    @Test func codeExistsAsksTheFrameForInkCode() throws {
        let frame = FakeFrame(.transaction)
        let stored = H256(FixedBytes(repeating: 0xAB))
        frame.knownCode = [stored]
        #expect(try pink.call(.codeExists, H256.zero, false, frame: frame).output == [0])
        #expect(try pink.call(.codeExists, H256.zero, true, frame: frame).output == [0])
        #expect(try pink.call(.codeExists, stored, false, frame: frame).output == [1])
        #expect(try pink.call(.codeExists, stored, true, frame: frame).output == [0])
    }

    /// pink-abi.md §5.2 id 20: only the system contract may import system code; others get BadOrigin.
    @Test func importLatestSystemCodeIsForTheSystemContractOnly() throws {
        let payer = AccountId32(FixedBytes(repeating: 0x01))
        let system = FakeFrame(.transaction, contract: AccountId32(FixedBytes(repeating: 0x5A)))
        let result = try pink.call(.importLatestSystemCode, payer, frame: system)
        #expect(result.output == [1] + [UInt8](repeating: 0x5C, count: 32))
        #expect(environment.importPayers == [payer])
        #expect(throws: ExecutionFailure.badOrigin) { try pink.call(.importLatestSystemCode, payer, frame: FakeFrame(.transaction)) }
    }

    /// pink-abi.md §8.3 test_event_chain_head: (u64, [u8;32]) in both modes.
    @Test func currentEventChainHeadIsTheSameInBothModes() throws {
        let expected = [42, 0, 0, 0, 0, 0, 0, 0] + [UInt8](repeating: 0xEE, count: 32)
        #expect(try pink.call(.currentEventChainHead, frame: FakeFrame(.query)).output == expected)
        #expect(try pink.call(.currentEventChainHead, frame: FakeFrame(.transaction)).output == expected)
    }

    /// pink-abi.md §8.3 test_pink_js_eval: Exception("Not implemented") in a query, the Tx message otherwise.
    @Test func jsEvalAnswersWithAnException() throws {
        let scripts = [JsCode.source("1 + 2")]
        let query = try pink.call(.jsEval, scripts, [String](), frame: FakeFrame(.query))
        #expect(try decoded(query, as: JsValue.self) == .exception("Not implemented"))
        for mode in transactionModes {
            let result = try pink.call(.jsEval, scripts, [String](), frame: FakeFrame(mode))
            #expect(try decoded(result, as: JsValue.self) == .exception("Js evaluation is not supported in transaction"))
        }
    }

    /// pink-abi.md §5.2 id 25: no SGX quote on this host.
    @Test func workerSgxQuoteIsNone() throws {
        #expect(try pink.call(.workerSgxQuote, frame: FakeFrame(.query)).output == [0])
        #expect(try pink.call(.workerSgxQuote, frame: FakeFrame(.transaction)).output == [0])
    }

    /// pink-abi.md §5.2 id 10 and §8.3 test_cov_log: the message reaches the sink in both modes; level 9 counts as error.
    @Test func logReachesTheSinkWithItsLevel() throws {
        let frame = FakeFrame(.query)
        #expect(try pink.call(.log, UInt8(3), "Hello, World!", frame: frame).output == [])
        _ = try pink.call(.log, UInt8(9), "odd level", frame: FakeFrame(.transaction))
        let logs = environment.loggedMessages
        #expect(logs.count == 2)
        #expect(logs.first?.0 == frame.contract && logs.first?.1 == .info && logs.first?.2 == "Hello, World!")
        #expect(logs.last?.1 == .error)
    }
}
