import ArgumentParser

/// `phala cluster`: create Phat Contract clusters on a chain and inspect them.
struct ClusterGroupCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cluster",
        abstract: "Create Phat Contract clusters (root) and show what the chain records about them.",
        discussion: """
            A cluster is a group of registered workers that run the same contracts in the same order. \
            Creating one is a root call (here through the sudo key); the gatekeeper then derives the cluster \
            key and hands it to each listed worker, which joins and reports back. On a dev network:
              phala cluster create --signer //Alice --worker 0x<worker pubkey> --worker 0x<another> \\
                --system-code some.wasm
              phala cluster info --cluster 0x…01
            Worker public keys are on each worker's GET /info (`publicKey`).
            """,
        subcommands: [ClusterCreateCommand.self, ClusterInfoCommand.self]
    )
}
