import ArgumentParser
import PhalaClient
import PhalaPrimitives

/// `phala chain info`: the chain's name, genesis, heads, runtime version and properties.
struct ChainInfoCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "info",
        abstract: "Show the chain name, genesis hash, best and finalized blocks, runtime version and properties."
    )

    @OptionGroup var connection: ConnectionOptions

    func run() async throws {
        let lines = try await connection.withClient { client in
            let name = try await client.systemChain()
            let genesis = try await client.genesisHash()
            let best = try await client.bestHeader()
            let finalizedHash = try await client.finalizedHead()
            let finalized = try await client.header(hash: finalizedHash)
            let version = try await client.runtimeVersion()
            let properties = try await client.properties()
            return [
                "chain        \(name)",
                "genesis      \(genesis)",
                "best         #\(best.number) \(best.hash)",
                "finalized    #\(finalized.map { "\($0.number)" } ?? "?") \(finalizedHash)",
                "runtime      \(version.specName) spec \(version.specVersion), transaction version \(version.transactionVersion)",
                "properties   ss58 prefix \(properties.ss58Format), token \(properties.tokenSymbol) with \(properties.tokenDecimals) decimals",
            ]
        }
        print(lines.joined(separator: "\n"))
    }
}
