import ContractHost
import EnclaveAPI
import LightClient
import Logging
import Messaging
import PalletPhatContracts
import PhalaCrypto
import PhalaPrimitives
import SCALE

/// Where the worker logs contract clusters: joins, uploads, instantiations, commands and contract logs.
let contractLog = Logger(label: "phala.pruntime.contracts")

extension EnclaveState {
    /// The HKDF info the gatekeeper encrypts cluster keys under (phala-facts.md §2).
    static let clusterKeySharingInfo = Array("cluster_key_sharing".utf8)

    /// Handles the Phat Contract topics (phala-facts.md §6): cluster deployment and key dispatch,
    /// cluster operations, instantiation, and commands pushed to a contract.
    /// - Returns: whether the message was for these handlers.
    mutating func handleContractMessage(_ message: Message, environment: DispatchEnvironment) throws(EnclaveError) -> Bool {
        let fromPallet = if case .pallet = message.sender { true } else { false }
        switch message.destination {
        case .clusterEvent where fromPallet:
            guard let event = try? ClusterEvent(scaleDecoding: message.payload) else { return false }
            try deployCluster(event, environment: environment)
        case .clusterKey where message.sender == .gatekeeper:
            guard let dispatch = try? ClusterKeyDispatch(scaleDecoding: message.payload) else { return false }
            try joinCluster(dispatch, environment: environment)
        case .clusterKey where fromPallet:
            guard let operation = try? ClusterOperation(scaleDecoding: message.payload) else { return false }
            apply(operation, environment: environment)
        case .contractOperation where fromPallet:
            guard let operation = try? ContractOperation(scaleDecoding: message.payload) else { return false }
            try apply(operation, environment: environment)
        default:
            guard case .accountId(let sender) = message.sender, let contract = Self.commandedContract(message.destination)
            else { return false }
            runCommand(message.payload, on: contract, from: AccountId32(sender.raw), environment: environment)
        }
        return true
    }

    /// The contract a `phala/contract/<hex id>/command` topic addresses.
    static func commandedContract(_ topic: Topic) -> AccountId32? {
        let prefix = Array("phala/contract/".utf8)
        let suffix = Array("/command".utf8)
        let bytes = topic.bytes
        guard bytes.count == prefix.count + 64 + suffix.count, bytes.starts(with: prefix), bytes.suffix(8).elementsEqual(suffix),
            let id = try? AccountId32(hex: String(decoding: bytes[prefix.count..<(prefix.count + 64)], as: UTF8.self))
        else { return nil }
        return id
    }

    /// The block operations run in.
    var contractBlock: ContractCluster.Block { ContractCluster.Block(number: dispatched.number, timestampMillis: now) }

    /// An active gatekeeper derives the new cluster's key, publishes its public key and sends it,
    /// encrypted, to each listed worker.
    private mutating func deployCluster(_ event: ClusterEvent, environment: DispatchEnvironment) throws(EnclaveError) {
        guard case .deployCluster(let deploy) = event, gatekeeperRole(of: environment.identity) == .active,
            var keys = gatekeeperKeys
        else { return }
        let clusterKey: Secret<Sr25519.KeyPair>
        do {
            clusterKey = try keys.clusterKey(clusterID: deploy.cluster)
        } catch {
            throw .sealingFailed(reason: "cannot derive the key of cluster \(deploy.cluster): \(error)")
        }
        var secretKeys: [FixedBytes<32>: EncryptedKey] = [:]
        for worker in deploy.workers {
            guard let ecdh = try? Sr25519.PublicKey(bytes: worker.ecdhPubkey.bytes) else { continue }
            secretKeys[worker.pubkey] = EncryptedKey.encrypt(
                Secret(clusterKey.exposedValue.secretKeyBytes), from: keys.current.key.exposedValue,
                info: Self.clusterKeySharingInfo, to: ecdh, iv: keys.nextIV(blockNumber: dispatched.number))
        }
        gatekeeperKeys = keys
        let publicKey = clusterKey.exposedValue.publicKey.fixedBytes
        try send(ClusterRegistryEvent.pubkeyAvailable(cluster: deploy.cluster, pubkey: publicKey), to: .clusterRegistryEvent, from: .gatekeeper)
        let dispatch = ClusterKeyDispatch(
            secretKeys: secretKeys, cluster: deploy.cluster, owner: deploy.owner, deposit: deploy.deposit,
            gasPrice: deploy.gasPrice, depositPerItem: deploy.depositPerItem, depositPerByte: deploy.depositPerByte,
            treasuryAccount: deploy.treasuryAccount)
        try send(dispatch, to: .clusterKey, from: .gatekeeper)
    }

