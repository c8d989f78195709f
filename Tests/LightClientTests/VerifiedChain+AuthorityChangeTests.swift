import PhalaTesting
import PhalaCrypto
import PhalaPrimitives
import SCALE
import Testing

@testable import LightClient

/// Authority changes announced in headers: a GRANDPA ScheduledChange (delay 0) hands finality to the
/// new voters with set id + 1; an Aura AuthoritiesChange hands sealing to the new authors.
///
/// The runtime does not emit these logs, so the change headers are built directly on the real chain
/// and sealed by //Alice; only header checks read them.
@Suite struct VerifiedChainAuthorityChangeTests {
    let chain: DevChain
    let bob: KeyPair

    init() throws {
        chain = try DevChain.shared.get()
        bob = try KeyPair(uri: "//Bob", scheme: .ed25519)
    }

    /// `04 FRNK (01 ‖ [(key, 1)] ‖ delay u32)` (consensus.md §2.7).
    static func scheduledChange(to key: [UInt8], delay: UInt32 = 0) -> DigestItem {
        var encoder = ScaleEncoder()
        encoder.encode(UInt8(1))
        encoder.encode(compactLength: 1)
        encoder.append(key)
        encoder.encode(tuple: UInt64(1), delay)
        return .consensus(engine: DigestItem.grandpaEngine, data: encoder.bytes)
    }

    /// A header on `parent` in the next slot with `logs`, sealed by `author` (sr25519).
    func header(on parent: Header, logs: [DigestItem] = [], sealedBy author: KeyPair? = nil) -> Header {
        let slot = 100 + UInt64(parent.number) + 1
        let header = Header(
            parentHash: parent.hash,
            number: parent.number + 1,
            stateRoot: parent.stateRoot,
            extrinsicsRoot: .zero,
            digest: [AuraSeal.preDigest(slot: slot)] + logs
        )
        return AuraSeal.seal(header, with: author ?? chain.aura)
    }

    /// A client synced to block 10.
    func clientAtTen() throws -> VerifiedChain {
        var client = try chain.verifiedChain()
        try client.syncHeaders(chain.headers(1...10), justification: chain.justification(of: chain.header(10)))
        return client
    }

    @Test func aScheduledChangeMovesFinalityToTheNewSetAndRefusesTheOldOne() throws {
        var client = try clientAtTen()
        let change = header(on: chain.header(10), logs: [Self.scheduledChange(to: bob.publicKey)])
        try client.syncHeaders([change], justification: chain.justification(of: change))
        #expect(client.authoritySet == (try AuthoritySet(voters: [.init(publicKey: bob.publicKey, weight: 1)], id: 1)))
        let next = header(on: change)
        let alice = chain.grandpa
        for setID: UInt64 in [0, 1] {
            var copy = client
            #expect(throws: VerificationError.notAVoter(voter: alice.publicKey)) {
                try copy.syncHeaders(
                    [next],
                    justification: DevChain.justification(of: next, signers: [alice], setID: setID)
                )
            }
            #expect(copy == client)
        }
        var copy = client
        #expect(throws: VerificationError.wrongAuthoritySetID(voter: bob.publicKey, expected: 1, signedFor: 0)) {
            try copy.syncHeaders([next], justification: DevChain.justification(of: next, signers: [bob], setID: 0))
        }
        try client.syncHeaders([next], justification: DevChain.justification(of: next, signers: [bob], setID: 1))
        #expect(client.finalizedTip.hash == next.hash)
        #expect(client.authoritySet.id == 1)
    }

    @Test func aChangeMustEndItsBatchAndHaveDelayZero() throws {
        let client = try clientAtTen()
        let change = header(on: chain.header(10), logs: [Self.scheduledChange(to: bob.publicKey)])
        let after = header(on: change)
        var copy = client
        #expect(throws: VerificationError.authorityChangeNotLast(number: 11)) {
            try copy.syncHeaders([change, after], justification: chain.justification(of: after))
        }
        let delayed = header(on: chain.header(10), logs: [Self.scheduledChange(to: bob.publicKey, delay: 1)])
        #expect(throws: VerificationError.unsupportedDelay(number: 11, delay: 1)) {
            try copy.syncHeaders([delayed], justification: chain.justification(of: delayed))
        }
        let forced = header(on: chain.header(10), logs: [.consensus(engine: DigestItem.grandpaEngine, data: [2])])
        #expect(throws: VerificationError.unsupportedGrandpaLog(number: 11, index: 2)) {
            try copy.syncHeaders([forced], justification: chain.justification(of: forced))
        }
        let truncated = header(
            on: chain.header(10),
            logs: [.consensus(engine: DigestItem.grandpaEngine, data: [1, 4])]
        )
        #expect(throws: VerificationError.malformedConsensusLog(number: 11)) {
            try copy.syncHeaders([truncated], justification: chain.justification(of: truncated))
        }
        #expect(copy == client)
    }

    @Test func anAuraAuthoritiesChangeHandsSealingToTheNewAuthorFromTheNextHeader() throws {
        var client = try clientAtTen()
        let bobAura = try KeyPair(uri: "//Bob", scheme: .sr25519)
        var encoder = ScaleEncoder()
        encoder.encode(UInt8(1))
        encoder.encode(compactLength: 1)
        encoder.append(bobAura.publicKey)
        let change = header(
            on: chain.header(10),
            logs: [.consensus(engine: DigestItem.auraEngine, data: encoder.bytes)]
        )
        let byAlice = header(on: change)
        let byBob = header(on: change, sealedBy: bobAura)
        #expect(throws: VerificationError.badSeal(number: 12)) {
            var copy = client
            try copy.syncHeaders([change, byAlice], justification: chain.justification(of: byAlice))
        }
        try client.syncHeaders([change, byBob], justification: chain.justification(of: byBob))
        #expect(client.auraAuthorities == [bobAura.publicKey])
        #expect(client.finalizedTip.number == 12)
    }
}
