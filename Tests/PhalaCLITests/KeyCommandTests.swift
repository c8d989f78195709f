import ArgumentParser
import Foundation
import PhalaCrypto
import Testing

@testable import PhalaCLI

/// `phala key inspect` and `phala key generate`, parsed from argument lists as the shell would pass them.
@Suite struct KeyCommandTests {
    @Test func inspectAliceShowsTheKnownSubstrateValues() throws {
        let report = try KeyInspectCommand.parse(["//Alice"]).report()
        // subkey inspect //Alice: the hard-derived mini secret and the well-known public key.
        #expect(report.secretSeed == "0xe5be9a5092b81bca64be81d212e7f2f9eba183bb7a90954f7b76361f6edb5c0a")
        #expect(report.publicKey == "0xd43593c715fdd31c61141abd04a99fd6822c8558854ccde39a5684e7a56da27d")
        #expect(report.accountId == report.publicKey)
        #expect(report.ss58.substrate == "5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY")
        #expect(report.ss58.phala == "45R2pfjQUW2s9PQRHU48HQKLKHVMaDja7N3wpBtmF28UYDs2")
        #expect(report.secretPhrase == nil)
        let text = report.rendered(as: .text)
        #expect(text.hasPrefix("Secret Key URI `//Alice` is account:"))
        #expect(text.contains("SS58 (Phala, 30):       45R2pfjQUW2s9PQRHU48HQKLKHVMaDja7N3wpBtmF28UYDs2"))
    }

    @Test func inspectWithEd25519AndJsonOutputGivesTheEd25519Alice() throws {
        let command = try KeyInspectCommand.parse(["//Alice", "--scheme", "ed25519", "--output", "json"])
        let json = try JSONSerialization.jsonObject(with: Data(command.report().rendered(as: command.output).utf8))
        let object = try #require(json as? [String: Any])
        #expect(object["publicKey"] as? String == "0x88dc3417d5058ec4b4503e0c12ea1a0a89be200fe98922423d4334014fa6b0ee")
        #expect(object["secretSeed"] as? String == "0xabf8e5bdbe30c65656c0a3cbd181ff8a56294a69dfedd27982aace4a76909115")
        #expect(
            (object["ss58"] as? [String: String])?["substrate"] == "5FA9nQDVg267DEd8m1ZypXLBnvN7SFxYwV7ndqSYGiN9TTpu"
        )
        #expect(object["scheme"] as? String == "ed25519")
    }

    @Test func inspectOfAnAddressShowsItsPublicKeyAndPrefix() throws {
        let report = try KeyInspectCommand.parse(["45R2pfjQUW2s9PQRHU48HQKLKHVMaDja7N3wpBtmF28UYDs2"]).report()
        #expect(report.inputPrefix == 30)
        #expect(report.publicKey == "0xd43593c715fdd31c61141abd04a99fd6822c8558854ccde39a5684e7a56da27d")
        #expect(report.scheme == nil && report.secretSeed == nil)
    }

    @Test func aSoftJunctionLeavesNoSeedAndAnExplicitPhraseIsShown() throws {
        let phrase = SecretURI.devPhrase
        let report = try KeyInspectCommand.parse([phrase + "//Alice/stash"]).report()
        #expect(report.secretSeed == nil)
        #expect(report.secretPhrase == phrase)
        #expect(report.publicKey == (try KeyInspectCommand.parse(["//Alice/stash"]).report().publicKey))
    }

    @Test func badInputIsATypedErrorNotACrash() {
        #expect(throws: KeyDerivationError.self) { try KeyInspectCommand.parse(["bogus words here"]).report() }
        #expect(throws: KeyDerivationError.self) {
            try KeyInspectCommand.parse(["//Alice/soft", "--scheme", "ed25519"]).report()
        }
        #expect(throws: (any Error).self) { try KeyInspectCommand.parse(["//Alice", "--scheme", "ecdsa"]) }
    }

    @Test func generateAcceptsBip39WordCountsOnly() throws {
        #expect(throws: (any Error).self) { try KeyGenerateCommand.parse(["--words", "13"]) }
        let command = try KeyGenerateCommand.parse(["--words", "24", "--scheme", "ed25519"])
        #expect(command.words == 24 && command.scheme == .ed25519)
    }
}
