import ArgumentParser
import JSONRPC
import PalletPhatContracts
import PhalaClient
import PhalaCrypto
import PhalaPrimitives
import PhalaRuntime
import SCALE

/// `phala contract instantiate`: asks a cluster to instantiate uploaded code (`instantiate_contract`)
/// and prints the new contract's id.
struct ContractInstantiateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "instantiate",
        abstract: "Instantiate a bundle's uploaded code in a cluster; prints the contract id.",
        discussion: """
            Sends PhalaPhatContracts.instantiate_contract(WasmCode(code hash), constructor call data, salt, \
            cluster, transfer, gas limit, storage deposit limit, deposit). The contract id is \
            BLAKE2b-256(signer ‖ code hash ‖ cluster ‖ salt), so instantiating the same code twice in a \
            cluster needs a different --salt. Upload the code first with `phala contract upload`.
            Example: phala contract instantiate --signer //Alice --bundle flipper.contract --cluster 0x…01 \
            --constructor new --args false --deposit 10PHA
            """
    )

    @OptionGroup var bundle: ContractBundleOptions
    @Option(help: "The cluster id, 0x and 64 hex digits.") var cluster: String
    @Option(help: "The constructor's label in the bundle; when omitted, its only constructor, else `new`.")
    var constructor: String?
    @Option(
        parsing: .upToNextOption,
        help: "The constructor's arguments in order, each JSON or plain text (see `phala contract --help`)."
    )
    var args: [String] = []
    @Option(help: "The salt, 0x-hex; empty by default.") var salt = "0x"
    @OptionGroup var value: ContractTransactionOptions
    @Option(help: "The output: text or json (status lines then go to stderr).") var output: OutputFormat = .text
    @OptionGroup var signing: SigningOptions

    func run() async throws {
        try await perform(status: ContractTransactionReport.statusLines(for: output)).print(as: output)
    }

    /// Sends the instantiation.
    /// - Parameter status: where transaction status lines go.
    /// - Returns: the contract id, its code hash, cluster and the block.
    /// - Throws: `CommandError` for bad options or arguments, or a failed transaction.
    func perform(status: @escaping (String) -> Void) async throws -> ContractTransactionReport {
        let bundle = try bundle.load()
        let cluster = try ContractIdArgument.parse(cluster, option: "--cluster")
        let callData: [UInt8]
        let label = constructor ?? (bundle.constructors.count == 1 ? bundle.constructors[0].label : "new")
        do { callData = try bundle.constructorCall(label, arguments: args).callData } catch {
            throw CommandError("\(error)")
        }
        let salt: [UInt8]
        do { salt = try Hex.decode(self.salt) } catch { throw CommandError("--salt \(self.salt) is not hex: \(error)") }
        let (deposit, transfer, limit) = try value.amounts()
        let deployer = try AccountId32(bytes: try signing.keyPair().publicKey)
        let call = RuntimeCall.phatContracts(
            .instantiateContract(
                codeIndex: .wasmCode(bundle.codeHash),
                data: callData,
                salt: salt,
                clusterId: cluster,
                transfer: transfer,
                gasLimit: value.gasLimit,
                storageDepositLimit: limit,
                deposit: deposit
            )
        )
        let contract = bundle.contractId(deployer: deployer, cluster: cluster, salt: salt)
        var block: H256?
        try await signing.submit(call.scaleEncoded(), output: status) { _, included in block = included }
        return ContractTransactionReport(
            block: block,
            fields: [
                ("contract", .string(contract.description)), ("codeHash", .string(bundle.codeHash.description)),
                ("cluster", .string(cluster.description)),
            ]
        )
    }
}
