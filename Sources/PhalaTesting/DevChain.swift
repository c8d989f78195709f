public import LightClient
public import Messaging
public import MerkleTrie
public import PhalaCrypto
public import PhalaPrimitives
public import PhalaRuntime
import PalletMessageQueue
import PhalaClient
import SCALE

/// A real dev chain built with the runtime, for tests of everything that follows a chain (light
/// client, enclave): genesis from `ChainSpec.development()`, blocks with the inherents and any
/// extrinsics sealed by sr25519 //Alice, finalized by ed25519 //Alice, every state kept to prove
/// storage from.
public struct DevChain: Sendable {
    /// Twelve empty blocks, built once for every suite.
    public static let shared = Result { try DevChain(blocks: 12) }

    /// The runtime that executes the blocks.
    public let runtime = Runtime()
    /// The Aura author, sr25519 //Alice.
    public let aura: KeyPair
    /// The GRANDPA voter, ed25519 //Alice.
    public let grandpa: KeyPair
    /// Block 0.
    public let genesis: Header
    /// The built blocks #1…, oldest first.
    public private(set) var headers: [Header] = []
    /// Each built block's storage changes.
    public private(set) var storageChanges: [[(key: [UInt8], value: [UInt8]?)]] = []
    /// The extrinsics of each built block, inherents first.
    public private(set) var bodies: [[[UInt8]]] = []
    /// The trie nodes of every state.
    public private(set) var store = InMemoryNodeStore()

    /// Builds genesis and `count` empty blocks on it, block n in slot 100 + n.
    /// - Parameter count: how many blocks to build.
    /// - Throws: whatever building genesis or a block throws.
    public init(blocks count: Int) throws {
        aura = try KeyPair(uri: "//Alice", scheme: .sr25519)
        grandpa = try KeyPair(uri: "//Alice", scheme: .ed25519)
        let built = try runtime.genesis(try ChainSpec.development())
        genesis = built.header
        store.insert(built.changes)
        for _ in 0..<count { try extend() }
    }

    /// The dev chain's GRANDPA set 0: ed25519 //Alice, weight 1.
    public var authoritySet: AuthoritySet {
        get throws { try AuthoritySet(voters: [.init(publicKey: grandpa.publicKey, weight: 1)], id: 0) }
    }

    /// A light client pinned to this chain's genesis and dev authorities.
    /// - Returns: the client at genesis.
    /// - Throws: `VerificationError` only if the dev keys were malformed.
    public func verifiedChain() throws -> VerifiedChain {
        try VerifiedChain(genesis: genesis, authoritySet: try authoritySet, auraAuthorities: [aura.publicKey])
    }

    /// The header of block `number` (1-based).
    /// - Parameter number: the block number.
    /// - Returns: its header.
    public func header(_ number: Int) -> Header { headers[number - 1] }

    /// The newest block's number (0 before any block).
    public var height: Int { headers.count }

    /// The state of block `number` (0: genesis).
    /// - Parameter number: the block number.
    /// - Returns: the state's trie.
    /// - Throws: `TrieError` when the root is missing.
    public func state(_ number: Int) throws -> Trie {
        try Trie(root: number == 0 ? genesis.stateRoot.bytes : header(number).stateRoot.bytes, store: store)
    }

    /// Executes one more block with its inherents and `extrinsics`, and seals it.
    /// - Parameter extrinsics: signed or unsigned extrinsics (with their length prefix), applied in order;
    ///   one the runtime refuses fails the call.
    /// - Throws: `ExecutiveError` when the block cannot be built.
    public mutating func extend(with extrinsics: [[UInt8]] = []) throws {
        let body = runtime.inherents(slot: 100 + UInt64(height + 1)) + extrinsics
        // Built in a function of its own, so the parent state (which shares `store`'s storage) is gone
        // before `store.insert`: otherwise every insert would copy the whole store.
        let finished = try build(body)
        bodies.append(body)
        store.insert(finished.changes)
        headers.append(AuraSeal.seal(finished.block.header, with: aura))
        storageChanges.append(finished.storageChanges)
    }

    /// Executes `body` on the newest state as the next block, in slot 100 + its number.
    private func build(_ body: [[UInt8]]) throws -> FinishedBlock {
        let parent = headers.last ?? genesis
        let number = parent.number + 1
        var pending = try runtime.beginBlock(
            Header(
                parentHash: parent.hash,
                number: number,
                stateRoot: .zero,
                extrinsicsRoot: .zero,
                digest: [AuraSeal.preDigest(slot: 100 + UInt64(number))]
            ),
            parentState: try state(Int(parent.number))
        )
        for extrinsic in body { _ = try runtime.applyExtrinsic(extrinsic, to: &pending) }
        return try runtime.finishBlock(pending)
    }

    /// A justification of `target` with one precommit per signer, each on `target` unless `votes` says
    /// otherwise, in round `target.number`.
    /// - Parameters:
    ///   - target: the block to finalize.
    ///   - signers: the ed25519 voters.
    ///   - setID: the authority set id they sign for.
    ///   - votes: each precommit's target, when not `target`.
    ///   - ancestries: the headers between the votes and the target.
    /// - Returns: the justification.
    public static func justification(
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
    /// - Parameter target: the block to finalize.
    /// - Returns: the justification.
    public func justification(of target: Header) -> GrandpaJustification {
        Self.justification(of: target, signers: [grandpa])
    }

    /// Headers `range` of this chain.
    /// - Parameter range: block numbers, from 1.
    /// - Returns: their headers.
    public func headers(_ range: ClosedRange<Int>) -> [Header] { range.map(header) }

    /// Signs `call` as `signer` for this chain (immortal era).
    /// - Parameters:
    ///   - call: the runtime call.
    ///   - signer: the sender's key.
    ///   - nonce: the sender's nonce.
    /// - Returns: the signed extrinsic with its length prefix.
    public func signed(_ call: RuntimeCall, by signer: KeyPair, nonce: UInt32) -> [UInt8] {
        ExtrinsicBuilder(
            genesisHash: genesis.hash,
            specVersion: Runtime.version.specVersion,
            transactionVersion: Runtime.version.transactionVersion
        ).signed(call: call.scaleEncoded(), by: signer, nonce: nonce)
    }

    /// An unsigned extrinsic carrying `call`.
    /// - Parameter call: the runtime call.
    /// - Returns: the unsigned v4 extrinsic with its length prefix.
    public static func unsigned(_ call: RuntimeCall) -> [UInt8] {
        UncheckedExtrinsic(signature: nil, call: call.scaleEncoded()).scaleEncoded()
    }

    /// The signed messages block `number` accepted through `PhalaMq.sync_offchain_message`, in order.
    /// - Parameter number: the block (1-based).
    /// - Returns: the messages.
    /// - Throws: `ScaleDecodingError` when a stored extrinsic does not decode.
    public func offchainMessages(in number: Int) throws -> [SignedMessage] {
        try bodies[number - 1].compactMap { bytes in
            guard case .messageQueue(.syncOffchainMessage(let message)) = try runtime.decodeExtrinsic(bytes).call else {
                return nil
            }
            return message
        }
    }

    /// A proof of `keys` in the state of block `number`.
    /// - Parameters:
    ///   - keys: the storage keys.
    ///   - number: the block (0: genesis).
    /// - Returns: the trie nodes proving them.
    /// - Throws: `TrieError` when the state is incomplete.
    public func proof(of keys: [[UInt8]], at number: Int) throws -> [[UInt8]] {
        try state(number).generateProof(keys: keys)
    }
}
