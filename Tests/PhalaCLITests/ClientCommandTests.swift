import ArgumentParser
import JSONRPC
import PalletBalances
import PalletSystem
import PalletTransactionPayment
import PhalaClient
import PhalaCrypto
import PhalaPrimitives
import PhalaRuntime
import RuntimeSupport
import SCALE
import Testing

@testable import PhalaCLI

/// `phala balance`, `phala tx transfer` and `phala chain info` parsed from argument lists, the amount
/// grammar, and the reading of a transfer's events; none of these talk to a node.
@Suite struct ClientCommandTests {
    static let bob = "5FHneW46xGXgs5mUiveU4sbTyGBzmstUspZC92UhjJM694ty"
    static let bobID = try! AccountId32(ss58: bob)
    static let alice = try! AccountId32(ss58: "5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY")

    @Test(
        arguments: [
            ("1.5PHA", 1_500_000_000_000), ("1.5 PHA", 1_500_000_000_000), ("2 pha", 2_000_000_000_000),
            ("1500", 1500), ("0", 0), (" 7 ", 7), ("12 planck", 12), ("0.000000000001PHA", 1),
        ] as [(String, UInt128)]
    )
    func amountsAreReadAsPHAWithAUnitOrWholePlanck(text: String, planck: UInt128) throws {
        #expect(try AmountArgument.parse(text) == Balance(planck: planck))
    }

    @Test(arguments: [
        "1.5", "", "PHA", "1.5 DOT", "-1PHA", "1.0000000000001PHA", "1e3", "340282366920938463463374607431768211456",
    ])
    func badAmountsAreRefusedWithAMessage(text: String) {
        #expect(throws: CommandError.self) { try AmountArgument.parse(text) }
    }

