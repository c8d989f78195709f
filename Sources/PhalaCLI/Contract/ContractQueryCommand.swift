import ArgumentParser
import JSONRPC
import PhalaClient
import PhalaCrypto
import PhalaPrimitives
import SCALE

/// `phala contract query`: runs a contract message off-chain on a worker of its cluster, encrypted and
/// signed, and prints the decoded result.
struct ContractQueryCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "query",
        abstract: "Read from a contract with an encrypted, signed query to a worker of its cluster.",
        discussion: """
            Signs the query with the signer's sr25519 key (the contract sees it as the caller), encrypts it \
            to the worker's key, posts it to <worker>/contracts/query and decrypts the answer. Nothing is \
            sent on chain; state changes made by the message are discarded.
            Example: phala contract query --signer //Alice --bundle flipper.contract --contract 0x… --message get
            """
    )

    @OptionGroup var call: ContractMessageOptions
    @Option(help: "The contract id, 0x and 64 hex digits.") var contract: String
    @Option(help: "The worker's HTTP API.") var worker = "http://127.0.0.1:8000"
    @Option(help: "The worker's public key (0x-hex); read from <worker>/info when omitted.") var workerKey: String?
    @Option(help: "The signer: a secret URI of an sr25519 key, such as //Alice.") var signer: String
    @Option(help: "The output: text or json.") var output: OutputFormat = .text

    func run() async throws {
        let (bundle, message, callData) = try call.call()
        let contract = try ContractIdArgument.parse(contract, option: "--contract")
        guard case .sr25519(let keyPair) = try? KeyPair(uri: signer, scheme: .sr25519) else {
            throw CommandError("--signer needs the secret URI of an sr25519 key, such as //Alice")
        }
        let client: ContractQueryClient
        do {
            client = try ContractQueryClient(workerURL: worker, workerKey: try await resolvedWorkerKey())
        } catch let error as CommandError { throw error } catch {
            throw CommandError("\(error)")
        }
        let answer: [UInt8]
        do {
            answer = try await client.query(contract: AccountId32(contract.raw), payload: callData, signer: keyPair)
        } catch { throw CommandError("the query failed: \(error)") }
        let result: ContractCallResult
        do { result = try ContractCallResult(scaleDecoding: answer) } catch {
            throw CommandError("the worker's answer is not a ContractResult: \(error)")
        }
        let value = try result.output.map { try ContractMessageOptions.result($0, of: message, in: bundle) }
        let error: JSONValue = result.dispatchError.map { .string(Hex.encode($0)) } ?? .null
        let report: JSONValue = .object([
            "contract": .string(contract.description), "message": .string(message.label), "result": value ?? .null,
            "reverted": .bool(result.reverted), "error": error, "gasConsumed": .string(String(result.gasConsumed)),
            "debugMessage": .string(result.debugMessage),
        ])
        switch output {
        case .json: StandardOutput.writeLine(report.description)
        case .text:
            if let error = result.dispatchError {
                StandardOutput.writeLine("failed: DispatchError \(Hex.encode(error))")
            } else {
                StandardOutput.writeLine("\(result.reverted ? "reverted: " : "")\((value ?? .null).serialized())")
            }
            if !result.debugMessage.isEmpty { StandardOutput.writeLine("debug: \(result.debugMessage)") }
        }
    }

    /// The worker key from --worker-key, or from the worker's /info.
    private func resolvedWorkerKey() async throws -> Sr25519.PublicKey {
        guard let workerKey else {
            do { return try await ContractQueryClient.workerKey(of: worker) } catch {
                throw CommandError("cannot read the worker's key: \(error); pass --worker-key")
            }
        }
        do { return try Sr25519.PublicKey(bytes: try Hex.decode(workerKey)) } catch {
            throw CommandError("--worker-key \(workerKey) is not a 32-byte sr25519 public key: \(error)")
        }
    }
}
