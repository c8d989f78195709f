import PhalaTesting
import PhalaCrypto
import PhalaPrimitives
import SCALE
import Testing

@testable import LightClient

/// Syncing real dev-chain headers: accepted batches advance the tip, every refusal names its reason
/// and leaves the client as it was.
@Suite struct VerifiedChainHeadersTests {
    let chain: DevChain

    init() throws { chain = try DevChain.shared.get() }

    /// Expects `syncHeaders` to throw exactly `expected` and to leave `client` unchanged.
    func expectRefusal(
        _ expected: VerificationError,
        _ headers: [Header],
        _ justification: GrandpaJustification?,
        on client: VerifiedChain,
        sourceLocation: SourceLocation = #_sourceLocation
    ) {
        var copy = client
        #expect(throws: expected, sourceLocation: sourceLocation) {
            try copy.syncHeaders(headers, justification: justification)
        }
        #expect(copy == client, sourceLocation: sourceLocation)
    }

    @Test func aBatchOfTenSealedBlocksJustifiedByAliceAdvancesTheTip() throws {
        var client = try chain.verifiedChain()
        #expect(client.finalizedTip.hash == chain.genesis.hash)
        try client.syncHeaders(chain.headers(1...10), justification: chain.justification(of: chain.header(10)))
        #expect(client.finalizedTip.number == 10)
        #expect(client.finalizedTip.hash == chain.header(10).hash)
        #expect(client.finalizedTip.stateRoot == chain.header(10).stateRoot)
        #expect(client.recentBlocks.map(\.number) == Array(1...10))
        #expect(client.tipSlot == 110)
        #expect(client.authoritySet == (try chain.authoritySet))
        try client.syncHeaders([chain.header(11)], justification: chain.justification(of: chain.header(11)))
        #expect(client.finalizedTip.number == 11)
    }

    @Test func headersThatSkipOrRepeatABlockAreRefused() throws {
        let client = try chain.verifiedChain()
        let genesis = chain.genesis.hash
        expectRefusal(
            .wrongParent(number: 2, expected: genesis, got: chain.header(1).hash),
            chain.headers(2...10),
            chain.justification(of: chain.header(10)),
            on: client
        )
        expectRefusal(
            .wrongParent(number: 3, expected: chain.header(1).hash, got: chain.header(2).hash),
            [chain.header(1), chain.header(3)],
            chain.justification(of: chain.header(3)),
            on: client
        )
        expectRefusal(.emptyBatch, [], chain.justification(of: chain.header(1)), on: client)
        var renumbered = chain.header(1)
        renumbered.digest.removeLast()
        renumbered.number = 2
        renumbered = AuraSeal.seal(renumbered, with: chain.aura)
        expectRefusal(
            .wrongNumber(expected: 1, got: 2),
            [renumbered],
            chain.justification(of: renumbered),
            on: client
        )
    }

    @Test func aClientNeedsAuraAuthoritiesOfThirtyTwoBytes() throws {
        for keys in [[], [[1, 2, 3]]] as [[[UInt8]]] {
            #expect(throws: VerificationError.invalidAuraAuthorities) {
                try VerifiedChain(genesis: chain.genesis, authoritySet: try chain.authoritySet, auraAuthorities: keys)
            }
        }
    }

    @Test func aHeaderSealedByBobInsteadOfAliceIsRefused() throws {
        let client = try chain.verifiedChain()
        var unsealed = chain.header(5)
        unsealed.digest.removeLast()
        let forged = AuraSeal.seal(unsealed, with: try KeyPair(uri: "//Bob", scheme: .sr25519))
        let headers = chain.headers(1...4) + [forged] + chain.headers(6...10)
        expectRefusal(.badSeal(number: 5), headers, chain.justification(of: chain.header(10)), on: client)
        expectRefusal(.badSeal(number: 5), Array(headers[0...4]), chain.justification(of: forged), on: client)
        var bare = chain.header(1)
        bare.digest.removeLast()
        expectRefusal(
            .badSeal(number: 1),
            [bare],
            DevChain.justification(of: bare, signers: [chain.grandpa]),
            on: client
        )
    }

    @Test func aSlotThatDoesNotIncreaseIsRefused() throws {
        var client = try chain.verifiedChain()
        try client.syncHeaders([chain.header(1)], justification: chain.justification(of: chain.header(1)))
        var rewound = client
        rewound.tipSlot = 105
        expectRefusal(
            .slotNotIncreasing(number: 2, slot: 102, previous: 105),
            [chain.header(2)],
            chain.justification(of: chain.header(2)),
            on: rewound
        )
    }

    @Test func aMissingOrForgedJustificationIsRefused() throws {
        let client = try chain.verifiedChain()
        let headers = chain.headers(1...10)
        expectRefusal(.missingJustification, headers, nil, on: client)
        var forged = chain.justification(of: chain.header(10))
        forged.precommits[0].signature[10] ^= 1
        expectRefusal(.badSignature(voter: chain.grandpa.publicKey), headers, forged, on: client)
    }

    @Test func aJustificationSignedForSetOneIsRefusedWhileSetZeroIsCurrent() throws {
        let client = try chain.verifiedChain()
        let justification = DevChain.justification(of: chain.header(10), signers: [chain.grandpa], setID: 1)
        expectRefusal(
            .wrongAuthoritySetID(voter: chain.grandpa.publicKey, expected: 0, signedFor: 1),
            chain.headers(1...10),
            justification,
            on: client
        )
    }

    @Test func aPrecommitByANonMemberIsRefusedEvenBesideAValidOne() throws {
        let client = try chain.verifiedChain()
        let bob = try KeyPair(uri: "//Bob", scheme: .ed25519)
        let target = chain.header(10)
        for signers in [[bob], [chain.grandpa, bob]] {
            expectRefusal(
                .notAVoter(voter: bob.publicKey),
                chain.headers(1...10),
                DevChain.justification(of: target, signers: signers),
                on: client
            )
        }
    }

    @Test func aJustificationForAnotherBlockIsRefused() throws {
        let client = try chain.verifiedChain()
        expectRefusal(
            .justificationTargetMismatch(expected: chain.header(10).hash, got: chain.header(9).hash),
            chain.headers(1...10),
            chain.justification(of: chain.header(9)),
            on: client
        )
    }
}
