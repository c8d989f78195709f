import ArgumentParser

/// `phala contract`: upload, instantiate, call and inspect Phat Contracts from their `.contract` bundles.
struct ContractGroupCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "contract",
        abstract: "Upload, instantiate, send transactions to and inspect Phat Contracts.",
        discussion: """
            Commands read the contract's ink! `.contract` bundle (code and metadata) and encode constructor and \
            message arguments by its types. Arguments are JSON or plain text, one per declared argument:
              numbers 42 or "340282366920938463463374607431768211455", bools true, strings hello or '"a b"',
              bytes (Vec<u8>, [u8; N]) 0x0102, AccountId an SS58 address or 0x-hex, Option null or a value,
              enums "Name" or '{"Name": value}', structs '{"field": value}' or '[v1, v2]', tuples '[v1, v2]'.
            Write a negative number as '"-5"' or --args=-5 so it is not read as an option.
            A contract's life cycle on a cluster:
              phala contract upload --signer //Alice --bundle flipper.contract --cluster 0x…01
              phala contract instantiate --signer //Alice --bundle flipper.contract --cluster 0x…01 --args false
                (prints: contract 0x…)
              phala contract tx --signer //Alice --bundle flipper.contract --contract 0x… --message flip
              phala contract info --contract 0x…
            Transactions wait until they are in a block by default and print the outcome and events; the \
            contract itself runs on the cluster's workers, which report back through the chain.
            """,
        subcommands: [
            ContractUploadCommand.self, ContractInstantiateCommand.self, ContractTxCommand.self,
            ContractInfoCommand.self,
        ]
    )
}
