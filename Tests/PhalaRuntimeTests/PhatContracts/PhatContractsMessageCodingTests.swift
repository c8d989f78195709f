import Messaging
import PalletPhatContracts
import PhalaPrimitives
import SCALE
import Testing

/// The SCALE layouts of the messages Phat Contracts sends and receives, written out byte by byte from
/// Phala's `#[derive(Encode)]` definitions (crates/phala-types/src/contract.rs `messaging` and
/// pallets/phala/src/phat.rs, phala-blockchain 654b1b6): a variant index byte, then the fields in
/// declaration order; `Vec<u8>` carries a compact length.
@Suite struct PhatContractsMessageCodingTests {
    static let cluster = H256(FixedBytes(repeating: 0x11))
    static let account = AccountId32(FixedBytes(repeating: 0x22))
    static let key = FixedBytes<32>(repeating: 0x33)

    static func bytes(_ byte: UInt8) -> [UInt8] { [UInt8](repeating: byte, count: 32) }

    @Test func clusterOperationsUsePhalasVariantIndices() {
        #expect(ClusterOperation.destroyCluster(Self.cluster).scaleEncoded() == [1] + Self.bytes(0x11))
        #expect(
            ClusterOperation.uploadResource(
                origin: Self.account,
                clusterId: Self.cluster,
                resourceType: .indeterministicInkCode,
                resourceData: [0xAA, 0xBB]
            ).scaleEncoded() == [2] + Self.bytes(0x22) + Self.bytes(0x11) + [2, 8, 0xAA, 0xBB]
        )
        #expect(
            ClusterOperation.deposit(clusterId: Self.cluster, account: Self.account, amount: 5).scaleEncoded()
                == [3] + Self.bytes(0x11) + Self.bytes(0x22) + [5] + [UInt8](repeating: 0, count: 15)
        )
        #expect(
            ClusterOperation.removeWorker(clusterId: Self.cluster, worker: Self.key).scaleEncoded()
                == [4] + Self.bytes(0x11) + Self.bytes(0x33)
        )
    }

    @Test func clusterOperationsRoundTripAndTheGatekeepersDispatchKeysIsUnknown() throws {
        let operations: [ClusterOperation] = [
            .destroyCluster(Self.cluster),
            .uploadResource(
                origin: Self.account,
                clusterId: Self.cluster,
                resourceType: .sidevmCode,
                resourceData: [1]
            ),
            .deposit(clusterId: Self.cluster, account: Self.account, amount: 7),
            .removeWorker(clusterId: Self.cluster, worker: Self.key),
        ]
        for operation in operations {
            #expect(try ClusterOperation(scaleDecoding: operation.scaleEncoded()) == operation)
        }
        #expect(throws: ScaleDecodingError.self) { try ClusterOperation(scaleDecoding: [0]) }
    }

    @Test func resourceTypesAreOneByteAndTheirLimitsAreTwoAndEightMebibytes() throws {
        #expect(ResourceType.allCases.map { $0.scaleEncoded() } == [[0], [1], [2]])
        #expect(throws: ScaleDecodingError.self) { try ResourceType(scaleDecoding: [3]) }
        #expect(ResourceType.inkCode.sizeLimit == 2 * 1024 * 1024)
        #expect(ResourceType.indeterministicInkCode.sizeLimit == 2 * 1024 * 1024)
        #expect(ResourceType.sidevmCode.sizeLimit == 8 * 1024 * 1024)
    }

    @Test func workerReportsAndRegistryEventsUsePhalasLayouts() throws {
        let deployed = WorkerClusterReport.clusterDeployed(id: Self.cluster, pubkey: Self.key)
        #expect(deployed.scaleEncoded() == [0] + Self.bytes(0x11) + Self.bytes(0x33))
        let failed = WorkerClusterReport.clusterDeploymentFailed(id: Self.cluster)
        #expect(failed.scaleEncoded() == [1] + Self.bytes(0x11))
        let clusterKey = ClusterRegistryEvent.pubkeyAvailable(cluster: Self.cluster, pubkey: Self.key)
        #expect(clusterKey.scaleEncoded() == [0] + Self.bytes(0x11) + Self.bytes(0x33))
        let contractKey = ContractRegistryEvent.pubkeyAvailable(
            contract: H256(FixedBytes(repeating: 0x44)),
            pubkey: Self.key,
            deployer: H256(Self.account.raw)
        )
        #expect(contractKey.scaleEncoded() == [0] + Self.bytes(0x44) + Self.bytes(0x33) + Self.bytes(0x22))
        for report in [deployed, failed] {
            #expect(try WorkerClusterReport(scaleDecoding: report.scaleEncoded()) == report)
        }
        #expect(try ClusterRegistryEvent(scaleDecoding: clusterKey.scaleEncoded()) == clusterKey)
        #expect(try ContractRegistryEvent(scaleDecoding: contractKey.scaleEncoded()) == contractKey)
        #expect(throws: ScaleDecodingError.self) { try WorkerClusterReport(scaleDecoding: [2]) }
        #expect(throws: ScaleDecodingError.self) { try ClusterRegistryEvent(scaleDecoding: [1]) }
        #expect(throws: ScaleDecodingError.self) { try ContractRegistryEvent(scaleDecoding: [1]) }
    }
}
