import PhalaCrypto
import PhalaPrimitives
import PhalaRuntime
import RuntimeSupport
import SCALE
import StateStore
import Testing

@testable import PhalaClient

/// Extrinsics built and signed by `ExtrinsicBuilder`, checked byte for byte against the reference
/// vector and accepted (or refused) by the real runtime on the development genesis.
@Suite struct ExtrinsicBuilderTests {
    static let bob = try! AccountId32(hex: "0x8eaf04151687736326c9fea17e25fc5287613693c912909cb226aa4794f26a48")

    /// The dev genesis committed to an in-memory database, and the builder for it.
    struct DevChain {
        let runtime = Runtime()
        let database: ChainDatabase
        let genesisHash: H256

        init() throws {
            let genesis = try runtime.genesis(try ChainSpec.development())
            database = try ChainDatabase.inMemory()
            _ = try database.commit(
                BlockCommit(
                    block: Block(header: genesis.header, extrinsics: []),
                    stateChanges: genesis.changes,
                    storageChanges: [],
                    finalize: true
                )
            )
            genesisHash = genesis.header.hash
        }

        var builder: ExtrinsicBuilder {
            ExtrinsicBuilder(
                genesisHash: genesisHash,
                specVersion: Runtime.version.specVersion,
                transactionVersion: Runtime.version.transactionVersion
            )
        }

        func validate(_ extrinsic: [UInt8]) throws -> Result<ValidTransaction, TransactionValidityError> {
            try runtime.validateTransaction(
                extrinsic,
                source: .local,
                parentHash: genesisHash,
                parentState: try database.trie(at: genesisHash)
            )
        }
    }

