import ArgumentParser

/// `phala contract`: upload, instantiate, call and inspect Phat Contracts from their `.contract` bundles.
struct ContractGroupCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "contract",
        abstract: "Upload, instantiate, send transactions to and inspect Phat Contracts.",
        discussion: """
            Commands read the contract's ink! `.contract` bundle (code and metadata) and encode constructor and \
            message arguments by its types. --args takes one value per declared argument, each JSON or plain text:
              integers   42, "340282366920938463463374607431768211455"
              negatives  '"-5"' or --args=-5 (else read as an option)
              bool, str  true, hello, '"two words"'
              bytes      0x0102 (Vec<u8> and [u8; N])
              AccountId  an SS58 address or 0x-hex
              Option     null, or the value
              enums      Name, or '{"Name": value}'
              structs    '{"x": 1, "y": 2}' or '[1, 2]'
              tuples     '[1, 2]'
            A contract's life cycle in cluster 0x…01:
              phala contract upload --signer //Alice \\
                --bundle flipper.contract --cluster 0x…01
              phala contract instantiate --signer //Alice \\
                --bundle flipper.contract --cluster 0x…01 --args false
              phala contract tx --signer //Alice \\
                --bundle flipper.contract --contract 0x… --message flip
              phala contract info --contract 0x…
            instantiate prints the contract id. Transactions wait until they are in a block by default and print \
            the outcome and events; the contract itself runs on the cluster's workers, which report back \
            through the chain (info shows its public key once they have).
            """,
        subcommands: [
            ContractUploadCommand.self, ContractInstantiateCommand.self, ContractTxCommand.self,
            ContractQueryCommand.self, ContractInfoCommand.self,
        ]
    )
}
