import LightClient
import Messaging
import PalletRegistry
import PhalaCrypto
import PhalaPrimitives
import SCALE
import Tokenomics

extension EnclaveState {
    /// The state's SCALE encoding, the payload of a `SealedCheckpoint`. Sets and maps are written in
    /// sorted order, so equal states encode to equal bytes. Signing keys are not written: the
    /// identity comes from the sealed runtime data and the master keys are written as their history.
    var checkpointPayload: [UInt8] {
        var encoder = ScaleEncoder()
        encoder.encode(tuple: chain, pending, dispatched, timestampValue, outboundValue)
        let sequences = ingressSequences.map { (origin: $0.key.scaleEncoded(), next: $0.value) }
            .sorted { $0.origin.lexicographicallyPrecedes($1.origin) }
        encoder.encode(compactLength: sequences.count)
        for entry in sequences {
            encoder.append(entry.origin)
            encoder.encode(entry.next)
        }
        encoder.encode(registeredWorkers.sorted { $0.bytes.lexicographicallyPrecedes($1.bytes) })
        encoder.encode(tuple: gatekeepers, chainMasterKey, registered, initialScore)
        encoder.encode(benchmark.map { [$0.startBlock, $0.duration] })
        encoder.encode(benchmark.map { [$0.startTime, $0.startIterations] })
        encoder.encode(egress.channelStates)
        if let keys = gatekeeperKeys {
            encoder.encode(variantIndex: 1)
            encoder.encode(compactLength: keys.history.count)
            for key in keys.history {
                encoder.encode(tuple: key.rotationID, key.blockHeight)
                encoder.append(key.key.exposedValue.secretKeyBytes)
            }
            encoder.encode(keys.ivSequence)
        } else {
            encoder.encode(variantIndex: 0)
        }
        encoder.encode(checkpointNumber)
        encoder.encode(tuple: computing, heartbeatsSent, lastChallengeBlock, tokenomicParameters, economics)
        let clusterIDs = clusters.keys.sorted { $0.bytes.lexicographicallyPrecedes($1.bytes) }
        encoder.encode(compactLength: clusterIDs.count)
        for id in clusterIDs {
            guard let cluster = clusters[id] else { continue }
            encoder.encode(id)
            encoder.append(cluster.key.exposedValue.secretKeyBytes)
            encoder.encode(cluster.state)
        }
        for keys in [clusterPublicKeys, contractPublicKeys] {
            let entries = keys.sorted { $0.key.bytes.lexicographicallyPrecedes($1.key.bytes) }
            encoder.encode(compactLength: entries.count)
            for (id, key) in entries { encoder.encode(tuple: id, key) }
        }
        return encoder.bytes
    }

    /// Restores a state from `checkpointPayload`.
    /// - Parameters:
    ///   - payload: the unsealed payload.
    ///   - identity: this worker's identity, which signs the worker channel.
    /// - Throws: `ScaleDecodingError` for bytes that do not decode; `MessagingError` or
    ///   `GatekeeperKeyError` for contents no enclave could have written.
    static func restoring(_ payload: [UInt8], identity: WorkerIdentity) throws -> EnclaveState {
        var decoder = ScaleDecoder(payload)
        let chain: VerifiedChain = try decoder.decode()
        var state = EnclaveState(chain: chain, egress: EgressQueue(), tokenomicParameters: .test)
        state.pending = try decoder.decode()
        state.dispatched = try decoder.decode()
        state.timestampValue = try decoder.decode()
        state.outboundValue = try decoder.decode()
        let sequenceCount = try decoder.decodeCompactLength()
        for _ in 0..<sequenceCount {
            let origin: MessageOrigin = try decoder.decode()
            let next: UInt64 = try decoder.decode()
            state.ingressSequences[origin] = next
        }
        let workers: [FixedBytes<32>] = try decoder.decode()
        state.registeredWorkers = Set(workers)
        state.gatekeepers = try decoder.decode()
        state.chainMasterKey = try decoder.decode()
        state.registered = try decoder.decode()
        state.initialScore = try decoder.decode()
        let window32: [UInt32]? = try decoder.decode()
        let window64: [UInt64]? = try decoder.decode()
        if let window32, let window64, window32.count == 2, window64.count == 2 {
            state.benchmark = BenchmarkWindow(
                startBlock: window32[0],
                startTime: window64[0],
                duration: window32[1],
                startIterations: window64[1]
            )
        }
        let channels: [EgressQueue.ChannelState] = try decoder.decode()
        if try decoder.decodeVariantIndex() == 1 {
            let count = try decoder.decodeCompactLength()
            var history: [RotatedMasterKey] = []
            for _ in 0..<count {
                let rotationID: UInt64 = try decoder.decode()
                let blockHeight: UInt32 = try decoder.decode()
                let pair = try Sr25519.KeyPair(secretKeyBytes: try decoder.readBytes(64))
                history.append(RotatedMasterKey(rotationID: rotationID, blockHeight: blockHeight, key: Secret(pair)))
            }
            state.gatekeeperKeys = try GatekeeperKeys(history: history, ivSequence: try decoder.decode())
        }
        state.checkpointNumber = try decoder.decode()
        state.computing = try decoder.decode()
        state.heartbeatsSent = try decoder.decode()
        state.lastChallengeBlock = try decoder.decode()
        state.tokenomicParameters = try decoder.decode()
        state.economics = try decoder.decode()
        for _ in 0..<(try decoder.decodeCompactLength()) {
            let id: H256 = try decoder.decode()
            let key = try Sr25519.KeyPair(secretKeyBytes: try decoder.readBytes(64))
            state.clusters[id] = ContractCluster(id: id, key: Secret(key), state: try decoder.decode())
        }
        for _ in 0..<(try decoder.decodeCompactLength()) {
            let id: H256 = try decoder.decode()
            let key: FixedBytes<32> = try decoder.decode()
            state.clusterPublicKeys[id] = key
        }
        for _ in 0..<(try decoder.decodeCompactLength()) {
            let id: H256 = try decoder.decode()
            let key: FixedBytes<32> = try decoder.decode()
            state.contractPublicKeys[id] = key
        }
        try decoder.finish()
        let masterKey = state.gatekeeperKeys?.current.key.exposedValue
        let clusterKeys = state.clusters.mapValues { $0.key.exposedValue }
        state.egress = try EgressQueue(restoring: channels) { origin in
            switch origin {
            case .worker: identity.key.exposedValue
            case .gatekeeper: masterKey
            case .cluster(let id): clusterKeys[id]
            default: nil
            }
        }
        return state
    }
}
