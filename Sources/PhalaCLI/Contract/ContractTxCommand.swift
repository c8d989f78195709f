import ArgumentParser
import JSONRPC
import Messaging
import PalletPhatContracts
import PhalaClient
import PhalaPrimitives
import PhalaRuntime
import SCALE

/// `phala contract tx`: sends a message to a contract as a transaction (`push_contract_message` with a
/// plain `InkMessage` command); the cluster's workers run it in block order.
struct ContractTxCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tx",
        abstract: "Send a message to a contract as a transaction.",
        discussion: """
            Sends PhalaPhatContracts.push_contract_message(contract, InkMessage{nonce, selector ‖ arguments, \
            transfer, gas limit, storage deposit limit}, deposit). The command and its arguments are public \
            on chain; its result is not returned (read state back with a query). The signer is the caller.
            Example: phala contract tx --signer //Alice --bundle flipper.contract --contract 0x… --message flip
            """
    )

    @OptionGroup var call: ContractMessageOptions
    @Option(help: "The contract id, 0x and 64 hex digits.") var contract: String
    @Option(help: "Up to 32 bytes in 0x-hex that tell this command apart from others; empty by default.")
    var nonce = "0x"
    @OptionGroup var value: ContractTransactionOptions
    @Option(help: "The output: text or json (status lines then go to stderr).") var output: OutputFormat = .text
    @OptionGroup var signing: SigningOptions

    func run() async throws {
        try await perform(status: ContractTransactionReport.statusLines(for: output)).print(as: output)
    }

    /// Sends the message.
    /// - Parameter status: where transaction status lines and notes go.
    /// - Returns: the contract, the message, its call data and the block.
    /// - Throws: `CommandError` for bad options or arguments, or a failed transaction.
    func perform(status: @escaping (String) -> Void) async throws -> ContractTransactionReport {
        let (_, message, callData) = try call.call()
        let contract = try ContractIdArgument.parse(contract, option: "--contract")
        let nonce: [UInt8]
        do { nonce = try Hex.decode(self.nonce) } catch {
            throw CommandError("--nonce \(self.nonce) is not hex: \(error)")
        }
        guard nonce.count <= ContractCommand.maximumNonceLength else {
            throw CommandError(
                "--nonce has \(nonce.count) bytes; at most \(ContractCommand.maximumNonceLength) are allowed"
            )
        }
        if !message.mutates { status("note: `\(message.label)` does not change state; a query returns its result") }
        let (deposit, transfer, limit) = try value.amounts()
        let command = ContractCommand(
            nonce: nonce,
            message: callData,
            transfer: transfer.planck,
            gasLimit: value.gasLimit,
            storageDepositLimit: limit?.planck
        )
        let runtimeCall = RuntimeCall.phatContracts(
            .pushContractMessage(contractId: contract, payload: command.scaleEncoded(), deposit: deposit)
        )
        var block: H256?
        try await signing.submit(runtimeCall.scaleEncoded(), output: status) { _, included in block = included }
        return ContractTransactionReport(
            block: block,
            fields: [
                ("contract", .string(contract.description)), ("message", .string(message.label)),
                ("callData", .string(Hex.encode(callData))),
            ]
        )
    }
}
