import Testing

@testable import PhalaCrypto

@Suite struct KeyPairTests {
    static let devPhrase = "bottom drive obey lake curtain smoke basket hold race lonely fit walk"

    /// sr25519 public keys computed at authoring time with py-bip39-bindings 0.3.0 (`bip39_to_mini_secret`,
    /// the Rust substrate-bip39) and py-sr25519-bindings 0.2.4 (`pair_from_seed`, `hard_derive_keypair`,
    /// `derive_keypair`), with chain codes built by sp-core's `DeriveJunction::from` rules; the entries
    /// without a password also equal substrate-interface 1.8.1 `Keypair.create_from_uri` (except the
    /// 2^64 junction, where substrate-interface departs from sp-core by encoding the number in 9 bytes).
    /// //Alice and //Bob are in /work/shared/reference/substrate-rpc.md §4.
    static let sr25519Vectors: [(uri: String, publicKey: String)] = [
        ("//Alice", "d43593c715fdd31c61141abd04a99fd6822c8558854ccde39a5684e7a56da27d"),
        ("//Bob", "8eaf04151687736326c9fea17e25fc5287613693c912909cb226aa4794f26a48"),
        ("", "46ebddef8cd9bb167dc30878d7113b7e168e6f0646beffd77d69d39bad76b47a"),
        ("//Alice//stash", "be5ddb1579b72e84524fc29e78609e3caf42e85aa118ebfe0b0ad404b5bdd25f"),
        ("//Alice/stash", "42693199aba1dec4d835602e19d16d173df9b3b7b65359fd7accdf874749bf61"),
        ("/1/2", "827d27d99217a0f5442091850baa73740d4ade0b65cb0e10265150397b9e8564"),
        ("//Alice///password", "32fc18294f88e02ec071e59bb3996aa21f4519d92593dc6e01fda2921d459b23"),
        ("\(devPhrase)//polkadot///password", "7afecbe2492a7ac1da119b6e0d9f65971a63af7b8e21bfa015cc52298b914937"),
        (
            "//0123456789012345678901234567890123456789",
            "7a70518bfb491c24512dc384768060bc219f0e6928fd2c3846dc8bec46960b08"
        ),
        ("//18446744073709551615", "a4ca284d5222ef916e2e181430785972ed22cb51ef91a0c6cdbbd390ee74bc77"),
        ("//18446744073709551616", "7a3a2cd9e94ed6f8956cbd929b84d4cf6267b2c8a371a4ba8737ff4ac5252f0c"),
        (
            "0xabf8e5bdbe30c65656c0a3cbd181ff8a56294a69dfedd27982aace4a76909115//Bob",
            "e8893efe0b608fc861cac5c303e6ce4197e032e3fd287ffda1bca9afb3262d36"
        ),
    ]

    /// ed25519 public keys: //Alice from substrate-rpc.md §4, //Bob as `subkey inspect --scheme ed25519`
    /// prints it; the rest computed at authoring time with py-bip39-bindings 0.3.0, hashlib blake2b and
    /// PyNaCl 1.6.2 following sp-core's `ed25519::Pair::derive` (substrate-interface cannot derive ed25519).
    static let ed25519Vectors: [(uri: String, publicKey: String)] = [
        ("//Alice", "88dc3417d5058ec4b4503e0c12ea1a0a89be200fe98922423d4334014fa6b0ee"),
        ("//Bob", "d17c2d7823ebf260fd138f2d7e27d114c0145d968b5ff5006125f2414fadae69"),
        ("", "345071da55e5dccefaaa440339415ef9f2663338a38f7da0df21be5ab4e055ef"),
        ("//Alice//stash", "451781cd0c5504504f69ceec484cc66e4c22a2b6a9d20fb1a426d91ad074a2a8"),
        ("//1", "bf3a763d817cee09bf785b9cc6118f58dab5c03f3ace6d524899bcb28ac74f27"),
        ("\(devPhrase)//polkadot///password", "a50dc260037a08ff61e783276c20f958019d19d4fa4b74c91ee36edadcdbc901"),
        (
            "//0123456789012345678901234567890123456789",
            "2e049194ae7fd9e455f7d855ed701fd184aaf67d3a0439b010fb68e3022cde12"
        ),
        (
            "0xfac7959dbfe72f052e5a0c3c8d6530f202b02fd8f9f5ca3580ec8deb7797479e//Alice",
            "88dc3417d5058ec4b4503e0c12ea1a0a89be200fe98922423d4334014fa6b0ee"
        ),
    ]