    @Test func theReferenceEd25519TransferIsReproducedByteForByte() throws {
        // substrate-rpc.md §7.4 (checked against substrate-interface 1.8.1): ed25519 //Alice pays //Bob
        // 12345 planck with transfer_keep_alive, nonce 0, no tip, immortal, spec 100, tx version 1,
        // genesis 0x11…11.
        let call = BalancesCall.transferKeepAlive(to: Self.bob, value: Balance(planck: 12345))
        #expect(Hex.encode(call) == "0x0103008eaf04151687736326c9fea17e25fc5287613693c912909cb226aa4794f26a48e5c0")
        let builder = ExtrinsicBuilder(
            genesisHash: H256(FixedBytes(repeating: 0x11)),
            specVersion: 100,
            transactionVersion: 1
        )
        #expect(builder.payload(call: call, nonce: 0).scaleEncoded().count == 112)
        let alice = try KeyPair(uri: "//Alice", scheme: .ed25519)
        let extrinsic = builder.signed(call: call, by: alice, nonce: 0)
        let expected =
            "0x2d02" + "84" + "0088dc3417d5058ec4b4503e0c12ea1a0a89be200fe98922423d4334014fa6b0ee"
            + "0042f34e0094e114f0fc7beff12d716170f93a4e413bf3dd19ebea7c4f0647804f"
            + "049bfbe57af6fd1a64f732b66a0f18e859ea131f7b05c7fdb0205971ebfed700" + "000000"
            + "0103008eaf04151687736326c9fea17e25fc5287613693c912909cb226aa4794f26a48e5c0"
        #expect(Hex.encode(extrinsic) == expected)
        #expect(extrinsic.count == 141)
        #expect(
            Client.transactionHash(extrinsic).description
                == "0xb43beaf30ae0c96076b296dd3f27c9e9fd01b9a2704f83fd0414ea8a2d2c0b7a"
        )
    }

    @Test func theReferenceSr25519SignatureVerifiesOverOurPayload() throws {
        // substrate-rpc.md §7.4's sr25519 verification vector: //Alice's signature over the same 112-byte payload.
        let call = BalancesCall.transferKeepAlive(to: Self.bob, value: Balance(planck: 12345))
        let builder = ExtrinsicBuilder(
            genesisHash: H256(FixedBytes(repeating: 0x11)),
            specVersion: 100,
            transactionVersion: 1
        )
        let payload = builder.payload(call: call, nonce: 0).bytesToSign
        let signature = try Sr25519.Signature(
            bytes: Hex.decode(
                "0x3875161daeae92c1e0087b299bd0b550a7136640c79dfcdbf96b627416c6e362c3d191d12a36f6262c94cfc3cc55252ac5a67b3ebe09943c1fd7204aba51218e"
            )!
        )
        let alice = try Sr25519.PublicKey(
            bytes: Hex.decode("0xd43593c715fdd31c61141abd04a99fd6822c8558854ccde39a5684e7a56da27d")!
        )
        #expect(alice.verify(signature, for: payload))
        #expect(!alice.verify(signature, for: builder.payload(call: call, nonce: 1).bytesToSign))
    }

    @Test func transferAllowDeathUsesCallIndexZero() {
        let call = BalancesCall.transferAllowDeath(to: Self.bob, value: .pha(1))
        var expected: [UInt8] = [1, 0, 0] + Self.bob.bytes
        expected += Compact(UInt128(1_000_000_000_000)).scaleEncoded()
        #expect(call == expected)
    }

    @Test(arguments: [SignatureScheme.sr25519, .ed25519])
    func aSignedTransferFromAliceIsValidOnTheDevGenesis(scheme: SignatureScheme) throws {
        let chain = try DevChain()
        let alice = try KeyPair(uri: "//Alice", scheme: scheme)
        let call = BalancesCall.transferKeepAlive(to: Self.bob, value: .pha(1))
        let extrinsic = chain.builder.signed(call: call, by: alice, nonce: 0, tip: Balance(planck: 7))

        let checked = try chain.runtime.decodeExtrinsic(extrinsic)
        #expect(checked.extrinsic.call == call)
        #expect(checked.extrinsic.signature?.address == .id(try AccountId32(bytes: alice.publicKey)))
        #expect(checked.extrinsic.signature?.extra == SignedExtra(nonce: 0, tip: Balance(planck: 7)))
        #expect(checked.extrinsic.scaleEncoded() == extrinsic)

        let valid = try chain.validate(extrinsic).get()
        #expect(valid.provides.count == 1)
    }

    @Test func aMortalTransferAnchoredAtGenesisIsValid() throws {
        let chain = try DevChain()
        let alice = try KeyPair(uri: "//Alice", scheme: .sr25519)
        let call = BalancesCall.transferAllowDeath(to: Self.bob, value: .pha(2))
        let mortality = ExtrinsicBuilder.Mortality.mortal(period: 64, checkpoint: 0, checkpointHash: chain.genesisHash)
        let extrinsic = chain.builder.signed(call: call, by: alice, nonce: 0, mortality: mortality)
        #expect(
            try chain.runtime.decodeExtrinsic(extrinsic).extrinsic.signature?.extra.era == .mortal(period: 64, phase: 0)
        )
        #expect(try chain.validate(extrinsic).get().longevity <= 64)
    }

    @Test func aTransferSignedForAnotherGenesisHasABadSignature() throws {
        let chain = try DevChain()
        var builder = chain.builder
        builder.genesisHash = H256(FixedBytes(repeating: 0x11))
        let alice = try KeyPair(uri: "//Alice", scheme: .sr25519)
        let extrinsic = builder.signed(
            call: BalancesCall.transferKeepAlive(to: Self.bob, value: .pha(1)),
            by: alice,
            nonce: 0
        )
        #expect(try chain.validate(extrinsic) == .failure(.invalid(.badProof)))
    }

    @Test func aTransferSignedForAnotherSpecVersionHasABadSignature() throws {
        let chain = try DevChain()
        var builder = chain.builder
        builder.specVersion += 1
        let alice = try KeyPair(uri: "//Alice", scheme: .ed25519)
        let extrinsic = builder.signed(
            call: BalancesCall.transferKeepAlive(to: Self.bob, value: .pha(1)),
            by: alice,
            nonce: 0
        )
        #expect(try chain.validate(extrinsic) == .failure(.invalid(.badProof)))
    }
}
