import MerkleTrie
import PhalaCrypto
import PhalaPrimitives
import PhalaRuntime

@testable import LightClient

/// A real dev chain built with the runtime: genesis from `ChainSpec.development()`, empty blocks
/// (inherents only) sealed by sr25519 //Alice, the states kept to prove storage from.
struct TestChain: Sendable {
    /// Twelve blocks, built once for every suite.
    static let shared = Result { try TestChain(blocks: 12) }

    let runtime = Runtime()
    let aura: KeyPair
    let grandpa: KeyPair
    let genesis: Header
    /// The built blocks #1…, their storage changes and the node store holding every state.
    private(set) var headers: [Header] = []
    private(set) var storageChanges: [[(key: [UInt8], value: [UInt8]?)]] = []
    private(set) var store = InMemoryNodeStore()

    /// Builds genesis and `count` blocks on it, block n in slot 100 + n.
    init(blocks count: Int) throws {
        aura = try KeyPair(uri: "//Alice", scheme: .sr25519)
        grandpa = try KeyPair(uri: "//Alice", scheme: .ed25519)
        let built = try runtime.genesis(try ChainSpec.development())
        genesis = built.header
        store.insert(built.changes)
        for _ in 0..<count { try extend() }
    }

    /// The dev chain's GRANDPA set 0: ed25519 //Alice, weight 1.
    var authoritySet: AuthoritySet {
        get throws { try AuthoritySet(voters: [.init(publicKey: grandpa.publicKey, weight: 1)], id: 0) }
    }

    /// A light client pinned to this chain's genesis and dev authorities.
    func verifiedChain() throws -> VerifiedChain {
        try VerifiedChain(genesis: genesis, authoritySet: try authoritySet, auraAuthorities: [aura.publicKey])
    }

    /// The header of block `number` (1-based).
    func header(_ number: Int) -> Header { headers[number - 1] }

    /// The state of block `number` (0: genesis).
    func state(_ number: Int) throws -> Trie {
        try Trie(root: number == 0 ? genesis.stateRoot.bytes : header(number).stateRoot.bytes, store: store)
    }

    /// Executes one more block with its inherents and seals it.
    mutating func extend() throws {
        let parent = headers.last ?? genesis
        let number = parent.number + 1
        let slot = 100 + UInt64(number)
        var pending = try runtime.beginBlock(
            Header(
                parentHash: parent.hash,
                number: number,
                stateRoot: .zero,
                extrinsicsRoot: .zero,
                digest: [AuraSeal.preDigest(slot: slot)]
            ),
            parentState: try state(Int(parent.number))
        )
        for inherent in runtime.inherents(slot: slot) { _ = try runtime.applyExtrinsic(inherent, to: &pending) }
        let finished = try runtime.finishBlock(pending)
        store.insert(finished.changes)
        headers.append(AuraSeal.seal(finished.block.header, with: aura))
        storageChanges.append(finished.storageChanges)
    }

    /// A justification of `target` with one precommit per signer, each on `target` unless `votes` says
    /// otherwise, in round `target.number`.
    static func justification(
        of target: Header,
        signers: [KeyPair],
        setID: UInt64 = 0,
        votes: [Header]? = nil,
        ancestries: [Header] = []
    ) -> GrandpaJustification {
        let round = UInt64(target.number)
        let precommits = zip(signers, votes ?? Array(repeating: target, count: signers.count)).map { signer, vote in
            let payload = GrandpaJustification.precommitPayload(
                targetHash: vote.hash,
                targetNumber: vote.number,
                round: round,
                setID: setID
            )
            return GrandpaJustification.SignedPrecommit(
                targetHash: vote.hash,
                targetNumber: vote.number,
                signature: signer.sign(payload),
                voter: signer.publicKey
            )
        }
        return GrandpaJustification(
            round: round,
            targetHash: target.hash,
            targetNumber: target.number,
            precommits: precommits,
            votesAncestries: ancestries
        )
    }

    /// A justification of `target` by ed25519 //Alice for set 0, as the dev node stores one.
    func justification(of target: Header) -> GrandpaJustification {
        Self.justification(of: target, signers: [grandpa])
    }

    /// Headers `range` of this chain.
    func headers(_ range: ClosedRange<Int>) -> [Header] { range.map(header) }
}
