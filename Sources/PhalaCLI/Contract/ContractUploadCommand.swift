import ArgumentParser
import JSONRPC
import PalletPhatContracts
import PhalaClient
import PhalaPrimitives
import PhalaRuntime
import SCALE

/// `phala contract upload`: hands a bundle's code to a cluster (`cluster_upload_resource`, InkCode).
struct ContractUploadCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "upload",
        abstract: "Upload a bundle's Wasm code to a cluster; prints its code hash.",
        discussion: """
            Sends PhalaPhatContracts.cluster_upload_resource(cluster, InkCode, wasm). The cluster's workers \
            store the code under its hash (BLAKE2b-256 of the Wasm), which `instantiate` then refers to. The \
            cluster's permission must allow the signer; the code may be at most 2 MiB.
            Example: phala contract upload --signer //Alice --bundle flipper.contract --cluster 0x…01
            """
    )

    @OptionGroup var bundle: ContractBundleOptions
    @Option(help: "The cluster id, 0x and 64 hex digits.") var cluster: String
    @Option(help: "The output: text or json (status lines then go to stderr).") var output: OutputFormat = .text
    @OptionGroup var signing: SigningOptions

    func run() async throws {
        try await perform(status: ContractTransactionReport.statusLines(for: output)).print(as: output)
    }

    /// Uploads the code.
    /// - Parameter status: where transaction status lines go.
    /// - Returns: the code hash, the cluster and the block.
    /// - Throws: `CommandError` for a bad bundle or cluster id, an oversized code, or a failed transaction.
    func perform(status: @escaping (String) -> Void) async throws -> ContractTransactionReport {
        let bundle = try bundle.load()
        let cluster = try ContractIdArgument.parse(cluster, option: "--cluster")
        guard bundle.wasm.count <= PhatContracts.inkCodeSizeLimit else {
            throw CommandError(
                "the code is \(bundle.wasm.count) bytes; a cluster takes at most \(PhatContracts.inkCodeSizeLimit)"
            )
        }
        let call = RuntimeCall.phatContracts(
            .clusterUploadResource(clusterId: cluster, resourceType: .inkCode, resourceData: bundle.wasm)
        )
        var block: H256?
        try await signing.submit(call.scaleEncoded(), output: status) { _, included in block = included }
        return ContractTransactionReport(
            block: block,
            fields: [("codeHash", .string(bundle.codeHash.description)), ("cluster", .string(cluster.description))]
        )
    }
}
