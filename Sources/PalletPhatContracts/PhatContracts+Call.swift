import Messaging
import PhalaCrypto
public import PhalaPrimitives
public import RuntimeSupport
public import SCALE

extension PhatContracts {
    /// The pallet's calls at Phala's `PhalaPhatContracts` call indices (1, 3, 5 and 7 are not
    /// implemented yet and decode as unknown).
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
        /// Index 2, `transfer_to_cluster{amount, cluster_id, dest_account}` (signed): move PHA into a
        /// cluster, credited to `destAccount` there.
        case transferToCluster(amount: Balance, clusterId: H256, destAccount: AccountId32)
        /// Index 4, `instantiate_contract{code_index, data, salt, cluster_id, transfer, gas_limit,
        /// storage_deposit_limit, deposit}` (signed): ask the cluster's workers to instantiate a contract,
        /// first moving `deposit` into the cluster for the deployer.
        case instantiateContract(
            codeIndex: CodeIndex,
            data: [UInt8],
            salt: [UInt8],
            clusterId: H256,
            transfer: Balance,
            gasLimit: UInt64,
            storageDepositLimit: Balance?,
            deposit: Balance
        )
        /// Index 6, `set_pink_system_code{code}` (root): the system contract code of new clusters.
        case setPinkSystemCode(code: [UInt8])

        /// The call's name in metadata.
        public var name: String {
            switch self {
            case .addCluster: "add_cluster"
            case .transferToCluster: "transfer_to_cluster"
            case .instantiateContract: "instantiate_contract"
            case .setPinkSystemCode: "set_pink_system_code"
            }
        }

        /// The call's index.
        public var index: UInt8 {
            switch self {
            case .addCluster: 0
            case .transferToCluster: 2
            case .instantiateContract: 4
            case .setPinkSystemCode: 6
            }
        }

        /// Governance calls are operational; the users' calls are normal.
        public var dispatchInfo: DispatchInfo {
            switch self {
            case .addCluster, .setPinkSystemCode:
                DispatchInfo(weight: Weight(refTime: 50_000_000, proofSize: 4_000), dispatchClass: .operational)
            case .transferToCluster, .instantiateContract:
                DispatchInfo(weight: Weight(refTime: 50_000_000, proofSize: 4_000))
            }
        }
    }

    /// Dispatches one of the pallet's calls.
    ///
    /// Failure conditions: `add_cluster` and `set_pink_system_code` from any origin but root, the other
    /// two unsigned — `.badOrigin`; `add_cluster` with no worker —
    /// `NoWorkerSpecified`, with an unregistered worker — `WorkerNotFound`, with a worker already in a
    /// cluster or listed twice — `DuplicatedDeployment`, before any system code — `NoPinkSystemCode`,
    /// when the owner cannot pay the deposit and stay alive — Balances' error; `set_pink_system_code`
    /// with more than `inkCodeSizeLimit` bytes — `PayloadTooLarge`; `transfer_to_cluster` beyond the
    /// sender's free balance — Balances' error; `instantiate_contract` in an unknown cluster —
    /// `ClusterNotFound`, by an account the cluster's permission excludes — `ClusterPermissionDenied`,
    /// for a contract id already taken — `DuplicatedContract`, with a deposit the sender cannot pay —
    /// Balances' error.
    /// - Parameters:
    ///   - call: the call.
    ///   - origin: who makes it.
    ///   - state: the block's state.
    /// - Throws: `DispatchError` as listed above.
    public func dispatch(_ call: Call, origin: Origin, in state: inout Overlay) throws(DispatchError) {
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
            try origin.ensureRoot()
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
        case .transferToCluster(let amount, let cluster, let account):
            try transferToCluster(amount, from: try origin.ensureSigned(), cluster: cluster, to: account, in: &state)
        case .instantiateContract(
            let code,
            let data,
            let salt,
            let cluster,
            let transfer,
            let gas,
            let limit,
            let deposit
        ):
            let deployer = try origin.ensureSigned()
            guard let info = try Storage.clusters.get(cluster, in: &state) else {
                throw dispatchError(Error.clusterNotFound)
            }
            guard info.permission.allows(deployer) else { throw dispatchError(Error.clusterPermissionDenied) }
            if deposit > .zero {
                try transferToCluster(deposit, from: deployer, cluster: cluster, to: deployer, in: &state)
            }
            let contract = ContractInfo(
                deployer: deployer,
                codeIndex: code,
                salt: salt,
                clusterId: cluster,
                instantiateData: data
            )
            let id = Self.contractId(deployer: deployer, codeHash: code.codeHash, cluster: cluster, salt: salt)
            guard try !Storage.contracts.contains(id, in: &state) else { throw dispatchError(Error.duplicatedContract) }
            Storage.contracts.insert(BasicContractInfo(deployer: deployer, cluster: cluster), for: id, in: &state)
            let operation = ContractOperation.instantiateCode(
                contractInfo: contract,
                transfer: transfer.planck,
                gasLimit: gas,
                storageDepositLimit: limit?.planck
            )
            try messages.publish(operation.scaleEncoded(), to: .contractOperation, in: &state)
            try self.deposit(.instantiating(contract: id, cluster: cluster, deployer: deployer), in: &state)
        case .setPinkSystemCode(let code):
            try origin.ensureRoot()
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

extension PhatContracts {
    /// `transfer_to_cluster`: `amount` from `sender` to the cluster account (keep-alive), announced to
    /// the workers as `ClusterOperation.deposit` on `phala/cluster/key`, then `Transfered`.
    func transferToCluster(
        _ amount: Balance,
        from sender: AccountId32,
        cluster: H256,
        to account: AccountId32,
        in state: inout Overlay
    ) throws(DispatchError) {
        if amount > .zero {
            try currency.withdraw(amount, from: sender, keepAlive: true, in: &state)
            try currency.deposit(amount, into: Self.clusterAccount(cluster), in: &state)
        }
        let operation = ClusterOperation.deposit(clusterId: cluster, account: account, amount: amount.planck)
        try messages.publish(operation.scaleEncoded(), to: .clusterKey, in: &state)
        try deposit(.transfered(cluster: cluster, account: H256(account.raw), amount: amount), in: &state)
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
        case .transferToCluster(let amount, let cluster, let account): encoder.encode(tuple: amount, cluster, account)
        case .instantiateContract(
            let code,
            let data,
            let salt,
            let cluster,
            let transfer,
            let gas,
            let limit,
            let deposit
        ):
            encoder.encode(tuple: code, data, salt, cluster)
            encoder.encode(tuple: transfer, gas, limit, deposit)
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
        case 2:
            self = .transferToCluster(
                amount: try decoder.decode(),
                clusterId: try decoder.decode(),
                destAccount: try decoder.decode()
            )
        case 4:
            self = .instantiateContract(
                codeIndex: try decoder.decode(),
                data: try decoder.decode(),
                salt: try decoder.decode(),
                clusterId: try decoder.decode(),
                transfer: try decoder.decode(),
                gasLimit: try decoder.decode(),
                storageDepositLimit: try decoder.decode(),
                deposit: try decoder.decode()
            )
        case 6: self = .setPinkSystemCode(code: try decoder.decode())
        default: throw decoder.unknownVariant(variant, of: PhatContracts.Call.self)
        }
    }
}
