import PhalaPrimitives
public import SCALE

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
        case .clusterUploadResource(let cluster, let type, let data): encoder.encode(tuple: cluster, type, data)
        case .transferToCluster(let amount, let cluster, let account): encoder.encode(tuple: amount, cluster, account)
        case .pushContractMessage(let contract, let payload, let deposit):
            encoder.encode(tuple: contract, payload, deposit)
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
        case .clusterDestroy(let cluster): encoder.encode(cluster)
        case .setPinkSystemCode(let code): encoder.encode(code)
        case .setPinkRuntimeVersion(let version): encoder.encode(version)
        case .addWorkerToCluster(let worker, let cluster), .removeWorkerFromCluster(let worker, let cluster):
            encoder.encode(tuple: worker, cluster)
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
        case 1:
            self = .clusterUploadResource(
                clusterId: try decoder.decode(),
                resourceType: try decoder.decode(),
                resourceData: try decoder.decode()
            )
        case 2:
            self = .transferToCluster(
                amount: try decoder.decode(),
                clusterId: try decoder.decode(),
                destAccount: try decoder.decode()
            )
        case 3:
            self = .pushContractMessage(
                contractId: try decoder.decode(),
                payload: try decoder.decode(),
                deposit: try decoder.decode()
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
        case 5: self = .clusterDestroy(cluster: try decoder.decode())
        case 6: self = .setPinkSystemCode(code: try decoder.decode())
        case 7: self = .setPinkRuntimeVersion(version: try decoder.decode())
        case 8: self = .addWorkerToCluster(workerPubkey: try decoder.decode(), clusterId: try decoder.decode())
        case 9: self = .removeWorkerFromCluster(workerPubkey: try decoder.decode(), clusterId: try decoder.decode())
        default: throw decoder.unknownVariant(variant, of: PhatContracts.Call.self)
        }
    }
}
