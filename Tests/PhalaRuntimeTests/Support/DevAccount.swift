import PhalaCrypto
import PhalaPrimitives

/// The development keys tests sign with: `//Alice`…`//Ferdie` (sr25519) and ed25519 `//Alice`.
enum DevAccount: CaseIterable, Hashable, Sendable {
    case alice, bob, charlie, dave, eve, ferdie, aliceEd25519

    /// The derived key pairs, computed once.
    private static let pairs: [DevAccount: KeyPair] = Dictionary(
        uniqueKeysWithValues: allCases.map { account in
            let scheme: SignatureScheme = account == .aliceEd25519 ? .ed25519 : .sr25519
            // The URIs are constants; derivation cannot fail for them.
            return (account, try! KeyPair(uri: account.uri, scheme: scheme))
        }
    )

    /// The secret URI.
    var uri: String {
        switch self {
        case .alice, .aliceEd25519: "//Alice"
        case .bob: "//Bob"
        case .charlie: "//Charlie"
        case .dave: "//Dave"
        case .eve: "//Eve"
        case .ferdie: "//Ferdie"
        }
    }

    /// The key pair.
    var pair: KeyPair { Self.pairs[self]! }

    /// The account id (the public key).
    var id: AccountId32 { try! AccountId32(bytes: pair.publicKey) }
}
