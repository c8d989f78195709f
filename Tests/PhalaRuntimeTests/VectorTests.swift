import MerkleTrie
import PalletBalances
import PalletGrandpa
import PalletSystem
import PalletTransactionPayment
import PhalaCrypto
import PhalaPrimitives
import PhalaTesting
import RuntimeSupport
import SCALE
import Testing

@testable import PhalaRuntime

/// Wire formats pinned by the vectors of /work/shared/reference/substrate-rpc.md (checked there against
/// substrate-interface 1.8.1 / scalecodec 1.2.12) and consensus.md §2.11.
@Suite struct VectorTests {
    static let alice = DevAccount.alice.id

    // substrate-rpc.md §3.
    @Test func systemStorageKeysMatchSubstrates() {
        let prefix = "26aa394eea5630e07c48ae0c9558cef7"
        #expect(
            Hex.string(System.Storage.account.storageKey(for: Self.alice))
                == prefix + "b99d880ec681799c0cf30e8886371da9de1e86a9a8c739864cf3cc5ec2bea59f"
                + Hex.string(Self.alice.bytes)
        )
        #expect(Hex.string(System.Storage.events.prefix) == prefix + "80d41e5e16056765bc8461851072c9d7")
        #expect(Hex.string(System.Storage.number.key) == prefix + "02a5c1b19ab7a04f536c519aca4983ac")
        #expect(Hex.string(System.Storage.parentHash.key) == prefix + "8a42f33323cb5ced3b44dd825fda9fcc")
        #expect(Hex.string(System.Storage.blockHash.location.prefix) == prefix + "a44704b568d21667356a5a050c118746")
        #expect(Hex.string(System.Storage.digest.key) == prefix + "99e7f93fc6a98f0874fd057f111c4d2d")
        #expect(Hex.string(System.Storage.eventCount.key) == prefix + "0a98fdbe9ce6c55837576c60c7af3850")
    }

    // substrate-rpc.md §3: AccountInfo is 80 bytes, all little-endian.
    @Test func accountInfoIsEightyLittleEndianBytes() {
        let info = System.AccountInfo(
            nonce: 1,
            consumers: 2,
            providers: 3,
            sufficients: 4,
            data: AccountData(free: .pha(1))
        )
        let bytes = info.scaleEncoded()
        #expect(bytes.count == 80)
        #expect(Array(bytes[0..<16]) == [1, 0, 0, 0, 2, 0, 0, 0, 3, 0, 0, 0, 4, 0, 0, 0])
        #expect(Array(bytes[16..<22]) == [0x00, 0x10, 0xa5, 0xd4, 0xe8, 0x00])
        #expect(bytes[79] == 0x80)
    }

    // substrate-rpc.md §7.4: the ed25519 //Alice → //Bob transfer_keep_alive(12345), Balances at index 1,
    // spec 100, tx 1, genesis 11…11.
    @Test func theReferenceEd25519TransferDecodesAndValidates() throws {
        let hex =
            "2d028400" + "88dc3417d5058ec4b4503e0c12ea1a0a89be200fe98922423d4334014fa6b0ee" + "00"
            + "42f34e0094e114f0fc7beff12d716170f93a4e413bf3dd19ebea7c4f0647804f049bfbe57af6fd1a64f732b66a0f18e859ea131f7b05c7fdb0205971ebfed700"
            + "000000" + "0103008eaf04151687736326c9fea17e25fc5287613693c912909cb226aa4794f26a48e5c0"
        let bytes = try #require(Hex.bytes(hex))
        #expect(bytes.count == 141)
        let world = try TestRuntime.build(balances: [(.aliceEd25519, 100)])
        let checked = try world.runtime.decodeExtrinsic(bytes)
        #expect(
            checked.call == .balances(.transferKeepAlive(dest: .id(DevAccount.bob.id), value: Balance(planck: 12345)))
        )
        #expect(
            Hex.string(checked.extrinsic.hash.bytes)
                == "b43beaf30ae0c96076b296dd3f27c9e9fd01b9a2704f83fd0414ea8a2d2c0b7a"
        )
        let genesis = H256(try FixedBytes(repeating: 0x11))
        // Validated on the genesis state as if the genesis hash were 11…11: the signature covers it.
        let validity = try world.runtime.validateTransaction(
            bytes,
            source: .external,
            parentHash: genesis,
            parentState: world.headState
        )
        #expect(throws: Never.self) { try validity.get() }
    }

    // substrate-rpc.md §7.4: the sr25519 verification vector over the same payload.
    @Test func theReferenceSr25519SignatureVerifies() throws {
        let payload = try #require(
            Hex.bytes(
                "0103008eaf04151687736326c9fea17e25fc5287613693c912909cb226aa4794f26a48e5c0" + "000000" + "64000000"
                    + "01000000"
                    + String(repeating: "11", count: 64)
            )
        )
        let signature = try FixedBytes<64>(
            hex:
                "3875161daeae92c1e0087b299bd0b550a7136640c79dfcdbf96b627416c6e362c3d191d12a36f6262c94cfc3cc55252ac5a67b3ebe09943c1fd7204aba51218e"
        )
        #expect(Runtime.verify(.sr25519(signature), message: payload, signer: Self.alice))
        #expect(!Runtime.verify(.sr25519(signature), message: payload, signer: DevAccount.bob.id))
    }

    // substrate-rpc.md §8: API ids are blake2b-64 of the trait name.
    @Test func runtimeAPIIdsAreBlake2b64OfTheirNames() {
        let expected = [
            "Core": "df6acb689907609b", "Metadata": "37e397fc7c91f5e4", "AccountNonceApi": "bc9d89904f5b923f",
            "TransactionPaymentApi": "37c8bb1350a9a2a8", "BlockBuilder": "40fe3ad401f8959a",
            "TaggedTransactionQueue": "d2bc9897eed08f15",
        ]
        for (name, id) in expected { #expect(Hex.string(RuntimeVersion.apiID(name).bytes) == id, "\(name)") }
    }

    @Test func theRuntimeVersionRoundTripsAndAvoidsScalecodecPresets() throws {
        let version = Runtime.version
        #expect(try RuntimeVersion(scaleDecoding: version.scaleEncoded()) == version)
        #expect(version.specVersion == 100 && version.transactionVersion == 1 && version.systemVersion == 1)
        #expect(
            !["polkadot", "kusama", "westend", "rococo", "substrate-node-template", "test"].contains(version.specName)
        )
    }

    // substrate-rpc.md §8: results decode strictly — exactly the declared type, no trailing bytes.
    @Test func runtimeAPIResultsHaveExactlyTheirTypesBytes() throws {
        var world = try TestRuntime.build()
        try world.produceBlock([world.sign(.system(.remark(remark: [])), by: .alice, nonce: 0)])
        let nonce = try world.runtime.call(
            "AccountNonceApi_account_nonce",
            arguments: Self.alice.scaleEncoded(),
            state: world.headState
        )
        #expect(nonce == [1, 0, 0, 0])
        let version = try world.runtime.call("Core_version", arguments: [], state: world.headState)
        #expect(try RuntimeVersion(scaleDecoding: version) == Runtime.version)
        // get_payment_info sends the extrinsic with a zeroed signature: query_info must not check it.
        let unsigned = try UncheckedExtrinsic(
            scaleDecoding: world.sign(.system(.remark(remark: [])), by: .alice, nonce: 1)
        )
        var zeroed = unsigned
        zeroed.signature?.signature = .sr25519(.zero)
        var arguments = zeroed.scaleEncoded()
        arguments += UInt32(zeroed.scaleEncoded().count).scaleEncoded()
        let info = try world.runtime.call(
            "TransactionPaymentApi_query_info",
            arguments: arguments,
            state: world.headState
        )
        #expect(try TransactionPayment.RuntimeDispatchInfo(scaleDecoding: info).partialFee > .zero)
        #expect(throws: RuntimeAPIError.self) {
            try world.runtime.call("Nope_nothing", arguments: [], state: world.headState)
        }
        #expect(throws: RuntimeAPIError.self) {
            try world.runtime.call("AccountNonceApi_account_nonce", arguments: [1, 2], state: world.headState)
        }
    }

    // consensus.md §2.11: FRNK ScheduledChange to the RFC 8032 test-1 key, weight 1, delay 0.
    @Test func aGrandpaChangeCarriesTheReferenceDigest() throws {
        var world = try TestRuntime.build()
        let key = try FixedBytes<32>(hex: "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a")
        try world.runtime.grandpa.scheduleChange(to: [Grandpa.Authority(id: key)], in: &world.block.state)
        let digest = try System.Storage.digest.value(in: &world.block.state)
        #expect(
            Hex.string(try #require(digest.last).scaleEncoded())
                == "0446524e4bb80104d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a010000000000000000000000"
        )
        #expect(try Grandpa.Storage.currentSetId.value(in: &world.block.state) == 1)
        let versioned = try world.block.state.value(forKey: Grandpa.authoritiesKey)
        #expect(versioned == [1, 4] + key.bytes + [1, 0, 0, 0, 0, 0, 0, 0])
    }
}
