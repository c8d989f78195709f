import JSONRPC
import PalletBalances
import PalletSystem
import PalletTransactionPayment
import PhalaClient
import PhalaCrypto
import PhalaNode
import PhalaPrimitives
import PhalaRuntime
import RuntimeSupport
import SCALE
import Synchronization
import Testing

@testable import PhalaCLI

/// `tx transfer`'s submission and report against a scripted node (canned replies, no chain): the status
/// lines, the outcome read from the block's events, and the refusals.
@Suite(.timeLimit(.minutes(1))) struct TransferFlowTests {
    static let alice = try! AccountId32(ss58: "5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY")
    static let bob = try! AccountId32(ss58: "5FHneW46xGXgs5mUiveU4sbTyGBzmstUspZC92UhjJM694ty")
    static let blockHash = "0x" + String(repeating: "ab", count: 32)
    /// An unsigned Timestamp.set inherent at index 0, so the transfer sits at index 1.
    static let timestamp = UncheckedExtrinsic(signature: nil, call: [2, 0] + Compact(UInt64(6000)).scaleEncoded())
        .scaleEncoded()

    static func hex(_ bytes: [UInt8]) -> JSONValue {
        .string("0x" + bytes.map { ($0 < 16 ? "0" : "") + String($0, radix: 16) }.joined())
    }

    /// A node that includes any watched extrinsic at index 1 of block `blockHash`, with `outcome` as its
    /// System event; extrinsics starting with 0xff are refused with 1010.
    static func node(outcome: System.Event) -> RPCMethods {
        let included = Mutex<[UInt8]>([])
        var methods = RPCMethods()
        methods.subscription(
            subscribe: "author_submitAndWatchExtrinsic",
            unsubscribe: "author_unwatchExtrinsic",
            notification: "author_extrinsicUpdate"
        ) { params, sink throws(RPCError) in
            let bytes = try params.hexBytes(at: 0)
            guard bytes.first != 0xff else {
                throw RPCError(code: 1010, message: "Invalid Transaction", data: "Transaction has a bad signature")
            }
            included.withLock { $0 = bytes }
            await sink.send("ready")
            await sink.send(["inBlock": .string(blockHash)])
            await sink.send(["finalized": .string(blockHash)])
            try? await Task.sleep(for: .seconds(86_400))
        }
        methods.method("chain_getBlock") { _ in
            let zero = JSONValue.string("0x" + String(repeating: "00", count: 32))
            let header: JSONValue = [
                "parentHash": zero, "number": "0x2", "stateRoot": zero, "extrinsicsRoot": zero, "digest": ["logs": []],
            ]
            return [
                "block": ["header": header, "extrinsics": [hex(timestamp), hex(included.withLock { $0 })]],
                "justifications": .null,
            ]
        }
        methods.method("state_getStorage") { _ in
            let info = DispatchInfo(weight: Weight(refTime: 1))
            let records: [EventRecord<RuntimeEvent>] = [
                EventRecord(phase: .applyExtrinsic(0), event: .system(.extrinsicSucceeded(dispatchInfo: info))),
                EventRecord(
                    phase: .applyExtrinsic(1),
                    event: .transactionPayment(
                        .transactionFeePaid(who: alice, actualFee: Balance(planck: 150), tip: .zero)
                    )
                ),
                EventRecord(phase: .applyExtrinsic(1), event: .system(outcome)),
            ]
            return hex(records.scaleEncoded())
        }
        return methods
    }

    static func extrinsic() throws -> [UInt8] {
        let builder = ExtrinsicBuilder(
            genesisHash: H256(FixedBytes(repeating: 1)),
            specVersion: 1,
            transactionVersion: 1
        )
        return builder.signed(
            call: BalancesCall.transferAllowDeath(to: bob, value: .pha(1)),
            by: try KeyPair(uri: "//Alice", scheme: .sr25519),
            nonce: 0
        )
    }

    @Test func waitingForFinalizationPrintsEachStatusThenTheOutcome() async throws {
        let extrinsic = try Self.extrinsic()
        let hash = try H256(bytes: Hashing.blake2_256(extrinsic))
        let succeeded = System.Event.extrinsicSucceeded(dispatchInfo: DispatchInfo(weight: Weight(refTime: 1)))
        try await withServer(Self.node(outcome: succeeded)) { url in
            try await Client.withConnection(to: url, logger: quietLogger) { client in
                let lines = Mutex<[String]>([])
                try await CallSubmission.submit(extrinsic, waitingFor: .finalized, through: client) { line in
                    lines.withLock { $0.append(line) }
                }
                #expect(
                    lines.withLock { $0 } == [
                        "submitted \(hash)", "ready", "in block \(Self.blockHash)", "finalized \(Self.blockHash)",
                        "success",
                        "fee paid: 0.00000000015 PHA",
                        "events: TransactionPayment.TransactionFeePaid, System.ExtrinsicSuccess",
                    ]
                )
            }
        }
    }

    @Test func waitingOnlyUntilReadyStopsThere() async throws {
        let succeeded = System.Event.extrinsicSucceeded(dispatchInfo: DispatchInfo(weight: Weight(refTime: 1)))
        try await withServer(Self.node(outcome: succeeded)) { url in
            try await Client.withConnection(to: url, logger: quietLogger) { client in
                let lines = Mutex<[String]>([])
                try await CallSubmission.submit(try Self.extrinsic(), waitingFor: .ready, through: client) { line in
                    lines.withLock { $0.append(line) }
                }
                #expect(lines.withLock { $0.count } == 2)
                #expect(lines.withLock { $0.last } == "ready")
            }
        }
    }

    @Test func aFailedDispatchFailsTheCommandWithTheModuleError() async throws {
        let error = DispatchError.module(ModuleError(index: 1, error: Balances.Error.insufficientBalance.rawValue))
        let failed = System.Event.extrinsicFailed(
            dispatchError: error,
            dispatchInfo: DispatchInfo(weight: Weight(refTime: 1))
        )
        try await withServer(Self.node(outcome: failed)) { url in
            try await Client.withConnection(to: url, logger: quietLogger) { client in
                let lines = Mutex<[String]>([])
                do {
                    try await CallSubmission.submit(try Self.extrinsic(), waitingFor: .inBlock, through: client) {
                        line in
                        lines.withLock { $0.append(line) }
                    }
                    Issue.record("a failed dispatch exited successfully")
                } catch let error as CommandError {
                    #expect(error.description == "the transaction failed: Balances.InsufficientBalance")
                }
                #expect(lines.withLock { $0.contains("failed: Balances.InsufficientBalance") })
                #expect(!lines.withLock { $0.contains { $0.hasPrefix("finalized") } })
            }
        }
    }

    @Test func aRefusedTransactionFailsWithTheNodesReason() async throws {
        let succeeded = System.Event.extrinsicSucceeded(dispatchInfo: DispatchInfo(weight: Weight(refTime: 1)))
        try await withServer(Self.node(outcome: succeeded)) { url in
            try await Client.withConnection(to: url, logger: quietLogger) { client in
                do {
                    try await CallSubmission.submit([0xff], waitingFor: .finalized, through: client) { _ in }
                    Issue.record("a refused transaction exited successfully")
                } catch let error as CommandError {
                    #expect(
                        error.description.hasPrefix("the node refused the transaction: Transaction has a bad signature")
                    )
                }
            }
        }
    }
}
