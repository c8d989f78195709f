import ArgumentParser
import PalletStakePools
import PhalaCrypto
import PhalaPrimitives

/// `phala pool create`: creates a stake pool owned by the signer and prints its pid.
struct PoolCreateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "create",
        abstract: "Create a stake pool owned by the signer; prints `pid N`.",
        discussion: "Example: phala pool create --signer //Alice"
    )

    @OptionGroup var signing: SigningOptions

    func run() async throws {
        let owner = try AccountId32(bytes: try signing.keyPair().publicKey)
        try await signing.submit(.create) { client, block in
            let pid = try await PoolCreation.pid(createdBy: owner, vault: false, in: block, through: client)
            StandardOutput.writeLine("pid \(pid)")
        }
    }
}
