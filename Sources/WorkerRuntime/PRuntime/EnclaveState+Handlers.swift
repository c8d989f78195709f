import EnclaveAPI
import LightClient
import Messaging
import PalletRegistry
import PhalaCrypto
import PhalaPrimitives
import SCALE
import Tokenomics

extension EnclaveState {
    /// Hands one proven outbound message to its handler (phala-facts.md §5.5): system, launch, change
    /// and tokenomic events must come from a pallet, key distribution from the gatekeepers, heartbeats
    /// from a worker. Messages on other topics, from the wrong origin, or that do not decode are
    /// skipped, deterministically.
    /// - Returns: whether a handler took it.
    mutating func handle(_ message: Message, environment: DispatchEnvironment) throws(EnclaveError) -> Bool {
        let fromPallet = if case .pallet = message.sender { true } else { false }
        switch message.destination {
        case .systemEvent where fromPallet:
            guard let event = try? SystemEvent(scaleDecoding: message.payload) else { return false }
            handle(event, environment: environment)
            try follow(event, environment: environment)
        case .miningReport:
            guard case .worker(let pubkey) = message.sender,
                let report = try? WorkingReportEvent(scaleDecoding: message.payload)
            else { return false }
            return replayHeartbeat(report, from: pubkey)
        case .gatekeeperEvent where fromPallet:
            guard let change = try? TokenomicParametersChange(scaleDecoding: message.payload) else { return false }
            tokenomicParameters = change.parameters
        case .gatekeeperLaunch where fromPallet:
            guard let launch = try? GatekeeperLaunch(scaleDecoding: message.payload) else { return false }
            try handle(launch, environment: environment)
        case .gatekeeperChange where fromPallet:
            guard let change = try? GatekeeperChange(scaleDecoding: message.payload) else { return false }
            try handle(change, environment: environment)
        case .gatekeeperKey where message.sender == .gatekeeper:
            guard let distribution = try? KeyDistribution(scaleDecoding: message.payload) else { return false }
            try handle(distribution, environment: environment)
        default:
            return try handleContractMessage(message, environment: environment)
        }
        return true
    }

    /// Worker events: who is registered, this worker's benchmark window and score.
    private mutating func handle(_ event: SystemEvent, environment: DispatchEnvironment) {
        guard case .workerEvent(let pubkey, let workerEvent) = event else { return }
        let isMe = pubkey == environment.identity.publicKeyBytes
        switch workerEvent {
        case .registered:
            registeredWorkers.insert(pubkey)
            if isMe { registered = true }
        case .benchStart(let duration) where isMe:
            benchmark = BenchmarkWindow(
                startBlock: dispatched.number,
                startTime: now,
                duration: duration,
                startIterations: environment.benchmark.iterations
            )
            environment.benchmark.resume()
        case .benchScore(let score) where isMe:
            initialScore = score
        default:
            break
        }
    }

    /// Launch steps: the first gatekeeper makes the master key; rotations propose and switch keys.
    private mutating func handle(_ launch: GatekeeperLaunch, environment: DispatchEnvironment) throws(EnclaveError) {
        let me = environment.identity.publicKeyBytes
        switch launch {
        case .firstGatekeeper(let identity):
            gatekeepers = [identity]
            guard identity.pubkey == me else { return }
            let keys: GatekeeperKeys
            if let sealed = environment.sealedMasterKeys() {
                keys = sealed
            } else {
                var random = SystemRandomSource()
                keys = GatekeeperKeys(generatingFirstKey: &random)
                try environment.sealMasterKeys(keys)
            }
            try becomeGatekeeper(with: keys)
            try send(RegistryEvent.masterPubkey(keys.masterPublicKey.fixedBytes), to: .registryEvent, from: .worker(me))
        case .masterPubkeyOnChain(let key), .masterPubkeyRotated(let key):
            chainMasterKey = key
        case .rotateMasterKey(let rotationID, let listed):
            guard var keys = gatekeeperKeys, gatekeepers.contains(where: { $0.pubkey == me }) else { return }
            var random = SystemRandomSource()
            let proposal = keys.proposeRotation(
                rotationID: rotationID,
                gatekeepers: listed.compactMap(WorkerPublicInfo.announced),
                blockNumber: dispatched.number,
                signer: environment.identity,
                random: &random
            )
            gatekeeperKeys = keys
            try send(KeyDistribution.masterKeyRotation(proposal), to: .gatekeeperKey, from: .gatekeeper)
        }
    }

