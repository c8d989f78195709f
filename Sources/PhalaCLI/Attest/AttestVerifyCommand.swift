import ArgumentParser
import Attestation
import Foundation

/// `phala attest verify`: verifies one DCAP quote against its collateral and prints the verdict.
struct AttestVerifyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Verify an SGX (v3) or TDX (v4/v5) DCAP quote against dcap-qvl collateral JSON.",
        discussion: """
            The quote file is the raw quote, or the same bytes as ASCII hex (0x prefix and surrounding \
            whitespace allowed). The collateral file is dcap-qvl's QuoteCollateralV3 JSON (as fetched from \
            a PCCS by dcap-qvl's get_collateral). Verification follows dcap-qvl: the certificate chains to \
            the pinned Intel SGX Root CA, CRLs, TCB info and QE identity windows at --now, the QE report, \
            the quote signature, the platform's and QE's TCB levels, and debug/service-TD policy.
            OK means the quote is genuine; whether its status (UpToDate, SWHardeningNeeded, OutOfDate …) \
            is acceptable is your policy. A refusal prints "REFUSED at <step>: <reason>" and exits with \
            status 1. Byte values print as lowercase hex without 0x, as dcap-qvl does.
            --now defaults to the current wall-clock time. The sample collateral in the test fixtures is \
            old (its TCB info, QE identities and CRLs expired between July 2025 and April 2026), so the \
            samples verify only at a --now of their own:
              phala attest verify --quote sgx_quote \\
                --collateral sgx_quote_collateral.json --now 1752919277
              phala attest verify --quote tdx_quote \\
                --collateral tdx_quote_collateral.json --now 1752919234 --output json
            """
    )

    @Option(help: "The quote file: raw bytes, or ASCII hex (optionally 0x-prefixed).")
    var quote: String

    @Option(help: "The collateral file: dcap-qvl QuoteCollateralV3 JSON.")
    var collateral: String

    @Option(help: "The verification time in Unix seconds (default: the current wall-clock time).")
    var now: UInt64?

    @Flag(help: "Accept enclaves and trust domains in debug mode (never on a production chain).")
    var allowDebug = false

    @Flag(name: .customLong("allow-service-td"), help: "Accept TD reports 1.5 that name a service TD.")
    var allowServiceTD = false

    @Option(help: "How to print the result: text or json.")
    var output: OutputFormat = .text

    func run() throws {
        let report = try report()
        StandardOutput.writeLine(report.rendered(as: output))
        if !report.isAccepted { throw ExitCode.failure }
    }

    /// Reads both files and verifies the quote at `--now` (or the wall clock).
    /// - Returns: the verified report, or the step at which the quote was refused.
    /// - Throws: `CommandError` when a file cannot be read, the quote's hex text is invalid or the
    ///   collateral is not dcap-qvl JSON.
    func report() throws(CommandError) -> QuoteVerificationReport {
        let quoteBytes = try AttestInputFile.quote(path: quote)
        let collateralValue = try AttestInputFile.collateral(path: collateral)
        let time = now ?? Self.wallClockSeconds()
        do {
            let verified = try DcapVerifier.verify(
                quote: quoteBytes,
                collateral: collateralValue,
                now: time,
                options: options
            )
            return .accepted(verified, now: time)
        } catch {
            return .refused(error, now: time)
        }
    }

    /// The verifier policy `--allow-debug` and `--allow-service-td` choose.
    var options: DcapVerificationOptions {
        var options = DcapVerificationOptions()
        options.allowDebug = allowDebug
        options.allowServiceTD = allowServiceTD
        return options
    }

    /// The current wall-clock time in whole Unix seconds; only this command-line default reads it,
    /// never the verifier.
    private static func wallClockSeconds() -> UInt64 {
        UInt64(max(0, Date().timeIntervalSince1970))
    }
}
