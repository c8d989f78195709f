import ArgumentParser
import Attestation
import Foundation
import JSONRPC
import Testing

@testable import PhalaCLI

/// `phala attest verify` on dcap-qvl's sample quotes and collateral (Tests/AttestationTests/Fixtures/dcap),
/// parsed from argument lists as the shell would pass them. Expected values: dcap.md §4.2–4.5 and §4.7
/// (dcap-qvl 0.7.0's Python binding on the same files and times).
@Suite struct AttestCommandTests {
    /// The dcap fixture directory of the Attestation tests.
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../AttestationTests/Fixtures/dcap").standardized.path

    /// The command for `phala attest verify --quote <quote> --collateral <collateral> <extra…>`, fixture names
    /// resolved in the fixture directory.
    static func command(_ quote: String, _ collateral: String, _ extra: [String] = []) throws -> AttestVerifyCommand {
        let arguments = [
            "attest", "verify", "--quote", fixtures + "/" + quote, "--collateral", fixtures + "/" + collateral,
        ]
        return try #require(try PhalaCommand.parseAsRoot(arguments + extra) as? AttestVerifyCommand)
    }

    @Test func sgxSampleIsAcceptedWithItsStatusAdvisoriesAndMeasurements() throws {
        let report = try Self.command("sgx_quote", "sgx_quote_collateral.json", ["--now", "1752919277"]).report()
        guard case .accepted(let verified, now: 1752919277) = report else {
            Issue.record("expected OK, got \(report.text)")
            return
        }
        #expect(verified.status == .configurationAndSWHardeningNeeded)
        #expect(verified.advisoryIDs == ["INTEL-SA-00289", "INTEL-SA-00615"])
        let text = report.rendered(as: .text)
        #expect(text.hasPrefix("OK"))
        #expect(text.contains("Status:           ConfigurationAndSWHardeningNeeded"))
        #expect(text.contains("Advisory IDs:     INTEL-SA-00289, INTEL-SA-00615"))
        #expect(text.contains("QE status:        UpToDate"))
        #expect(text.contains("TEE:              SGX (enclave report), quote v3"))
        #expect(text.contains("MRENCLAVE:        33d8736db756ed4997e04ba358d27833188f1932ff7b1d156904d3f560452fbb"))
        #expect(text.contains("MRSIGNER:         815f42f11cf64430c30bab7816ba596a1da0130c3b028b673133a66cf9a3e0e6"))
        #expect(text.contains("PPID:             d04ec06d4e6d92dc90d0ad3cf5ee2ddf"))

        let json = try JSONValue(parsing: report.rendered(as: .json))
        #expect(json["ok"] == .bool(true))
        #expect(json["status"]?.string == "ConfigurationAndSWHardeningNeeded")
        #expect(json["advisoryIds"] == ["INTEL-SA-00289", "INTEL-SA-00615"])
        #expect(json["qeStatus"] == ["status": "UpToDate", "advisoryIds": []])
        #expect(json["platformStatus"]?["status"]?.string == "ConfigurationAndSWHardeningNeeded")
        #expect(json["tee"]?.string == "SGX" && json["version"]?.uint64 == 3)
        let measurements = try #require(json["measurements"])
        #expect(measurements["mrEnclave"]?.string == "33d8736db756ed4997e04ba358d27833188f1932ff7b1d156904d3f560452fbb")
        #expect(measurements["isvProdId"]?.uint64 == 0 && measurements["isvSvn"]?.uint64 == 0)
        #expect(measurements["attributes"]?.string == "0500000000000000e700000000000000")
        #expect(measurements["debug"] == .bool(false))
        // "Hello, world!" followed by 51 zero bytes.
        #expect(json["reportData"]?.string == "48656c6c6f2c20776f726c6421" + String(repeating: "00", count: 51))
        #expect(json["ppid"]?.string == "d04ec06d4e6d92dc90d0ad3cf5ee2ddf")
    }

