public import EnclaveAPI
public import JSONRPC
import PhalaPrimitives

/// The bodies of the worker's HTTP API, built from the enclave's status and the relay's progress.
///
/// Pure functions, so the documents are pinned by tests without a server or an enclave.
public enum WorkerReport {
    /// The `/info` document: one JSON object, members in a fixed order.
    /// - Parameters:
    ///   - status: the enclave's status.
    ///   - progress: the relay's counters.
    /// - Returns: the object; absent values are `null`.
    public static func info(status: EnclaveStatus, progress: RelayProgress.Snapshot) -> JSONValue {
        [
            "publicKey": status.publicKey.map { .string($0.description) } ?? .null,
            "initialized": .bool(status.initialized),
            "registered": .bool(status.registered),
            "gatekeeperRole": .string(roleName(status.gatekeeperRole)),
            "finalizedNumber": number(status.finalizedNumber),
            "dispatchedNumber": number(status.dispatchedNumber),
            "checkpointNumber": number(status.checkpointNumber),
            "initialScore": status.initialScore.map(number) ?? .null,
            "masterPublicKey": status.masterPublicKey.map { .string($0.description) } ?? .null,
            "nodeConnected": .bool(progress.nodeConnected),
            "nodeFinalizedNumber": progress.nodeFinalizedNumber.map(number) ?? .null,
            "resumedFromCheckpoint": progress.resumedFromCheckpoint.map(JSONValue.bool) ?? .null,
            "startBlock": progress.startBlock.map(number) ?? .null,
            "blocksVerifiedSinceStart": number(progress.blocksVerifiedSinceStart),
            "computing": computing(status.computing),
        ]
    }

    /// The `computing` member of `/info`: the enclave's view of its session (state `none`, `computing`
    /// or `paused`; V and P_instant as decimal PHA strings, absent values `null`).
    /// - Parameter status: the enclave's computing status.
    /// - Returns: the object.
    public static func computing(_ status: ComputingStatus) -> JSONValue {
        let state: String =
            switch status.state {
            case .none: "none"
            case .computing: "computing"
            case .paused: "paused"
            }
        return [
            "state": .string(state),
            "sessionID": status.sessionID.map(number) ?? .null,
            "heartbeatsSent": number(status.heartbeatsSent),
            "lastChallengeBlock": status.lastChallengeBlock.map(number) ?? .null,
            "v": status.v.map { .string($0.description) } ?? .null,
            "pInstant": status.pInstant.map { .string($0.description) } ?? .null,
            "unresponsive": .bool(status.unresponsive),
            "owedHeartbeats": number(status.owedHeartbeats),
        ]
    }

    /// The `/health` verdict and body: synced when the relay is connected to the node and the enclave's
    /// finalized block is at most `syncedLag` behind the node's finalized head.
    /// - Parameters:
    ///   - status: the enclave's status.
    ///   - progress: the relay's counters (for the node's finalized head).
    ///   - syncedLag: the largest lag still called synced.
    /// - Returns: whether it is synced (200) or not (503), and the JSON body with the lag.
    public static func health(status: EnclaveStatus, progress: RelayProgress.Snapshot, syncedLag: UInt32)
        -> (synced: Bool, body: JSONValue)
    {
        guard progress.nodeConnected else {
            return (false, ["status": "node unreachable", "finalizedNumber": number(status.finalizedNumber)])
        }
        guard status.initialized, let node = progress.nodeFinalizedNumber else {
            return (false, ["status": "starting", "finalizedNumber": number(status.finalizedNumber)])
        }
        let lag = node > status.finalizedNumber ? node - status.finalizedNumber : 0
        let body: JSONValue = [
            "status": lag <= syncedLag ? "synced" : "syncing",
            "finalizedNumber": number(status.finalizedNumber),
            "nodeFinalizedNumber": number(node),
            "lag": number(lag),
        ]
        return (lag <= syncedLag, body)
    }

    /// The `/metrics` text in Prometheus' format.
    /// - Parameters:
    ///   - status: the enclave's status.
    ///   - progress: the relay's counters.
    /// - Returns: the exposition text.
    public static func metrics(status: EnclaveStatus, progress: RelayProgress.Snapshot) -> String {
        var text = MetricsText()
        text.append(
            "phala_worker_finalized_block",
            .gauge,
            help: "Newest finalized block the enclave verified.",
            value: status.finalizedNumber
        )
        text.append(
            "phala_worker_dispatched_block",
            .gauge,
            help: "Last block whose changes the enclave dispatched.",
            value: status.dispatchedNumber
        )
        text.append(
            "phala_worker_checkpoint_block",
            .gauge,
            help: "Block of the enclave's last sealed checkpoint.",
            value: status.checkpointNumber
        )
        text.append(
            "phala_worker_node_finalized_block",
            .gauge,
            help: "The node's finalized block, as last seen.",
            value: progress.nodeFinalizedNumber ?? 0
        )
        text.append(
            "phala_worker_node_connected",
            .gauge,
            help: "1 while the relay is connected to the node.",
            value: progress.nodeConnected ? 1 : 0
        )
        text.append(
            "phala_worker_blocks_verified_total",
            .counter,
            help: "Headers the enclave verified since start.",
            value: progress.blocksVerifiedSinceStart
        )
        text.append(
            "phala_worker_blocks_dispatched_total",
            .counter,
            help: "Blocks the enclave dispatched since start.",
            value: progress.blocksDispatchedSinceStart
        )
        text.append(
            "phala_worker_egress_submitted_total",
            .counter,
            help: "Egress messages the node accepted since start.",
            value: progress.egressSubmitted
        )
        text.append(
            "phala_worker_registrations_submitted_total",
            .counter,
            help: "Registration extrinsics submitted since start.",
            value: progress.registrationsSubmitted
        )
        text.append(
            "phala_worker_enclave_errors_total",
            .counter,
            help: "Requests the enclave refused since start.",
            value: progress.enclaveErrors
        )
        text.append(
            "phala_worker_registered",
            .gauge,
            help: "1 when the chain registered this worker.",
            value: status.registered ? 1 : 0
        )
        text.append(
            "phala_worker_sync_blocks_per_second",
            .gauge,
            help: "Verified blocks per second, recent rate.",
            value: MetricsText.decimal(thousandths: progress.blocksPerSecondThousandths)
        )
        return text.text
    }

    /// The gatekeeper role's name in `/info`: `none`, `silent` or `active`.
    static func roleName(_ role: GatekeeperRole) -> String {
        switch role {
        case .none: "none"
        case .silent: "silent"
        case .active: "active"
        }
    }

    private static func number(_ value: some BinaryInteger) -> JSONValue {
        .integer(Int64(clamping: value))
    }
}
