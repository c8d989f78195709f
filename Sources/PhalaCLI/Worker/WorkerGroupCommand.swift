import ArgumentParser

/// `phala worker`: runs a worker (the default subcommand, `run`) or shows one's status.
struct WorkerGroupCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "worker",
        abstract: "Run a worker (`phala worker --operator //Alice …`) or show a worker's status.",
        discussion: """
            Without a subcommand the arguments go to `run`: phala worker --node ws://127.0.0.1:9944 \
            --operator //Alice --base-path /tmp/w --tee software
            """,
        subcommands: [WorkerCommand.self, WorkerStatusCommand.self],
        defaultSubcommand: WorkerCommand.self
    )
}
