import PalletBalances
import PalletSystem
import PhalaPrimitives
import PhalaRuntime
import RuntimeSupport
import SCALE
import Testing

@Suite struct ValidationTests {
    static let transfer = RuntimeCall.balances(.transferKeepAlive(dest: .id(DevAccount.bob.id), value: .pha(1)))

    static func validate(_ extrinsic: [UInt8], in world: TestRuntime) throws -> Result<
        ValidTransaction, TransactionValidityError
    > {
        try world.runtime.validateTransaction(
            extrinsic,
            source: .external,
            parentHash: world.head.hash,
            parentState: world.headState
        )
    }

    @Test func aValidTransferProvidesItsSenderAndNonceTag() throws {
        let world = try TestRuntime.build()
        let valid = try Self.validate(world.sign(Self.transfer, by: .alice, nonce: 0), in: world).get()
        var tag = ScaleEncoder()
        tag.encode(tuple: DevAccount.alice.id, UInt32(0))
        #expect(valid.provides == [tag.bytes])
        #expect(valid.requires.isEmpty)
        #expect(valid.priority > 0)
        #expect(valid.propagate)
    }

    @Test func aBadSignatureIsRefusedWithSubstratesReason() throws {
        let world = try TestRuntime.build()
        var extrinsic = world.sign(Self.transfer, by: .alice, nonce: 0)
        extrinsic[40] ^= 0x01  // inside the signature: 2 length bytes, 0x84, 33 address bytes, 1 scheme byte
        let result = try Self.validate(extrinsic, in: world)
        #expect(result == .failure(.invalid(.badProof)))
        #expect(TransactionValidityError.invalid(.badProof).reason == "Transaction has a bad signature")
    }

    @Test func aStaleNonceIsOutdated() throws {
        var world = try TestRuntime.build()
        let first = world.sign(Self.transfer, by: .alice, nonce: 0)
        try world.produceBlock([first])
        #expect(try Self.validate(first, in: world) == .failure(.invalid(.stale)))
        #expect(TransactionValidityError.invalid(.stale).reason == "Transaction is outdated")
        #expect(try world.runtime.applyExtrinsic(first, to: &world.block) == .failure(.invalid(.stale)))
    }

    @Test func aFutureNonceWaitsInThePoolButIsRefusedByTheBlock() throws {
        var world = try TestRuntime.build()
        let future = world.sign(Self.transfer, by: .alice, nonce: 2)
        let valid = try Self.validate(future, in: world).get()
        var required = ScaleEncoder()
        required.encode(tuple: DevAccount.alice.id, UInt32(1))
        #expect(valid.requires == [required.bytes])
        #expect(try world.runtime.applyExtrinsic(future, to: &world.block) == .failure(.invalid(.future)))
        #expect(TransactionValidityError.invalid(.future).reason == "Transaction will be valid in the future")
    }

    @Test func aMortalTransactionLivesUntilItsEraEnds() throws {
        var world = try TestRuntime.build()
        try world.produceBlock([])
        let mortal = world.sign(Self.transfer, by: .alice, nonce: 0, era: .mortal(period: 64, current: 1))
        let valid = try Self.validate(mortal, in: world).get()
        #expect(valid.longevity == 65 - 2)
        #expect(try world.produceBlock([mortal]) == [.success(.success(Empty()))])
    }

    @Test func anEraWhoseBirthBlockWasForgottenIsAncient() throws {
        var configuration = Runtime.Configuration()
        configuration.system.blockHashCount = 4
        var world = try TestRuntime.build(configuration: configuration)
        try world.produceBlock([])
        let mortal = world.sign(Self.transfer, by: .alice, nonce: 0, era: .mortal(period: 64, current: 1))
        for _ in 0..<6 { try world.produceBlock([]) }
        #expect(try Self.validate(mortal, in: world) == .failure(.invalid(.ancientBirthBlock)))
        #expect(TransactionValidityError.invalid(.ancientBirthBlock).reason == "Transaction has an ancient birth block")
    }

    @Test func aSignatureForAnotherGenesisIsBad() throws {
        var world = try TestRuntime.build()
        world.blockHashes[0] = H256(try FixedBytes(repeating: 0x11))
        #expect(
            try Self.validate(world.sign(Self.transfer, by: .alice, nonce: 0), in: world)
                == .failure(.invalid(.badProof))
        )
    }

    @Test func anAccountThatCannotPayIsRefused() throws {
        let world = try TestRuntime.build(balances: [(.alice, 100)])
        #expect(
            try Self.validate(world.sign(Self.transfer, by: .dave, nonce: 0), in: world) == .failure(.invalid(.payment))
        )
        #expect(
            TransactionValidityError.invalid(.payment).reason
                == "Inability to pay some fees (e.g. account balance too low)"
        )
    }

    @Test func theFeeMayNotTakeTheSenderBelowTheExistentialDeposit() throws {
        var world = try TestRuntime.build(balances: [(.alice, 100)])
        let deposit = world.runtime.configuration.balances.existentialDeposit
        try world.dispatch(.balances(.forceSetBalance(who: .id(DevAccount.bob.id), newFree: deposit)), as: .root)
        try world.produceBlock([])
        #expect(
            try Self.validate(world.sign(Self.transfer, by: .bob, nonce: 0), in: world) == .failure(.invalid(.payment))
        )
    }

    @Test func unsignedExtrinsicsAreNotForThePool() throws {
        let world = try TestRuntime.build()
        #expect(try Self.validate(world.timestampInherent(), in: world) == .failure(.invalid(.call)))
        let remark = UncheckedExtrinsic(signature: nil, call: RuntimeCall.system(.remark(remark: [])).scaleEncoded())
            .scaleEncoded()
        #expect(try Self.validate(remark, in: world) == .failure(.unknown(.noUnsignedValidator)))
    }

    @Test func bytesThatAreNotAnExtrinsicDoNotDecode() throws {
        let world = try TestRuntime.build()
        #expect(throws: ExecutiveError.self) { try Self.validate([0x08, 0x84, 0x00], in: world) }
        let unknownPallet = UncheckedExtrinsic(signature: nil, call: [42, 0]).scaleEncoded()
        #expect(throws: ExecutiveError.self) { try Self.validate(unknownPallet, in: world) }
    }
}
