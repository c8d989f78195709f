import Foundation
import PhalaCrypto
import PhalaPrimitives

/// What `phala key generate` and `phala key inspect` print about one account.
struct KeyReport: Encodable {
    /// The SS58 forms of the account on the networks the project serves.
    struct Addresses: Encodable {
        /// Phala's prefix, 30.
        var phala: String
        /// The generic Substrate prefix, 42.
        var substrate: String
    }

    /// How the input was named in the heading, e.g. "Secret Key URI `//Alice`".
    var heading: String
    /// The signature scheme, when the input was a secret.
    var scheme: String?
    /// The BIP39 phrase, when the input carried one.
    var secretPhrase: String?
    /// The seed (sr25519 mini secret or ed25519 seed) after derivation, when still known.
    var secretSeed: String?
    /// The SS58 prefix the input address was written with, when the input was an address.
    var inputPrefix: UInt16?
    /// The 32-byte public key, hex.
    var publicKey: String
    /// The account id, hex (the public key itself for sr25519 and ed25519).
    var accountId: String
    /// The account's SS58 addresses.
    var ss58: Addresses

    enum CodingKeys: String, CodingKey {
        case scheme, secretPhrase, secretSeed, inputPrefix, publicKey, accountId, ss58
    }

    init(
        heading: String,
        account: AccountId32,
        scheme: SignatureScheme?,
        secretPhrase: String?,
        secretSeed: [UInt8]?,
        inputPrefix: UInt16? = nil
    ) throws(SS58Error) {
        self.heading = heading
        self.scheme = scheme?.rawValue
        self.secretPhrase = secretPhrase
        self.secretSeed = secretSeed.map { "0x" + hex($0) }
        self.inputPrefix = inputPrefix
        publicKey = account.description
        accountId = account.description
        ss58 = Addresses(phala: try account.ss58(prefix: 30), substrate: account.ss58)
    }

    /// The report in the requested format.
    func rendered(as format: OutputFormat) -> String {
        switch format {
        case .json:
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            // Encoding strings and integers into JSON cannot fail.
            return String(decoding: (try? encoder.encode(self)) ?? Data(), as: UTF8.self)
        case .text:
            var lines = ["\(heading) is account:"]
            func add(_ label: String, _ value: String?) {
                if let value {
                    lines.append("  " + (label + ":").padding(toLength: 24, withPad: " ", startingAt: 0) + value)
                }
            }
            add("Scheme", scheme)
            add("Secret phrase", secretPhrase)
            add("Secret seed", secretSeed ?? (scheme == nil ? nil : "n/a (derived through a soft junction)"))
            add("Input SS58 prefix", inputPrefix.map(String.init))
            add("Public key (hex)", publicKey)
            add("Account ID", accountId)
            add("SS58 (Phala, 30)", ss58.phala)
            add("SS58 (Substrate, 42)", ss58.substrate)
            return lines.joined(separator: "\n")
        }
    }
}

private func hex(_ bytes: [UInt8]) -> String {
    bytes.map { String($0, radix: 16).count == 1 ? "0" + String($0, radix: 16) : String($0, radix: 16) }.joined()
}
