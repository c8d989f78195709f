import ArgumentParser
import PhalaPrimitives

/// The value and limits a contract instantiation or transaction carries: `--deposit`, `--transfer`,
/// `--gas-limit`, `--storage-deposit-limit`.
struct ContractTransactionOptions: ParsableArguments {
    @Option(
        help: """
            PHA moved from the signer into the cluster first, credited to the signer there to pay gas and \
            storage (e.g. 10PHA); 0 moves nothing.
            """
    )
    var deposit = "0"

    @Option(help: "Balance moved from the signer's cluster account to the contract with the call.")
    var transfer = "0"

    @Option(help: "The most gas (ref_time) the contract may use; the cluster clips it to 2.5e12.")
    var gasLimit: UInt64 = 2_500_000_000_000

    @Option(help: "The most storage deposit the call may charge; no limit when absent.")
    var storageDepositLimit: String?

    /// The parsed amounts.
    /// - Returns: deposit, transfer and storage deposit limit.
    /// - Throws: `CommandError` for an amount that does not parse.
    func amounts() throws -> (deposit: Balance, transfer: Balance, storageDepositLimit: Balance?) {
        (
            try AmountArgument.parse(deposit), try AmountArgument.parse(transfer),
            try storageDepositLimit.map(AmountArgument.parse)
        )
    }
}
