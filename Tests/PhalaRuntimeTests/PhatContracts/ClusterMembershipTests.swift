import Messaging
import PalletPhatContracts
import PalletRegistry
import PhalaPrimitives
import PhalaRuntime
import RuntimeSupport
import SCALE
import Testing

/// `cluster_destroy`, `add_worker_to_cluster` and `remove_worker_from_cluster` through the runtime, on a
/// cluster Alice owns that the first worker runs (phala-facts.md §6.4).
@Suite struct ClusterMembershipTests {
    static let cluster = AddClusterTests.firstCluster
    static let first = GatekeeperTests.first.pubkey
    static let second = GatekeeperTests.second.pubkey

    static func add(_ worker: FixedBytes<32>, to cluster: H256 = cluster) -> RuntimeCall {
        .phatContracts(.addWorkerToCluster(workerPubkey: worker, clusterId: cluster))
    }

    static func remove(_ worker: FixedBytes<32>, from cluster: H256 = cluster) -> RuntimeCall {
        .phatContracts(.removeWorkerFromCluster(workerPubkey: worker, clusterId: cluster))
    }

    @Test func rootDestroysAClusterAndTellsItsWorkers() throws {
        var world = try InstantiateContractTests.build()
        try world.dispatch(.phatContracts(.clusterDestroy(cluster: Self.cluster)), as: .root)
        #expect(try PhatContracts.Storage.clusters.get(Self.cluster, in: &world.block.state) == nil)
        // As in Phala, the workers stay recorded at the destroyed cluster.
        #expect(try PhatContracts.Storage.clusterByWorkers.get(Self.first, in: &world.block.state) == Self.cluster)
        #expect(
            try InstantiateContractTests.published(&world, on: .clusterKey) == [
                ClusterOperation.destroyCluster(Self.cluster).scaleEncoded()
            ]
        )
        #expect(try ContractCallsTests.phatEvents(&world).last == .clusterDestroyed(cluster: Self.cluster))
    }

    @Test func badDestructionsFailWithoutChangingTheState() throws {
        var world = try InstantiateContractTests.build()
        try world.expectNoop(.badOrigin) { world throws(DispatchError) in
            try world.dispatch(
                .phatContracts(.clusterDestroy(cluster: Self.cluster)),
                as: .signed(AddClusterTests.owner)
            )
        }
        try world.expectNoop(AddClusterTests.error(.clusterNotFound)) { world throws(DispatchError) in
            try world.dispatch(.phatContracts(.clusterDestroy(cluster: .zero)), as: .root)
        }
        try world.dispatch(.phatContracts(.clusterDestroy(cluster: Self.cluster)), as: .root)
        try world.expectNoop(AddClusterTests.error(.clusterNotFound)) { world throws(DispatchError) in
            try world.dispatch(.phatContracts(.clusterDestroy(cluster: Self.cluster)), as: .root)
        }
    }

    @Test func theOwnerAddsAWorkerWithoutAnyMessage() throws {
        var world = try InstantiateContractTests.build()
        try world.dispatch(Self.add(Self.second), as: .signed(AddClusterTests.owner))
        #expect(try PhatContracts.Storage.clusterByWorkers.get(Self.second, in: &world.block.state) == Self.cluster)
        #expect(
            try PhatContracts.Storage.clusterWorkers.value(Self.cluster, in: &world.block.state) == [
                Self.first, Self.second,
            ]
        )
        #expect(
            try ContractCallsTests.phatEvents(&world).last
                == .workerAddedToCluster(worker: Self.second, cluster: Self.cluster)
        )
        #expect(try InstantiateContractTests.published(&world, on: .clusterKey).isEmpty)
    }

    @Test func badAdditionsFailWithoutChangingTheState() throws {
        var world = try InstantiateContractTests.build()
        let owner = AddClusterTests.owner
        try world.expectNoop(.badOrigin) { world throws(DispatchError) in
            try world.dispatch(Self.add(Self.second), as: .root)
        }
        try world.expectNoop(AddClusterTests.error(.clusterNotFound)) { world throws(DispatchError) in
            try world.dispatch(Self.add(Self.second, to: .zero), as: .signed(owner))
        }
        try world.expectNoop(AddClusterTests.error(.clusterPermissionDenied)) { world throws(DispatchError) in
            try world.dispatch(Self.add(Self.second), as: .signed(DevAccount.bob.id))
        }
        try world.expectNoop(AddClusterTests.error(.workerNotFound)) { world throws(DispatchError) in
            try world.dispatch(Self.add(ComputationWorld.unknownWorker), as: .signed(owner))
        }
        try world.expectNoop(AddClusterTests.error(.workerIsBusy)) { world throws(DispatchError) in
            try world.dispatch(Self.add(Self.first), as: .signed(owner))
        }
    }

    @Test func aRemovedWorkerIsToldAndCanNeverJoinAgain() throws {
        var world = try InstantiateContractTests.build()
        let owner = AddClusterTests.owner
        try world.dispatch(Self.remove(Self.first), as: .signed(owner))
        #expect(
            try PhatContracts.Storage.clusterByWorkers.get(Self.first, in: &world.block.state)
                == PhatContracts.removedWorkersCluster
        )
        #expect(try PhatContracts.Storage.clusterWorkers.value(Self.cluster, in: &world.block.state).isEmpty)
        #expect(
            try ContractCallsTests.phatEvents(&world).last
                == .workerRemovedFromCluster(worker: Self.first, cluster: Self.cluster)
        )
        #expect(
            try InstantiateContractTests.published(&world, on: .clusterKey) == [
                ClusterOperation.removeWorker(clusterId: Self.cluster, worker: Self.first).scaleEncoded()
            ]
        )
        try world.expectNoop(AddClusterTests.error(.workerIsBusy)) { world throws(DispatchError) in
            try world.dispatch(Self.add(Self.first), as: .signed(owner))
        }
        try world.expectNoop(AddClusterTests.error(.duplicatedDeployment)) { world throws(DispatchError) in
            try world.dispatch(AddClusterTests.addCluster([Self.first]), as: .root)
        }
    }

    @Test func badRemovalsFailWithoutChangingTheState() throws {
        var world = try InstantiateContractTests.build()
        let owner = AddClusterTests.owner
        try world.expectNoop(.badOrigin) { world throws(DispatchError) in
            try world.dispatch(Self.remove(Self.first), as: .root)
        }
        try world.expectNoop(AddClusterTests.error(.clusterNotFound)) { world throws(DispatchError) in
            try world.dispatch(Self.remove(Self.first, from: .zero), as: .signed(owner))
        }
        try world.expectNoop(AddClusterTests.error(.clusterPermissionDenied)) { world throws(DispatchError) in
            try world.dispatch(Self.remove(Self.first), as: .signed(DevAccount.bob.id))
        }
        try world.expectNoop(AddClusterTests.error(.workerNotFound)) { world throws(DispatchError) in
            try world.dispatch(Self.remove(Self.second), as: .signed(owner))
        }
    }
}