    @Test func tdxSampleIsUpToDateWithItsTrustDomainMeasurements() throws {
        let report = try Self.command("tdx_quote", "tdx_quote_collateral.json", ["--now", "1752919234"]).report()
        let json = report.json
        #expect(report.isAccepted)
        #expect(json["status"]?.string == "UpToDate" && json["advisoryIds"] == [])
        #expect(json["tee"]?.string == "TDX" && json["version"]?.uint64 == 4)
        let measurements = try #require(json["measurements"])
        #expect(
            measurements["mrTd"]?.string
                == "91eb2b44d141d4ece09f0c75c2c53d247a3c68edd7fafe8a3520c942a604a407de03ae6dc5f87f27428b2538873118b7"
        )
        #expect(
            measurements["rtmr0"]?.string
                == "44c0197b39157fdd7a4dcc44767f9d6b0bb3977c7a8e347b8492f827fe9d9e5c48aca29b220b80b6a540cf994b9bc9c0"
        )
        #expect(measurements["rtmr3"]?.string == String(repeating: "00", count: 48))
        #expect(measurements["tdAttributes"]?.string == "0000001000000000")
        #expect(measurements["xfam"]?.string == "e702060000000000")
        #expect(measurements["mrServiceTd"] == nil)
        #expect(json["ppid"]?.string == "811dca2a26b952e85bb6448b097ba4fd")
        let text = report.text
        #expect(text.contains("TEE:              TDX (TD report 1.0), quote v4"))
        #expect(text.contains("Advisory IDs:     none"))
        #expect(
            text.contains(
                "MRTD:             91eb2b44d141d4ece09f0c75c2c53d247a3c68edd7fafe8a3520c942a604a407de03ae6dc5f87f27428b2538873118b7"
            )
        )
    }

    @Test func outdatedTdxSampleIsRefusedAtThePlatformTcbStep() throws {
        let command = try Self.command(
            "tdx_quote_outdated",
            "tdx_quote_outdated_collateral.json",
            ["--now", "1774003274", "--output", "json"]
        )
        let report = try command.report()
        guard case .refused(let error, _) = report else {
            Issue.record("expected a refusal, got \(report.text)")
            return
        }
        #expect(error == .noMatchingTcbLevel)
        #expect(report.text.hasPrefix("REFUSED at platformTcb: No matching TCB level found"))
        #expect(report.json["ok"] == .bool(false) && report.json["step"]?.string == "platformTcb")
        #expect(throws: ExitCode.self) { try command.run() }
    }

    @Test func sgxSampleOneSecondAfterTheQeIdentityExpiresIsRefused() throws {
        let report = try Self.command("sgx_quote", "sgx_quote_collateral.json", ["--now", "1752919279"]).report()
        guard case .refused(let error, now: 1752919279) = report else {
            Issue.record("expected a refusal, got \(report.text)")
            return
        }
        #expect(error == .qeIdentityExpired(nextUpdate: 1752919278))
        #expect(report.text.hasPrefix("REFUSED at qeIdentity: QE Identity expired"))
        let json = try JSONValue(parsing: report.rendered(as: .json))
        #expect(json["step"]?.string == "qeIdentity")
        #expect(json["error"]?.string?.hasPrefix("QE Identity expired") == true)
        #expect(json["status"] == nil)
    }

    @Test func hexQuoteFilesWithPrefixOrTrailingNewlineParse() throws {
        // tdx-quote.hex starts with 0x; quote-from-tappd.hex ends with a newline. Their MRTDs: dcap.md §4.5.
        let expected = [
            "tdx-quote.hex":
                "7ba9e262ce6979087e34632603f354dd8f8a870f5947d116af8114db6c9d0d74c48bec4280e5b4f4a37025a10905bb29",
            "quote-from-tappd.hex":
                "c68518a0ebb42136c12b2275164f8c72f25fa9a34392228687ed6e9caeb9c0f1dbd895e9cf475121c029dc47e70e91fd",
        ]
        for (file, mrTD) in expected {
            let bytes = try AttestInputFile.quote(path: Self.fixtures + "/" + file)
            let quote = try DcapQuote(bytes: bytes)
            #expect(quote.body.tdReport.map { QuoteMeasurement.hex($0.mrTD) } == mrTD)
            // Valid signatures and chains, but a platform TCB below every level of the sample collateral.
            let report = try Self.command(file, "tdx_quote_collateral.json", ["--now", "1752919234"]).report()
            guard case .refused(let error, _) = report else {
                Issue.record("\(file): expected a refusal, got \(report.text)")
                continue
            }
            #expect(error == .noMatchingTcbLevel)
        }
        let binary = try AttestInputFile.quote(path: Self.fixtures + "/tdx_quote")
        #expect(binary.count == 5006)
    }

    @Test func unreadableFilesBadHexAndNonJsonCollateralAreCommandErrors() throws {
        let missing = try Self.command("no_such_quote", "sgx_quote_collateral.json", ["--now", "1752919277"])
        #expect(throws: CommandError.self) { try missing.report() }
        do {
            _ = try missing.report()
        } catch {
            #expect(error.description.contains("no_such_quote") && error.description.contains("does not exist"))
        }
        let notJSON = try Self.command("sgx_quote", "sgx_quote", ["--now", "1752919277"])
        do {
            _ = try notJSON.report()
            Issue.record("a binary collateral was accepted")
        } catch {
            #expect(error.description.contains("--collateral") && error.description.contains("QuoteCollateralV3 JSON"))
        }
        let textQuote = try Self.command("README.md", "sgx_quote_collateral.json", ["--now", "1752919277"])
        do {
            _ = try textQuote.report()
            Issue.record("a README was accepted as a quote")
        } catch {
            #expect(error.description.contains("README.md is text but not a hex quote"))
        }
    }

    @Test func policyFlagsReachTheVerifierOptionsAndNowIsOptional() throws {
        let command = try Self.command(
            "sgx_quote",
            "sgx_quote_collateral.json",
            ["--allow-debug", "--allow-service-td"]
        )
        #expect(command.options.allowDebug && command.options.allowServiceTD && command.now == nil)
        let defaults = try Self.command("sgx_quote", "sgx_quote_collateral.json")
        #expect(defaults.options == DcapVerificationOptions() && defaults.output == .text)
        #expect(throws: (any Error).self) { try PhalaCommand.parseAsRoot(["attest", "verify", "--quote", "q"]) }
    }
}