    /// A listed worker opens its copy of the cluster key, creates the cluster and reports it deployed.
    private mutating func joinCluster(_ dispatch: ClusterKeyDispatch, environment: DispatchEnvironment) throws(EnclaveError) {
        let me = environment.identity.publicKeyBytes
        guard let encrypted = dispatch.secretKeys[me], clusters[dispatch.cluster] == nil else { return }
        let key: Secret<Sr25519.KeyPair>
        do {
            key = try encrypted.decrypt(as: environment.identity)
        } catch {
            contractLog.warning("a cluster key sent to this worker does not open", metadata: ["cluster.id": "\(dispatch.cluster)"])
            try send(WorkerClusterReport.clusterDeploymentFailed(id: dispatch.cluster), to: .clusterWorkerReport, from: .worker(me))
            return
        }
        var cluster = ContractCluster(id: dispatch.cluster, key: key)
        cluster.deposit(dispatch.deposit, to: dispatch.owner)
        clusters[dispatch.cluster] = cluster
        clusterPublicKeys[dispatch.cluster] = key.exposedValue.publicKey.fixedBytes
        do {
            try egress.addChannel(
                .cluster(dispatch.cluster), signer: key.exposedValue, nextSequence: ingressSequences[.cluster(dispatch.cluster)] ?? 0)
        } catch {
            throw .sealingFailed(reason: "cannot open the channel of cluster \(dispatch.cluster): \(error)")
        }
        contractLog.notice("joined a contract cluster", metadata: ["cluster.id": "\(dispatch.cluster)"])
        try send(
            WorkerClusterReport.clusterDeployed(id: dispatch.cluster, pubkey: key.exposedValue.publicKey.fixedBytes),
            to: .clusterWorkerReport, from: .worker(me))
    }

    /// Code uploads, deposits, and the end of a cluster or of this worker's part in it.
    private mutating func apply(_ operation: ClusterOperation, environment: DispatchEnvironment) {
        switch operation {
        case .uploadResource(_, let id, let type, let data):
            guard var cluster = clusters[id], type != .sidevmCode else { return }
            let executor = environment.clusterServices.services(for: cluster).executor
            switch cluster.upload(data, deterministic: type == .inkCode, executor: executor) {
            case .success(let hash):
                contractLog.info("contract code stored", metadata: ["cluster.id": "\(id)", "code.hash": "\(hash)"])
            case .failure(let rejection):
                contractLog.info("contract code refused", metadata: ["cluster.id": "\(id)", "reason": "\(rejection.reason)"])
            }
            clusters[id] = cluster
        case .deposit(let id, let account, let amount):
            clusters[id]?.deposit(amount, to: account)
        case .destroyCluster(let id):
            clusters[id] = nil
        case .removeWorker(let id, let worker) where worker == environment.identity.publicKeyBytes:
            clusters[id] = nil
        case .removeWorker:
            break
        }
    }

    /// Instantiates a contract in one of this worker's clusters and announces the keys of every
    /// contract the instantiation created, from the cluster origin.
    private mutating func apply(_ operation: ContractOperation, environment: DispatchEnvironment) throws(EnclaveError) {
        guard case .instantiateCode(let info, let transfer, let gasLimit, _) = operation, var cluster = clusters[info.clusterId]
        else { return }
        let services = environment.clusterServices.services(for: cluster)
        let outcome = cluster.instantiate(
            info, transfer: transfer, gasLimit: gasLimit, block: contractBlock, executor: services.executor)
        clusters[info.clusterId] = cluster
        guard outcome.instantiatedAddress != nil else {
            contractLog.info(
                "contract instantiation failed",
                metadata: ["cluster.id": "\(info.clusterId)", "reason": "\(outcome.failureDescription)"])
            return
        }
        for created in outcome.changes.instantiations {
            services.cache.setQuota(ClusterServices.defaultCacheQuota, for: created.address)
            let pubkey = cluster.contractKey(created.address).exposedValue.publicKey.fixedBytes
            let event = ContractRegistryEvent.pubkeyAvailable(
                contract: H256(created.address.raw), pubkey: pubkey, deployer: H256(created.deployer.raw))
            contractPublicKeys[H256(created.address.raw)] = pubkey
            try send(event, to: .contractRegistryEvent, from: .cluster(info.clusterId))
        }
    }

    /// Runs a pushed command in the cluster that holds `contract`; a failure is logged and changes nothing.
    private mutating func runCommand(
        _ payload: [UInt8], on contract: AccountId32, from sender: AccountId32, environment: DispatchEnvironment
    ) {
        guard let id = clusters.first(where: { $0.value.state.contract(at: contract) != nil })?.key,
            var cluster = clusters[id]
        else { return }
        guard let command = try? ContractCommand(scaleDecoding: payload) else {
            contractLog.info("a contract command does not decode", metadata: ["contract.id": "\(contract)"])
            return
        }
        let services = environment.clusterServices.services(for: cluster)
        let outcome = cluster.run(command, on: contract, origin: sender, block: contractBlock, executor: services.executor)
        clusters[id] = cluster
        applyCacheOperations(of: outcome, to: services.cache)
        if outcome.successData == nil {
            contractLog.info(
                "contract command failed", metadata: ["contract.id": "\(contract)", "reason": "\(outcome.failureDescription)"])
        }
    }
}

extension EnclaveState {
    /// Applies the cache operations a committed transaction recorded as pink events (pink-abi.md §5.4).
    func applyCacheOperations(of outcome: ExecutionOutcome, to cache: ContractCache) {
        for event in outcome.changes.events where event.topics == [PinkEvent.topic] {
            if case .cacheOperation(let operation)? = try? PinkEvent(scaleDecoding: event.data) {
                cache.apply(operation, for: event.contract)
            }
        }
    }
}

extension ExecutionOutcome {
    /// Why the execution did not succeed, for logs: the failure, or "reverted".
    var failureDescription: String {
        switch result {
        case .failure(let failure): failure.description
        case .success(let value): value.didRevert ? "reverted" : "succeeded"
        }
    }
}
