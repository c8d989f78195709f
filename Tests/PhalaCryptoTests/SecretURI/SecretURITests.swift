import Testing

@testable import PhalaCrypto

@Suite struct SecretURITests {
    /// The parse results below restate sp-core's `address_uri.rs` tests (test00–test22) and `crypto.rs`
    /// doc examples in our types.
    @Test func devJunctionUsesTheDevelopmentPhrase() throws {
        let uri = try SecretURI("//Alice")
        #expect(uri.root == .phrase(SecretURI.devPhrase))
        #expect(uri.junctions == [DeriveJunction("Alice", hard: true)])
        #expect(uri.password == nil)
    }

    @Test func phraseJunctionsAndPasswordAreSplitInOrder() throws {
        let uri = try SecretURI("hello world/1//DOT/x///pass/word")
        #expect(uri.root == .phrase("hello world"))
        #expect(
            uri.junctions == [
                DeriveJunction("1", hard: false), DeriveJunction("DOT", hard: true), DeriveJunction("x", hard: false),
            ])
        #expect(uri.password == "pass/word")
    }

    @Test func passwordAloneAndEmptyPasswordAreRead() throws {
        #expect(try SecretURI("///").password == "")
        #expect(try SecretURI("////////").password == "/////")
        let uri = try SecretURI("//Alice///SECRET_PASSWORD")
        #expect(uri.password == "SECRET_PASSWORD")
        #expect(uri.junctions.count == 1)
    }

    @Test func emptyURIIsTheBareDevelopmentPhrase() throws {
        let uri = try SecretURI("")
        #expect(uri.root == .phrase(SecretURI.devPhrase))
        #expect(uri.junctions.isEmpty)
        #expect(uri.password == nil)
    }

    @Test func hexSeedIsDecodedInEitherCase() throws {
        let seed = "e5be9a5092b81bca64be81d212e7f2f9eba183bb7a90954f7b76361f6edb5c0a"
        let uri = try SecretURI("0x\(seed)//Alice")
        #expect(uri.root == .seed(HexText.bytes(seed)))
        #expect(uri.junctions == [DeriveJunction("Alice", hard: true)])
        #expect(try SecretURI("0x\(seed.uppercased())").root == .seed(HexText.bytes(seed)))
    }

    @Test func junctionNamesMayHoldAnythingButASlash() throws {
        #expect(try SecretURI("sdasd/asd.a").junctions == [DeriveJunction("asd.a", hard: false)])
        #expect(try SecretURI("sdasd//asd.a").junctions == [DeriveJunction("asd.a", hard: true)])
        #expect(try SecretURI("//ünï cödé").junctions == [DeriveJunction("ünï cödé", hard: true)])
    }

    @Test func malformedURIsAreTypedErrors() {
        #expect(throws: SecretURIError.emptyHardJunction) { try SecretURI("sdasd//") }
        #expect(throws: SecretURIError.emptyHardJunction) { try SecretURI("sdasd/xx//") }
        #expect(throws: SecretURIError.emptySoftJunction) { try SecretURI("sdasd/") }
        #expect(throws: SecretURIError.invalidCharacterInPhrase(offset: 2)) { try SecretURI("sd.asd") }
        #expect(throws: SecretURIError.invalidCharacterInPhrase(offset: 2)) { try SecretURI("sd.asd//asd.a") }
        #expect(throws: SecretURIError.invalidCharacterInPassword) { try SecretURI("///\n") }
        #expect(throws: SecretURIError.invalidCharacterInPassword) { try SecretURI("///a\n") }
        #expect(throws: SecretURIError.invalidCharacterInPhrase(offset: 2)) { try SecretURI("sd.asd///asd.a\n") }
        #expect(throws: SecretURIError.invalidSeedHex) { try SecretURI("0xabc") }
        #expect(throws: SecretURIError.invalidSeedHex) { try SecretURI("0xzz//Alice") }
    }

    @Test func descriptionNeverShowsTheSecretParts() throws {
        let uri = try SecretURI("//Alice/stash///hunter2")
        #expect(String(describing: uri) == "SecretURI(<secret>, 2 junctions)")
        #expect(!String(reflecting: uri).contains("hunter2"))
    }
}
