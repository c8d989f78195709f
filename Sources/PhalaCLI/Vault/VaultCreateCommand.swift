import ArgumentParser
import JSONRPC
import PalletStakePools
import PhalaCrypto
import PhalaPrimitives

/// `phala vault create`: creates a vault owned by the signer and prints its pid.
struct VaultCreateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "create",
        abstract: "Create a vault owned by the signer; prints `pid N`.",
        discussion: "Example: phala vault create --signer //Charlie"
    )

    @OptionGroup var signing: SigningOptions

    func run() async throws {
        let owner = try AccountId32(bytes: try signing.keyPair().publicKey)
        try await signing.submit(.createVault) { client, block in
            let pid = try await PoolCreation.pid(createdBy: owner, vault: true, in: block, through: client)
            StandardOutput.writeLine("pid \(pid)")
        }
    }
}
