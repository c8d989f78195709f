import EnclaveAPI
import JSONRPC
import PhalaPrimitives
import Testing

@testable import WorkerHost

@Suite struct WorkerReportTests {
    static func status(finalized: BlockNumber = 10, registered: Bool = true) -> EnclaveStatus {
        EnclaveStatus(
            initialized: true,
            publicKey: FixedBytes(repeating: 0xAB),
            finalizedNumber: finalized,
            dispatchedNumber: finalized - 1,
            checkpointNumber: 5,
            registered: registered,
            initialScore: 150,
            gatekeeperRole: .active,
            masterPublicKey: nil,
            chainMasterPublicKey: nil,
            masterKeyCount: 0
        )
    }

    static func progress(node: BlockNumber?) -> RelayProgress.Snapshot {
        var snapshot = RelayProgress.Snapshot()
        snapshot.nodeConnected = true
        snapshot.nodeFinalizedNumber = node
        snapshot.startBlock = 4
        snapshot.resumedFromCheckpoint = true
        snapshot.blocksVerifiedSinceStart = 6
        snapshot.egressSubmitted = 3
        snapshot.blocksPerSecondThousandths = 1_500
        return snapshot
    }

    @Test func infoCarriesTheEnclaveStatusAndTheRelayProgress() {
        let info = WorkerReport.info(status: Self.status(), progress: Self.progress(node: 11))
        let text = String(decoding: info.serialized(), as: UTF8.self)
        #expect(text.contains("\"publicKey\":\"0x" + String(repeating: "ab", count: 32) + "\""))
        #expect(info["registered"] == .bool(true))
        #expect(info["gatekeeperRole"] == "active")
        #expect(info["finalizedNumber"] == 10)
        #expect(info["dispatchedNumber"] == 9)
        #expect(info["checkpointNumber"] == 5)
        #expect(info["initialScore"] == 150)
        #expect(info["masterPublicKey"] == .null)
        #expect(info["resumedFromCheckpoint"] == .bool(true))
        #expect(info["startBlock"] == 4)
        #expect(info["blocksVerifiedSinceStart"] == 6)
        #expect(info["nodeFinalizedNumber"] == 11)
        #expect(info["nodeConnected"] == .bool(true))
    }

    @Test func healthIsSyncedWithinTwoBlocksOfTheNodeAndReportsTheLagOtherwise() {
        let synced = WorkerReport.health(
            status: Self.status(finalized: 10),
            progress: Self.progress(node: 12),
            syncedLag: 2
        )
        #expect(synced.synced)
        #expect(synced.body["status"] == "synced")
        let behind = WorkerReport.health(
            status: Self.status(finalized: 10),
            progress: Self.progress(node: 13),
            syncedLag: 2
        )
        #expect(!behind.synced)
        #expect(behind.body["lag"] == 3)
        let unknown = WorkerReport.health(status: Self.status(), progress: Self.progress(node: nil), syncedLag: 2)
        #expect(!unknown.synced)
        var disconnected = Self.progress(node: 10)
        disconnected.nodeConnected = false
        let unreachable = WorkerReport.health(status: Self.status(finalized: 10), progress: disconnected, syncedLag: 2)
        #expect(!unreachable.synced)
        #expect(unreachable.body["status"] == "node unreachable")
    }

    @Test func metricsListEveryWorkerGaugeAndCounter() {
        let text = WorkerReport.metrics(status: Self.status(registered: false), progress: Self.progress(node: 11))
        let samples = text.split(separator: "\n").filter { !$0.hasPrefix("#") }
        #expect(samples.contains("phala_worker_finalized_block 10"))
        #expect(samples.contains("phala_worker_dispatched_block 9"))
        #expect(samples.contains("phala_worker_blocks_verified_total 6"))
        #expect(samples.contains("phala_worker_egress_submitted_total 3"))
        #expect(samples.contains("phala_worker_registered 0"))
        #expect(samples.contains("phala_worker_node_connected 1"))
        #expect(samples.contains("phala_worker_sync_blocks_per_second 1.500"))
        #expect(text.contains("# TYPE phala_worker_blocks_verified_total counter\n"))
    }
}
