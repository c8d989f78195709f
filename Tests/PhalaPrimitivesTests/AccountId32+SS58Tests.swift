import PhalaCrypto
import PhalaPrimitives
import PhalaTesting
import Testing

@Suite struct AccountId32SS58Tests {
    static let alice = "d43593c715fdd31c61141abd04a99fd6822c8558854ccde39a5684e7a56da27d"

    // substrate-rpc.md §4 (prefix 42); prefixes 30 and 2004 from scalecodec 1.2.12 `ss58_encode`.
    @Test func devAccountsEncodeToTheirReferenceAddresses() throws {
        let alice = try AccountId32(hex: Self.alice)
        #expect(alice.ss58 == "5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY")
        #expect(try alice.ss58(prefix: 42) == alice.ss58)
        #expect(try alice.ss58(prefix: 30) == "45R2pfjQUW2s9PQRHU48HQKLKHVMaDja7N3wpBtmF28UYDs2")
        #expect(try alice.ss58(prefix: 2004) == "tYPa513K7z5xBbCBEuwBzeXrFLZMyCJwReAMY7ityvhLBY53i")
        let bob = try AccountId32(hex: "8eaf04151687736326c9fea17e25fc5287613693c912909cb226aa4794f26a48")
        #expect(bob.ss58 == "5FHneW46xGXgs5mUiveU4sbTyGBzmstUspZC92UhjJM694ty")
        let edAlice = try AccountId32(hex: "88dc3417d5058ec4b4503e0c12ea1a0a89be200fe98922423d4334014fa6b0ee")
        #expect(edAlice.ss58 == "5FA9nQDVg267DEd8m1ZypXLBnvN7SFxYwV7ndqSYGiN9TTpu")
    }

    @Test func decodingAcceptsAnyPrefixAndReportsIt() throws {
        let alice = try AccountId32(hex: Self.alice)
        #expect(try AccountId32(ss58: "45R2pfjQUW2s9PQRHU48HQKLKHVMaDja7N3wpBtmF28UYDs2") == alice)
        let phala = try AccountId32.decode(ss58: "45R2pfjQUW2s9PQRHU48HQKLKHVMaDja7N3wpBtmF28UYDs2")
        #expect(phala.account == alice && phala.prefix == 30)
        let twoByte = try AccountId32.decode(ss58: "tYPa513K7z5xBbCBEuwBzeXrFLZMyCJwReAMY7ityvhLBY53i")
        #expect(twoByte.account == alice && twoByte.prefix == 2004)
    }

    @Test func badAddressesAreTypedErrors() throws {
        #expect(throws: SS58AddressError.invalidAddress(.invalidChecksum)) {
            try AccountId32(ss58: "5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQZ")
        }
        #expect(throws: SS58AddressError.invalidAddress(.invalidCharacter("0"))) {
            try AccountId32(ss58: "5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKut0Y")
        }
        #expect(throws: SS58AddressError.self) { try AccountId32(ss58: "") }
        // scalecodec 1.2.12: a 4-byte account index and a 33-byte public key under prefix 42.
        #expect(throws: SS58AddressError.notAnAccountId(payloadLength: 4)) { try AccountId32(ss58: "MvAtmUea") }
        #expect(throws: SS58AddressError.notAnAccountId(payloadLength: 33)) {
            try AccountId32(ss58: "KW3K2dF255GeTHXDvdMy2fZ9XTLJqAESpkPgyipymjWvGV4CU")
        }
        let alice = try AccountId32(hex: Self.alice)
        #expect(throws: SS58Error.reservedPrefix(46)) { try alice.ss58(prefix: 46) }
        #expect(throws: SS58Error.invalidPrefix(16384)) { try alice.ss58(prefix: 16384) }
    }

    @Test func randomAccountsRoundTripThroughSS58AndScale() throws {
        var random = SplitMix64(seed: 15)
        for _ in 0..<100 {
            let account = AccountId32(random.fixedBytes())
            let prefix = UInt16.random(in: 0...16383, using: &random)
            expectRoundTrip(account)
            #expect(try AccountId32(hex: account.description) == account)
            guard prefix != 46, prefix != 47 else { continue }
            let decoded = try AccountId32.decode(ss58: try account.ss58(prefix: prefix))
            #expect(decoded.account == account && decoded.prefix == prefix)
        }
    }
}
