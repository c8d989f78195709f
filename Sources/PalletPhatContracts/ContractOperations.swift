public import PhalaPrimitives
public import SCALE

/// Which code a contract instantiates (Phala's `CodeIndex<H256>`; only `WasmCode`, index 0, exists).
public enum CodeIndex: Sendable, Hashable, ScaleCodable {
    /// Index 0: uploaded Wasm code, by its blake2-256 hash.
    case wasmCode(H256)

    /// The code hash bytes the contract id is derived from.
    public var codeHash: [UInt8] {
        switch self {
        case .wasmCode(let hash): hash.raw.bytes
        }
    }

    /// Appends index 0 and the hash.
    public func encode(to encoder: inout ScaleEncoder) {
        switch self {
        case .wasmCode(let hash):
            encoder.encode(variantIndex: 0)
            encoder.encode(hash)
        }
    }

    /// Reads a code index; other indices are `.unknownVariant`.
    public init(from decoder: inout ScaleDecoder) throws(ScaleDecodingError) {
        let variant = try decoder.decodeVariantIndex()
        guard variant == 0 else { throw decoder.unknownVariant(variant, of: CodeIndex.self) }
        self = .wasmCode(try decoder.decode())
    }
}

/// What the chain tells a cluster's workers on `phala/contract/op` (Phala's `ContractOperation`).
public enum ContractOperation: Sendable, Hashable, ScaleCodable {
    /// Index 0, `InstantiateCode{contract_info, transfer, gas_limit, storage_deposit_limit}`.
    case instantiateCode(
        contractInfo: ContractInfo,
        transfer: UInt128,
        gasLimit: UInt64,
        storageDepositLimit: UInt128?
    )

    /// Appends the variant index and the fields.
    public func encode(to encoder: inout ScaleEncoder) {
        switch self {
        case .instantiateCode(let info, let transfer, let gasLimit, let limit):
            encoder.encode(variantIndex: 0)
            encoder.encode(tuple: info, transfer, gasLimit, limit)
        }
    }

    /// Reads an operation; other indices are `.unknownVariant`.
    public init(from decoder: inout ScaleDecoder) throws(ScaleDecodingError) {
        let variant = try decoder.decodeVariantIndex()
        guard variant == 0 else { throw decoder.unknownVariant(variant, of: ContractOperation.self) }
        self = .instantiateCode(
            contractInfo: try decoder.decode(),
            transfer: try decoder.decode(),
            gasLimit: try decoder.decode(),
            storageDepositLimit: try decoder.decode()
        )
    }
}

/// A contract instantiation request (Phala's `ContractInfo<H256, AccountId32>`).
public struct ContractInfo: Sendable, Hashable, ScaleCodable {
    /// Who deploys it.
    public var deployer: AccountId32
    /// The code it runs.
    public var codeIndex: CodeIndex
    /// The deployer's salt.
    public var salt: [UInt8]
    /// The cluster it lives in.
    public var clusterId: H256
    /// The constructor selector and arguments.
    public var instantiateData: [UInt8]

    /// Sets every field.
    /// - Parameters:
    ///   - deployer: the deployer.
    ///   - codeIndex: the code.
    ///   - salt: the salt.
    ///   - clusterId: the cluster.
    ///   - instantiateData: the constructor input.
    public init(deployer: AccountId32, codeIndex: CodeIndex, salt: [UInt8], clusterId: H256, instantiateData: [UInt8]) {
        self.deployer = deployer
        self.codeIndex = codeIndex
        self.salt = salt
        self.clusterId = clusterId
        self.instantiateData = instantiateData
    }

    /// Appends the fields in Phala's order.
    public func encode(to encoder: inout ScaleEncoder) {
        encoder.encode(tuple: deployer, codeIndex, salt, clusterId, instantiateData)
    }

    /// Reads the fields in Phala's order.
    public init(from decoder: inout ScaleDecoder) throws(ScaleDecodingError) {
        self.init(
            deployer: try decoder.decode(),
            codeIndex: try decoder.decode(),
            salt: try decoder.decode(),
            clusterId: try decoder.decode(),
            instantiateData: try decoder.decode()
        )
    }
}

/// A contract's record in `Contracts` (Phala's `BasicContractInfo`).
public struct BasicContractInfo: Sendable, Hashable, ScaleCodable {
    /// Who deployed it.
    public var deployer: AccountId32
    /// Its cluster.
    public var cluster: H256

    /// Sets both fields.
    /// - Parameters:
    ///   - deployer: the deployer.
    ///   - cluster: the cluster.
    public init(deployer: AccountId32, cluster: H256) {
        self.deployer = deployer
        self.cluster = cluster
    }

    /// Appends `deployer ‖ cluster`.
    public func encode(to encoder: inout ScaleEncoder) {
        encoder.encode(tuple: deployer, cluster)
    }

    /// Reads `deployer ‖ cluster`.
    public init(from decoder: inout ScaleDecoder) throws(ScaleDecodingError) {
        self.init(deployer: try decoder.decode(), cluster: try decoder.decode())
    }
}
