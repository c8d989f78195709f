import EnclaveAPI
import LightClient
import MerkleTrie
import Messaging
import PhalaPrimitives
import SCALE
import Tokenomics

extension PRuntime {
    /// File names in the data directory.
    enum SealedFile {
        /// Identity and pinned genesis.
        static let runtimeData = "runtime-data.seal"
        /// The last checkpoint.
        static let checkpoint = "checkpoint.seal"
        /// The master key history.
        static let masterKey = "master_key.seal"
    }

    /// Starts or resumes the runtime on the chain of `request.genesis` (pRuntime's `init_runtime`,
    /// phala-facts.md §7.1): the genesis authorities must be proven against the genesis state root; the
    /// identity is unsealed (or made and sealed); the last checkpoint, if any, is restored.
    /// Initializing again on the same chain only updates the operator.
    func initialize(_ request: InitRequest) throws(EnclaveError) -> InitResponse {
        let genesisHash = request.genesis.hash
        if var current = session {
            guard current.genesisHash == genesisHash else {
                throw .genesisMismatch(pinned: current.genesisHash, offered: genesisHash)
            }
            current.operator = request.operator
            session = current
            return response(for: current)
        }
        let genesis = try Self.genesisState(from: request)
        let identity = try loadIdentity(genesisHash: genesisHash)
        let restored = restoreCheckpoint(identity: identity, genesisHash: genesisHash)
        let state: EnclaveState
        if case .success(let checkpointed?) = restored {
            state = checkpointed
            if !state.benchmarkIdle { benchmark.resume() }
        } else {
            var egress = EgressQueue()
            do {
                try egress.addChannel(.worker(identity.publicKeyBytes), signer: identity.key.exposedValue)
            } catch {
                throw .sealingFailed(reason: "cannot open the worker channel: \(error)")
            }
            state = EnclaveState(chain: genesis.chain, egress: egress, tokenomicParameters: genesis.tokenomicParameters)
        }
        let started = Session(
            identity: identity,
            genesisHash: genesisHash,
            operator: request.operator,
            state: state,
            resumedFromCheckpoint: (try? restored.get()) != nil,
            checkpointProblem: { if case .failure(let problem) = restored { problem.reason } else { nil } }()
        )
        session = started
        return response(for: started)
    }

    /// The reply to `initialize`.
    private func response(for session: Session) -> InitResponse {
        InitResponse(
            publicKey: session.identity.publicKeyBytes,
            ecdhPublicKey: session.identity.publicKeyBytes,
            finalizedNumber: session.state.chain.finalizedTip.number,
            dispatchedNumber: session.state.dispatched.number,
            resumedFromCheckpoint: session.resumedFromCheckpoint,
            checkpointProblem: session.checkpointProblem
        )
    }

    /// The light client at genesis, its authorities read from the proven genesis state, and the
    /// genesis tokenomic parameters (Tokenomics' test profile, Phala's placeholder, when the chain has
    /// none).
    static func genesisState(from request: InitRequest) throws(EnclaveError)
        -> (chain: VerifiedChain, tokenomicParameters: TokenomicParameters)
    {
        guard request.genesis.number == 0 else {
            throw .invalidGenesis(reason: "the header is #\(request.genesis.number), not the genesis block")
        }
        let keys = ChainStorageKeys.genesisKeys
        do {
            let proven = try Trie.readProof(root: request.genesis.stateRoot.bytes, proof: request.genesisProof, keys: keys)
            let values = Dictionary(proven.map { ($0.key, $0.value) }, uniquingKeysWith: { first, _ in first })
            guard let votersBytes = values[ChainStorageKeys.grandpaAuthorities] ?? nil,
                let auraBytes = values[ChainStorageKeys.auraAuthorities] ?? nil
            else { throw EnclaveError.invalidGenesis(reason: "the genesis state holds no GRANDPA or Aura authorities") }
            let voters = try [GenesisVoter](scaleDecoding: votersBytes)
            let setID = try (values[ChainStorageKeys.grandpaSetID] ?? nil).map { try UInt64(scaleDecoding: $0) } ?? 0
            let aura = try [FixedBytes<32>](scaleDecoding: auraBytes)
            let authoritySet = try AuthoritySet(
                voters: voters.map { AuthoritySet.Voter(publicKey: $0.key.bytes, weight: $0.weight) },
                id: setID
            )
            let parameters = try (values[ChainStorageKeys.tokenomicParameters] ?? nil)
                .map { try TokenomicParameters(scaleDecoding: $0) } ?? .test
            let chain = try VerifiedChain(genesis: request.genesis, authoritySet: authoritySet, auraAuthorities: aura.map(\.bytes))
            return (chain, parameters)
        } catch let error as EnclaveError {
            throw error
        } catch {
            throw .invalidGenesis(reason: "the genesis authorities or tokenomic parameters are not proven: \(error)")
        }
    }