    @Test(arguments: sr25519Vectors)
    func sr25519URIsGiveTheReferencePublicKeys(vector: (uri: String, publicKey: String)) throws {
        let pair = try KeyPair(uri: vector.uri, scheme: .sr25519)
        #expect(pair.scheme == .sr25519)
        #expect(pair.publicKey == HexText.bytes(vector.publicKey))
    }

    @Test(arguments: ed25519Vectors)
    func ed25519URIsGiveTheReferencePublicKeys(vector: (uri: String, publicKey: String)) throws {
        let pair = try KeyPair(uri: vector.uri, scheme: .ed25519)
        #expect(pair.scheme == .ed25519)
        #expect(pair.publicKey == HexText.bytes(vector.publicKey))
    }

    @Test(arguments: SignatureScheme.allCases)
    func signaturesVerifyUnderTheSchemesOwnPublicKey(scheme: SignatureScheme) throws {
        let pair = try KeyPair(uri: "//Alice", scheme: scheme)
        let message = Array("payload".utf8)
        let signature = pair.sign(message)
        #expect(signature.count == 64)
        switch pair {
        case .sr25519(let inner):
            let publicKey = try Sr25519.PublicKey(bytes: pair.publicKey)
            #expect(publicKey.verify(try Sr25519.Signature(bytes: signature), for: message))
            #expect(!publicKey.verify(try Sr25519.Signature(bytes: signature), for: message + [0]))
            #expect(inner.publicKey.bytes == pair.publicKey)
        case .ed25519(let inner):
            let publicKey = try Ed25519.PublicKey(bytes: pair.publicKey)
            #expect(publicKey.verify(try Ed25519.Signature(bytes: signature), for: message))
            #expect(!publicKey.verify(try Ed25519.Signature(bytes: signature), for: message + [0]))
            #expect(inner.publicKey == publicKey)
        }
    }

    /// A password salts only a phrase; Substrate ignores it for a hex seed, and so do we.
    @Test(arguments: SignatureScheme.allCases)
    func passwordIsIgnoredForAHexSeed(scheme: SignatureScheme) throws {
        let seed = "0xfac7959dbfe72f052e5a0c3c8d6530f202b02fd8f9f5ca3580ec8deb7797479e"
        #expect(
            try KeyPair(uri: "\(seed)//Alice///secret", scheme: scheme).publicKey
                == KeyPair(uri: "\(seed)//Alice", scheme: scheme).publicKey)
        #expect(try KeyPair(uri: seed, scheme: scheme).publicKey == KeyPair(uri: "", scheme: scheme).publicKey)
    }

    @Test func softJunctionOnEd25519IsRefusedWithItsPosition() {
        #expect(throws: KeyDerivationError.softJunctionNotSupported(.ed25519, position: 2)) {
            try KeyPair(uri: "//Alice/stash", scheme: .ed25519)
        }
    }

    @Test(arguments: SignatureScheme.allCases)
    func badURIsAreTypedErrors(scheme: SignatureScheme) {
        #expect(throws: KeyDerivationError.invalidURI(.emptyHardJunction)) { try KeyPair(uri: "//", scheme: scheme) }
        #expect(throws: KeyDerivationError.invalidPhrase(.invalidWordCount(2))) {
            try KeyPair(uri: "hello world//Alice", scheme: scheme)
        }
        #expect(throws: KeyDerivationError.invalidPhrase(.invalidChecksum)) {
            try KeyPair(uri: "zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo", scheme: scheme)
        }
        #expect(throws: KeyDerivationError.invalidSeedLength(2)) { try KeyPair(uri: "0xabcd", scheme: scheme) }
        #expect(throws: KeyDerivationError.invalidSeedLength(64)) {
            try KeyPair(uri: "0x" + String(repeating: "ab", count: 64), scheme: scheme)
        }
    }

    @Test(arguments: SignatureScheme.allCases)
    func descriptionNamesOnlyTheScheme(scheme: SignatureScheme) throws {
        #expect(
            String(describing: try KeyPair(uri: "//Alice", scheme: scheme)) == "KeyPair.\(scheme.rawValue)(<secret>)")
    }
}