    @Test func aBareDecimalAsksForAUnit() throws {
        do {
            _ = try AmountArgument.parse("1.5")
            Issue.record("a bare decimal was accepted")
        } catch let error as CommandError {
            #expect(error.description.contains("has no unit"))
        }
        #expect(throws: (any Error).self) {
            try PhalaCommand.parseAsRoot(["tx", "transfer", "--from", "//Alice", "--to", Self.bob, "--amount", "1.5"])
        }
    }

    @Test func transferParsesEveryFlagAndBuildsTheBalancesCall() throws {
        let arguments = [
            "tx", "transfer", "--from", "//Alice", "--to", Self.bob, "--amount", "1.5PHA", "--scheme", "ed25519",
            "--keep-alive", "--wait", "in-block", "--url", "ws://10.0.0.1:9944",
        ]
        let transfer = try #require(try PhalaCommand.parseAsRoot(arguments) as? TxTransferCommand)
        #expect(transfer.from == "//Alice" && transfer.scheme == .ed25519 && transfer.keepAlive)
        #expect(transfer.amount == Balance(planck: 1_500_000_000_000))
        #expect(transfer.wait == .inBlock)
        #expect(transfer.connection.url == "ws://10.0.0.1:9944")
        #expect(try transfer.call() == BalancesCall.transferKeepAlive(to: Self.bobID, value: transfer.amount))

        let plain = try #require(
            try PhalaCommand.parseAsRoot(["tx", "transfer", "--from", "//Alice", "--to", "//Bob", "--amount", "5"])
                as? TxTransferCommand
        )
        #expect(plain.wait == nil && plain.scheme == .sr25519 && !plain.keepAlive)
        #expect(plain.connection.url == "ws://127.0.0.1:9944")
        #expect(try plain.call() == BalancesCall.transferAllowDeath(to: Self.bobID, value: Balance(planck: 5)))
    }

    @Test func transferRefusesUnknownWaitStagesAndMissingFlags() {
        let base = ["tx", "transfer", "--from", "//Alice", "--to", Self.bob]
        #expect(throws: (any Error).self) {
            try PhalaCommand.parseAsRoot(base + ["--amount", "1PHA", "--wait", "included"])
        }
        #expect(throws: (any Error).self) { try PhalaCommand.parseAsRoot(base) }
        #expect(throws: (any Error).self) {
            try PhalaCommand.parseAsRoot(base + ["--amount", "1PHA", "--scheme", "ecdsa"])
        }
    }

    @Test func accountsAreAddressesHexIdsOrSecretURIs() throws {
        #expect(try AccountArgument.resolve(Self.bob, scheme: .sr25519) == Self.bobID)
        #expect(try AccountArgument.resolve("//Bob", scheme: .sr25519) == Self.bobID)
        #expect(try AccountArgument.resolve(Self.bobID.description, scheme: .sr25519) == Self.bobID)
        #expect(
            try AccountArgument.resolve("//Alice", scheme: .ed25519).description
                == "0x88dc3417d5058ec4b4503e0c12ea1a0a89be200fe98922423d4334014fa6b0ee"
        )
        #expect(throws: CommandError.self) { try AccountArgument.resolve("0x1234", scheme: .sr25519) }
        #expect(throws: CommandError.self) { try AccountArgument.resolve("not an account", scheme: .sr25519) }
    }

    @Test func balanceAndChainInfoParseTheirFlags() throws {
        let balance = try #require(
            try PhalaCommand.parseAsRoot(["balance", "//Alice", "--url", "ws://h:1"]) as? BalanceCommand
        )
        #expect(balance.account == "//Alice" && balance.connection.url == "ws://h:1")
        let info = try #require(try PhalaCommand.parseAsRoot(["chain", "info"]) as? ChainInfoCommand)
        #expect(info.connection.url == "ws://127.0.0.1:9944")
        #expect(throws: (any Error).self) { try PhalaCommand.parseAsRoot(["balance"]) }
    }

    @Test func theBalanceReportShowsTheAddressUnderTheChainsPrefixAndPHA() {
        let info = AccountInfo(
            nonce: 2,
            consumers: 0,
            providers: 1,
            sufficients: 0,
            free: Balance(planck: 1_500_000_000_000),
            reserved: .zero,
            frozen: .pha(1),
            flags: 0
        )
        let report = BalanceCommand.report(account: Self.alice, info: info, prefix: 30)
        #expect(
            report == """
                account   45R2pfjQUW2s9PQRHU48HQKLKHVMaDja7N3wpBtmF28UYDs2
                free      1.5 PHA
                reserved  0 PHA
                frozen    1 PHA
                nonce     2
                """
        )
    }

    static func encodedEvents(_ events: [(UInt32, RuntimeEvent)]) -> [UInt8] {
        events.map { EventRecord(phase: .applyExtrinsic($0.0), event: $0.1) }.scaleEncoded()
    }

    @Test func aSuccessfulTransferReportsItsFeeAndEvents() throws {
        let info = DispatchInfo(weight: Weight(refTime: 1000))
        let events = Self.encodedEvents([
            (0, .system(.extrinsicSucceeded(dispatchInfo: info))),
            (1, .balances(.transferred(from: Self.alice, to: Self.bobID, amount: .pha(1)))),
            (
                1,
                .transactionPayment(.transactionFeePaid(who: Self.alice, actualFee: Balance(planck: 1234), tip: .zero))
            ),
            (1, .system(.extrinsicSucceeded(dispatchInfo: info))),
        ])
        let outcome = try ExtrinsicOutcome(encodedEvents: events, index: 1)
        #expect(outcome.failure == nil)
        #expect(outcome.fee == Balance(planck: 1234))
        #expect(
            outcome.report == [
                "success", "fee paid: 0.000000001234 PHA",
                "events: Balances.Transfer, TransactionPayment.TransactionFeePaid, System.ExtrinsicSuccess",
            ]
        )
    }

    @Test func aFailedTransferNamesTheModuleError() throws {
        let error = DispatchError.module(ModuleError(index: 1, error: Balances.Error.insufficientBalance.rawValue))
        let events = Self.encodedEvents([
            (0, .transactionPayment(.transactionFeePaid(who: Self.alice, actualFee: Balance(planck: 9), tip: .zero))),
            (
                0,
                .system(.extrinsicFailed(dispatchError: error, dispatchInfo: DispatchInfo(weight: Weight(refTime: 1))))
            ),
        ])
        let outcome = try ExtrinsicOutcome(encodedEvents: events, index: 0)
        #expect(outcome.failure == error)
        #expect(outcome.report.first == "failed: Balances.InsufficientBalance")
        #expect(RuntimeNames.error(.badOrigin) == "BadOrigin")
        #expect(RuntimeNames.error(.token(.fundsUnavailable)) == "Token(fundsUnavailable)")
        #expect(throws: CommandError.self) { try ExtrinsicOutcome(encodedEvents: events, index: 1) }
        #expect(throws: CommandError.self) { try ExtrinsicOutcome(encodedEvents: [0x04, 0xff], index: 0) }
    }

    @Test func aRefusalShowsTheNodesReason() {
        let error = CallSubmission.rejection(
            .init(code: 1010, message: "Invalid Transaction", data: "Transaction has a bad signature")
        )
        #expect(
            error.description
                == "the node refused the transaction: Transaction has a bad signature (JSON-RPC 1010 Invalid Transaction)"
        )
    }
}
