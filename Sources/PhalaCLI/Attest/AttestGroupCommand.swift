import ArgumentParser

/// `phala attest`: check TEE attestations (Intel DCAP quotes) offline, as the registry would.
struct AttestGroupCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "attest",
        abstract: "Verify Intel SGX and TDX DCAP quotes against their collateral, offline.",
        discussion: """
            Runs the same DcapVerifier the chain's registry uses (dcap-qvl's algorithm, pinned Intel SGX \
            Root CA) on a quote and its collateral, and prints the TCB status and the report's measurements.
              phala attest verify --quote sgx_quote --collateral sgx_quote_collateral.json --now 1752919277
            """,
        subcommands: [AttestVerifyCommand.self]
    )
}