    /// Gatekeepers joining (existing ones hand them the key history) or leaving.
    private mutating func handle(_ change: GatekeeperChange, environment: DispatchEnvironment) throws(EnclaveError) {
        let me = environment.identity.publicKeyBytes
        switch change {
        case .registered(let identity):
            if !gatekeepers.contains(identity) { gatekeepers.append(identity) }
            guard identity.pubkey != me, var keys = gatekeeperKeys, gatekeepers.contains(where: { $0.pubkey == me }),
                let recipient = WorkerPublicInfo.announced(identity)
            else { return }
            let handover = keys.handover(to: recipient, blockNumber: dispatched.number)
            gatekeeperKeys = keys
            try send(KeyDistribution.masterKeyHistory(handover), to: .gatekeeperKey, from: .gatekeeper)
        case .unregistered(let pubkey):
            gatekeepers.removeAll { $0.pubkey == pubkey }
        }
    }

    /// Key distribution: a handover to this worker, or the rotation that won on chain.
    private mutating func handle(_ distribution: KeyDistribution, environment: DispatchEnvironment) throws(EnclaveError) {
        switch distribution {
        case .masterKeyHistory(let handover):
            guard gatekeeperKeys == nil, handover.destination == environment.identity.publicKey,
                let keys = try? GatekeeperKeys(receiving: handover, as: environment.identity)
            else { return }
            try environment.sealMasterKeys(keys)
            try becomeGatekeeper(with: keys)
        case .masterKeyRotation(let rotation):
            guard var keys = gatekeeperKeys else { return }
            let onChain = Set(gatekeepers.compactMap { try? Sr25519.PublicKey(bytes: $0.pubkey.bytes) })
            do {
                try keys.applyRotation(rotation, as: environment.identity, gatekeepers: onChain, blockHeight: dispatched.number)
            } catch {
                return
            }
            try environment.sealMasterKeys(keys)
            gatekeeperKeys = keys
            try send(
                GatekeeperRegistryEvent.rotatedMasterPubkey(
                    rotationID: rotation.rotationID,
                    masterPubkey: keys.masterPublicKey.fixedBytes
                ),
                to: .gatekeeperRegistryEvent,
                from: .gatekeeper
            )
            do {
                try egress.replaceSigner(of: .gatekeeper, with: keys.current.key.exposedValue)
            } catch {
                throw .sealingFailed(reason: "the gatekeeper channel vanished: \(error)")
            }
        }
    }

    /// Holds the master keys and opens the gatekeeper channel at the chain's next sequence.
    private mutating func becomeGatekeeper(with keys: GatekeeperKeys) throws(EnclaveError) {
        gatekeeperKeys = keys
        guard egress.nextSequence(of: .gatekeeper) == nil else { return }
        do {
            try egress.addChannel(
                .gatekeeper,
                signer: keys.current.key.exposedValue,
                nextSequence: ingressSequences[.gatekeeper] ?? 0
            )
        } catch {
            throw .sealingFailed(reason: "cannot open the gatekeeper channel: \(error)")
        }
    }

    /// This worker's role among the gatekeepers.
    func gatekeeperRole(of identity: WorkerIdentity) -> GatekeeperRole {
        guard gatekeeperKeys != nil else { return .none }
        return gatekeepers.contains { $0.pubkey == identity.publicKeyBytes } ? .active : .silent
    }
}
