import ArgumentParser
import Foundation
import JSONRPC
import PalletPhatContracts
import PalletSudo
import PalletUtility
import PhalaClient
import PhalaCrypto
import PhalaPrimitives
import PhalaRuntime
import RuntimeSupport
import SCALE

/// `phala cluster create`: `Sudo.sudo(PhalaPhatContracts.add_cluster(…))`, preceded in one `batch_all` by
/// `set_pink_system_code` when `--system-code` is given.
struct ClusterCreateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "create",
        abstract: "Create a cluster of registered workers (a root call, submitted through the sudo key).",
        discussion: """
            Prints the new cluster's id (`cluster 0x…`, or a JSON object with --output json) once the call is \
            in a block. The chain needs pink system code before its first cluster: pass --system-code FILE \
            (any valid Wasm; it fixes the cluster's system contract address, and Phala Swift's workers do not \
            run a system contract) and it is set in the same batch.
            Example: phala cluster create --signer //Alice --worker 0x… --worker 0x… --system-code flipper.wasm
            """
    )

    @OptionGroup var signing: SigningOptions

    @Option(help: "A registered worker's public key (0x + 64 hex digits); repeat for each worker.", transform: WorkerArgument.parse)
    var worker: [FixedBytes<32>] = []

    @Option(help: "The cluster owner (SS58 or 0x-hex); the signer when absent.")
    var owner: String?

    @Flag(help: "Let only the owner upload and instantiate (public by default).")
    var ownerOnly = false

    @Option(help: "PHA moved from the owner into the cluster account (e.g. 10PHA).")
    var deposit = "0"

    @Option(help: "A Wasm file to set as the chain's pink system code in the same batch.")
    var systemCode: String?

    @Option(help: "The output: text or json.") var output: OutputFormat = .text

    func validate() throws {
        if worker.isEmpty { throw ValidationError("give at least one --worker: a cluster without workers runs nothing") }
    }

    /// The root call these flags describe, wrapped in `Sudo.sudo`.
    /// - Parameter signer: the signer's account, the default owner.
    /// - Throws: `CommandError` for an unreadable owner, amount or system code file.
    func call(signer: AccountId32) throws -> RuntimeCall {
        let ownerAccount = try owner.map { try AccountArgument.resolve($0, scheme: .sr25519) } ?? signer
        let addCluster = RuntimeCall.phatContracts(
            .addCluster(
                owner: ownerAccount,
                permission: ownerOnly ? .onlyOwner(ownerAccount) : .public,
                deployWorkers: worker,
                deposit: try AmountArgument.parse(deposit),
                gasPrice: .zero,
                depositPerItem: .zero,
                depositPerByte: .zero,
                treasuryAccount: ownerAccount
            )
        )
        guard let systemCode else { return .sudo(.sudo(call: addCluster)) }
        guard let code = FileManager.default.contents(atPath: systemCode) else {
            throw CommandError("cannot read --system-code \(systemCode): give the path of a Wasm file")
        }
        let setCode = RuntimeCall.phatContracts(.setPinkSystemCode(code: [UInt8](code)))
        return .sudo(.sudo(call: .utility(.batchAll(calls: [setCode, addCluster]))))
    }

    func run() async throws {
        let signer = try AccountId32(bytes: try signing.keyPair().publicKey)
        let call = try call(signer: signer)
        let json = output == .json
        var created: (cluster: H256, systemContract: H256)?
        try await signing.submit(call.scaleEncoded(), output: json ? StandardOutput.writeErrorLine : StandardOutput.writeLine) {
            client, block in
            let records = try [EventRecord<RuntimeEvent>](scaleDecoding: try await client.events(at: block))
            created = try Self.outcome(of: records)
        }
        guard let created else { return }
        if json {
            let object: JSONValue = [
                "cluster": .string(created.cluster.description), "systemContract": .string(created.systemContract.description),
            ]
            StandardOutput.writeLine(object.description)
        } else {
            StandardOutput.writeLine("cluster \(created.cluster)")
        }
    }

    /// The cluster the block's events report, or the root call's own failure.
    /// - Parameter records: the events of the block the call landed in.
    /// - Returns: the new cluster and its system contract.
    /// - Throws: `CommandError` with the dispatch error when the sudo call failed.
    static func outcome(of records: [EventRecord<RuntimeEvent>]) throws -> (cluster: H256, systemContract: H256) {
        for record in records {
            if case .phatContracts(.clusterCreated(let cluster, let systemContract)) = record.event {
                return (cluster, systemContract)
            }
            if case .sudo(.sudid(.failure(let error))) = record.event {
                let name = RuntimeNames.error(error)
                throw CommandError("the chain refused the cluster: \(name); \(Self.hint(for: name))")
            }
        }
        throw CommandError("the block has no ClusterCreated event; is --signer the sudo key?")
    }

    /// What to do about a refused `add_cluster`.
    /// - Parameter text: the error's name, e.g. `PhalaPhatContracts.NoPinkSystemCode`.
    static func hint(for text: String) -> String {
        if text.contains("NoPinkSystemCode") { return "pass --system-code FILE to set the chain's pink system code first" }
        if text.contains("WorkerNotFound") { return "every --worker must be registered (see its GET /info)" }
        if text.contains("DuplicatedDeployment") { return "a worker may belong to one cluster only" }
        return "check the workers and the signer"
    }
}
