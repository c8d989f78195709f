import Messaging
import PhalaCrypto
public import PhalaPrimitives
public import RuntimeSupport
public import SCALE

extension PhatContracts {
    /// The pallet's calls at Phala's `PhalaPhatContracts` call indices (1–5 and 7 are not implemented
    /// yet and decode as unknown).
    public enum Call: PalletCall {
        /// Index 0, `add_cluster{owner, permission, deploy_workers, deposit, gas_price, deposit_per_item,
        /// deposit_per_byte, treasury_account}` (root): create a cluster run by `deployWorkers`.
        case addCluster(
            owner: AccountId32,
            permission: ClusterPermission,
            deployWorkers: [FixedBytes<32>],
            deposit: Balance,
            gasPrice: Balance,
            depositPerItem: Balance,
            depositPerByte: Balance,
            treasuryAccount: AccountId32
        )
        /// Index 6, `set_pink_system_code{code}` (root): the system contract code of new clusters.
        case setPinkSystemCode(code: [UInt8])

        /// The call's name in metadata.
        public var name: String {
            switch self {
            case .addCluster: "add_cluster"
            case .setPinkSystemCode: "set_pink_system_code"
            }
        }

        /// The call's index.
        public var index: UInt8 {
            switch self {
            case .addCluster: 0
            case .setPinkSystemCode: 6
            }
        }

        /// Both are governance calls: operational.
        public var dispatchInfo: DispatchInfo {
            DispatchInfo(weight: Weight(refTime: 50_000_000, proofSize: 4_000), dispatchClass: .operational)
        }
    }

    /// Dispatches one of the pallet's calls.
    ///
    /// Failure conditions: any origin but root — `.badOrigin`; `add_cluster` with no worker —
    /// `NoWorkerSpecified`, with an unregistered worker — `WorkerNotFound`, with a worker already in a
    /// cluster or listed twice — `DuplicatedDeployment`, before any system code — `NoPinkSystemCode`,
    /// when the owner cannot pay the deposit and stay alive — Balances' error; `set_pink_system_code`
    /// with more than `inkCodeSizeLimit` bytes — `PayloadTooLarge`.
    /// - Parameters:
    ///   - call: the call.
    ///   - origin: who makes it.
    ///   - state: the block's state.
    /// - Throws: `DispatchError` as listed above.
    public func dispatch(_ call: Call, origin: Origin, in state: inout Overlay) throws(DispatchError) {
        try origin.ensureRoot()
        switch call {
        case .addCluster(
            let owner,
            let permission,
            let deployWorkers,
            let deposit,
            let gasPrice,
            let depositPerItem,
            let depositPerByte,
            let treasuryAccount
        ):
            try addCluster(
                ClusterInfo(
                    owner: owner,
                    permission: permission,
                    systemContract: H256(.zero),
                    gasPrice: gasPrice.planck,
                    depositPerItem: depositPerItem.planck,
                    depositPerByte: depositPerByte.planck
                ),
                workers: deployWorkers,
                deposit: deposit,
                treasuryAccount: treasuryAccount,
                in: &state
            )
        case .setPinkSystemCode(let code):
            guard code.count <= Self.inkCodeSizeLimit else { throw dispatchError(Error.payloadTooLarge) }
            let version = try Storage.pinkSystemCode.value(in: &state).version
            Storage.pinkSystemCode.set(PinkSystemCode(version: version &+ 1, code: code), in: &state)
            Storage.pinkSystemCodeHash.set(H256(FixedBytes(known: Hashing.blake2_256(code))), in: &state)
        }
    }

    /// `add_cluster` after the origin check: `cluster` carries everything but the system contract.
    private func addCluster(
        _ cluster: ClusterInfo,
        workers pubkeys: [FixedBytes<32>],
        deposit: Balance,
        treasuryAccount: AccountId32,
        in state: inout Overlay
    ) throws(DispatchError) {
        guard !pubkeys.isEmpty else { throw dispatchError(Error.noWorkerSpecified) }
        var identities: [WorkerIdentity] = []
        for (position, pubkey) in pubkeys.enumerated() {
            guard let identity = try workers.identity(of: pubkey, in: &state) else {
                throw dispatchError(Error.workerNotFound)
            }
            guard try !Storage.clusterByWorkers.contains(pubkey, in: &state), !pubkeys[..<position].contains(pubkey)
            else { throw dispatchError(Error.duplicatedDeployment) }
            identities.append(identity)
        }
        guard let codeHash = try Storage.pinkSystemCodeHash.get(in: &state) else {
            throw dispatchError(Error.noPinkSystemCode)
        }
        let counter = try Storage.clusterCounter.value(in: &state) + 1
        Storage.clusterCounter.set(counter, in: &state)
        let id = H256(FixedBytes(known: [UInt8](repeating: 0, count: 24) + counter.bigEndianBytes))
        var info = cluster
        info.systemContract = Self.contractId(deployer: info.owner, codeHash: codeHash.raw.bytes, cluster: id, salt: [])
        Storage.clusters.insert(info, for: id, in: &state)
        Storage.clusterWorkers.insert(pubkeys, for: id, in: &state)
        for pubkey in pubkeys { Storage.clusterByWorkers.insert(id, for: pubkey, in: &state) }
        try self.deposit(.clusterCreated(cluster: id, systemContract: info.systemContract), in: &state)
        if deposit > .zero {
            try currency.withdraw(deposit, from: info.owner, keepAlive: true, in: &state)
            try currency.deposit(deposit, into: Self.clusterAccount(id), in: &state)
        }
        let event = ClusterEvent.DeployCluster(
            owner: info.owner,
            cluster: id,
            workers: identities,
            deposit: deposit.planck,
            gasPrice: info.gasPrice,
            depositPerItem: info.depositPerItem,
            depositPerByte: info.depositPerByte,
            treasuryAccount: treasuryAccount
        )
        try messages.publish(ClusterEvent.deployCluster(event).scaleEncoded(), to: .clusterEvent, in: &state)
    }
}

extension UInt64 {
    /// The eight bytes, most significant first (Phala's `H256::from_low_u64_be`).
    fileprivate var bigEndianBytes: [UInt8] { (0..<8).reversed().map { UInt8(truncatingIfNeeded: self >> ($0 * 8)) } }
}

extension PhatContracts.Call: ScaleCodable {
    /// Appends the call index and the arguments.
    public func encode(to encoder: inout ScaleEncoder) {
        encoder.encode(variantIndex: index)
        switch self {
        case .addCluster(
            let owner,
            let permission,
            let workers,
            let deposit,
            let gasPrice,
            let perItem,
            let perByte,
            let treasury
        ):
            encoder.encode(tuple: owner, permission, workers, deposit)
            encoder.encode(tuple: gasPrice, perItem, perByte, treasury)
        case .setPinkSystemCode(let code): encoder.encode(code)
        }
    }

    /// Reads one call; unknown indices are `.unknownVariant`.
    public init(from decoder: inout ScaleDecoder) throws(ScaleDecodingError) {
        let variant = try decoder.decodeVariantIndex()
        switch variant {
        case 0:
            self = .addCluster(
                owner: try decoder.decode(),
                permission: try decoder.decode(),
                deployWorkers: try decoder.decode(),
                deposit: try decoder.decode(),
                gasPrice: try decoder.decode(),
                depositPerItem: try decoder.decode(),
                depositPerByte: try decoder.decode(),
                treasuryAccount: try decoder.decode()
            )
        case 6: self = .setPinkSystemCode(code: try decoder.decode())
        default: throw decoder.unknownVariant(variant, of: PhatContracts.Call.self)
        }
    }
}