    /// Unseals the identity pinned to this genesis, or makes and seals a new one.
    private func loadIdentity(genesisHash: H256) throws(EnclaveError) -> WorkerIdentity {
        if let sealed = try storage.read(SealedFile.runtimeData) {
            do {
                return try PersistentRuntimeData(
                    unsealing: sealed,
                    with: storage.provider,
                    genesisBlockHash: genesisHash,
                    paraID: 0
                ).identity
            } catch .otherChain {
                throw .sealingFailed(
                    reason: "\(storage.directory) holds a worker of another chain (genesis ≠ \(genesisHash)); use another --base-path"
                )
            } catch {
                throw .sealingFailed(reason: "\(SealedFile.runtimeData): \(error)")
            }
        }
        var random = SystemRandomSource()
        let identity = WorkerIdentity(random: &random)
        let data = PersistentRuntimeData(genesisBlockHash: genesisHash, paraID: 0, identity: identity, trustedKey: true, devMode: false)
        try storage.write(data.sealed(with: storage.provider), to: SealedFile.runtimeData)
        return identity
    }

    /// The state sealed in the last checkpoint: nil when there is none, a failure saying why when one
    /// exists but cannot be used (another key, tampered, another format, another chain). The caller then
    /// starts at genesis, which is always safe, and reports the problem.
    private func restoreCheckpoint(identity: WorkerIdentity, genesisHash: H256) -> Result<EnclaveState?, CheckpointProblem> {
        let sealed: [UInt8]
        do {
            guard let bytes = try storage.read(SealedFile.checkpoint) else { return .success(nil) }
            sealed = bytes
        } catch {
            return .failure(CheckpointProblem(reason: error.description))
        }
        do {
            let checkpoint = try SealedCheckpoint(unsealing: sealed, with: storage.provider, expectedIdentity: identity.publicKey)
            let state = try EnclaveState.restoring(checkpoint.payload, identity: identity)
            guard state.chain.genesisHash == genesisHash else {
                return .failure(CheckpointProblem(reason: "the checkpoint belongs to the chain with genesis \(state.chain.genesisHash)"))
            }
            return .success(state)
        } catch {
            return .failure(CheckpointProblem(reason: "\(SealedFile.checkpoint) does not open: \(error)"))
        }
    }
}

/// Why a checkpoint on disk could not be used.
struct CheckpointProblem: Error {
    /// What was wrong.
    let reason: String
}

/// One GRANDPA voter as `Grandpa.Authorities` stores it: `(ed25519 key, u64 weight)`.
private struct GenesisVoter: ScaleDecodable {
    /// The voter's key.
    let key: FixedBytes<32>
    /// Its weight.
    let weight: UInt64

    /// Reads `key ‖ weight`.
    init(from decoder: inout ScaleDecoder) throws(ScaleDecodingError) {
        key = try decoder.decode()
        weight = try decoder.decode()
    }
}
