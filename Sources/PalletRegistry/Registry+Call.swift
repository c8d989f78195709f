import Messaging
public import Attestation
import PhalaCrypto
public import PhalaPrimitives
public import RuntimeSupport
public import SCALE

extension Registry {
    /// Registry's calls, at Phala's `PhalaRegistry` call indices.
    public enum Call: PalletCall {
        /// Index 3, `register_gatekeeper{gatekeeper}` (root): appoint a registered worker as gatekeeper.
        case registerGatekeeper(gatekeeper: FixedBytes<32>)
        /// Index 4, `unregister_gatekeeper{gatekeeper}` (root): remove a gatekeeper, never the last one.
        case unregisterGatekeeper(gatekeeper: FixedBytes<32>)
        /// Index 5, `rotate_master_key` (root): ask the gatekeepers for a new master key.
        case rotateMasterKey
        /// Index 100 (ours; Phala has no software TEE), `set_software_tee_enabled{enabled}` (root): accept
        /// or refuse software TEE attestations from now on. Registered workers stay registered.
        case setSoftwareTEEEnabled(enabled: Bool)
        /// Index 101 (ours; Phala fixes its providers in the runtime), `set_dcap_enabled{enabled}` (root):
        /// accept or refuse Intel DCAP quotes from now on. Registered workers stay registered.
        case setDcapEnabled(enabled: Bool)
        /// Index 7, `register_worker_v2{pruntime_info, attestation}` (any signed account): register or
        /// re-register the worker `pruntime_info` describes.
        case registerWorkerV2(pruntimeInfo: WorkerRegistrationInfo, attestation: AttestationReport?)
        /// Index 8, `update_worker_endpoint{endpoint_payload, signature}` (any signed account): store a
        /// registered worker's endpoints, signed by the worker within 4 hours.
        case updateWorkerEndpoint(endpointPayload: WorkerEndpointPayload, signature: [UInt8])
        /// Index 9, `add_pruntime{pruntime_hash}` (root): allow a pRuntime measurement.
        case addPRuntime(pruntimeHash: [UInt8])
        /// Index 10, `remove_pruntime{pruntime_hash}` (root): stop allowing a pRuntime measurement.
        case removePRuntime(pruntimeHash: [UInt8])

        /// The call's name in metadata.
        public var name: String {
            switch self {
            case .registerGatekeeper: "register_gatekeeper"
            case .unregisterGatekeeper: "unregister_gatekeeper"
            case .rotateMasterKey: "rotate_master_key"
            case .setSoftwareTEEEnabled: "set_software_tee_enabled"
            case .setDcapEnabled: "set_dcap_enabled"
            case .registerWorkerV2: "register_worker_v2"
            case .updateWorkerEndpoint: "update_worker_endpoint"
            case .addPRuntime: "add_pruntime"
            case .removePRuntime: "remove_pruntime"
            }
        }

        /// Registration verifies a signature and writes one record; governance calls are operational.
        public var dispatchInfo: DispatchInfo {
            switch self {
            case .registerWorkerV2, .updateWorkerEndpoint:
                DispatchInfo(weight: Weight(refTime: 100_000_000, proofSize: 4_000))
            case .registerGatekeeper, .unregisterGatekeeper, .rotateMasterKey, .addPRuntime, .removePRuntime,
                .setSoftwareTEEEnabled, .setDcapEnabled:
                DispatchInfo(weight: Weight(refTime: 10_000_000, proofSize: 2_000), dispatchClass: .operational)
            }
        }
    }

    /// Dispatches one of Registry's calls.
    ///
    /// Failure conditions: `register_worker_v2` unsigned — `.badOrigin`; the attestation refused —
    /// the `Error` case matching `AttestationError` (see `error(for:)`); a measurement off the allow-list —
    /// `PRuntimeRejected`. Governance calls from another origin — `.badOrigin`; gatekeeper changes and
    /// rotations during a rotation — `MasterKeyInRotation`; `register_gatekeeper` of an unknown worker —
    /// `WorkerNotFound`, twice — `GatekeeperAlreadyRegistered`, with gatekeepers but no master key —
    /// `MasterKeyUninitialized`; `unregister_gatekeeper` of a non-gatekeeper — `InvalidGatekeeper`, of the
    /// last one — `CannotRemoveLastGatekeeper`; allow-list duplicates and misses —
    /// `PRuntimeAlreadyExists`/`PRuntimeNotFound`.
    /// - Parameters:
    ///   - call: the call.
    ///   - origin: who makes it.
    ///   - state: the block's state.
    /// - Throws: `DispatchError` as listed above.
    public func dispatch(_ call: Call, origin: Origin, in state: inout Overlay) throws(DispatchError) {
        switch call {
        case .registerWorkerV2(let info, let attestation):
            _ = try origin.ensureSigned()
            try registerWorker(info, attestation: attestation, in: &state)
        case .updateWorkerEndpoint(let payload, let signature):
            _ = try origin.ensureSigned()
            try updateEndpoint(payload, signature: signature, in: &state)
        case .registerGatekeeper(let pubkey):
            try origin.ensureRoot()
            try registerGatekeeper(pubkey, in: &state)
        case .unregisterGatekeeper(let pubkey):
            try origin.ensureRoot()
            try unregisterGatekeeper(pubkey, in: &state)
        case .rotateMasterKey:
            try origin.ensureRoot()
            try rotateMasterKey(in: &state)
        case .setSoftwareTEEEnabled(let enabled):
            try origin.ensureRoot()
            Storage.softwareTEEEnabled.set(enabled, in: &state)
        case .setDcapEnabled(let enabled):
            try origin.ensureRoot()
            Storage.dcapEnabled.set(enabled, in: &state)
        case .addPRuntime(let hash):
            try origin.ensureRoot()
            var list = try Storage.pruntimeAllowList.value(in: &state)
            guard !list.contains(hash) else { throw dispatchError(Error.pruntimeAlreadyExists) }
            list.append(hash)
            Storage.pruntimeAllowList.set(list, in: &state)
        case .removePRuntime(let hash):
            try origin.ensureRoot()
            var list = try Storage.pruntimeAllowList.value(in: &state)
            guard let position = list.firstIndex(of: hash) else { throw dispatchError(Error.pruntimeNotFound) }
            list.remove(at: position)
            Storage.pruntimeAllowList.set(list, in: &state)
        }
    }

    /// Verifies the attestation and stores or updates the worker (phala-facts.md §1.2 steps 4–5), then
    /// tells enclaves `Registered` and `BenchStart`: the benchmark is redone on every registration.
    func registerWorker(
        _ info: WorkerRegistrationInfo,
        attestation: AttestationReport?,
        in state: inout Overlay
    ) throws(DispatchError) {
        guard let attestation else { throw dispatchError(Error.noneAttestationDisabled) }
        let now = try clock.unixMilliseconds(in: &state) / 1_000
        let policy = AttestationPolicy(
            allowSoftwareTEE: try Storage.softwareTEEEnabled.value(in: &state),
            platformKeys: try Storage.softwareTEEPlatformKeys.value(in: &state).map(\.bytes),
            allowDcap: try Storage.dcapEnabled.value(in: &state),
            allowedMeasurements: try Storage.pruntimeAllowList.value(in: &state)
        )
        let verified: VerifiedAttestation
        do {
            verified = try AttestationVerifier.verify(
                attestation,
                expectedReportData: info.reportData,
                now: now,
                policy: policy
            )
        } catch {
            throw dispatchError(Self.error(for: error))
        }
        let provider = Self.provider(of: attestation)
        let level = verified.confidenceLevel.rawValue
        if var worker = try Storage.workers.get(info.pubkey, in: &state) {
            worker.lastUpdated = now
            worker.operator = info.operator
            worker.runtimeVersion = info.version
            worker.attestationProvider = provider
            worker.confidenceLevel = level
            worker.features = info.features
            Storage.workers.insert(worker, for: info.pubkey, in: &state)
            try deposit(
                .workerUpdated(pubkey: info.pubkey, attestationProvider: provider, confidenceLevel: level),
                in: &state
            )
        } else {
            let worker = WorkerInfo(
                pubkey: info.pubkey,
                ecdhPubkey: info.ecdhPubkey,
                runtimeVersion: info.version,
                lastUpdated: now,
                operator: info.operator,
                attestationProvider: provider,
                confidenceLevel: level,
                initialScore: nil,
                features: info.features
            )
            Storage.workers.insert(worker, for: info.pubkey, in: &state)
            Storage.workerAddedAt.insert(try system.blockNumber(in: &state), for: info.pubkey, in: &state)
            try deposit(
                .workerAdded(pubkey: info.pubkey, attestationProvider: provider, confidenceLevel: level),
                in: &state
            )
        }
        try publish(.registered(confidenceLevel: level), about: info.pubkey, in: &state)
        let duration = try Storage.benchmarkDuration.get(in: &state) ?? 0
        try publish(.benchStart(duration: duration), about: info.pubkey, in: &state)
    }

    /// How long an endpoint signature stays valid: 4 hours, in milliseconds.
    public static let endpointSignatureLifetime: UInt64 = 4 * 3_600 * 1_000

    /// Checks the worker's signature and signing time, then stores its endpoints (phala-facts.md §1.2).
    func updateEndpoint(
        _ payload: WorkerEndpointPayload,
        signature: [UInt8],
        in state: inout Overlay
    ) throws(DispatchError) {
        guard let signature = try? Sr25519.Signature(bytes: signature) else {
            throw dispatchError(Error.invalidSignatureLength)
        }
        let now = try clock.unixMilliseconds(in: &state)
        let (deadline, overflow) = payload.signingTime.addingReportingOverflow(Self.endpointSignatureLifetime)
        guard payload.signingTime < now, overflow || now <= deadline else {
            throw dispatchError(Error.invalidEndpointSigningTime)
        }
        guard try Storage.workers.contains(payload.pubkey, in: &state) else {
            throw dispatchError(Error.workerNotFound)
        }
        guard let key = try? Sr25519.PublicKey(bytes: payload.pubkey.bytes),
            key.verify(signature, for: payload.bytesToSign)
        else { throw dispatchError(Error.invalidSignature) }
        Storage.endpoints.insert(payload.versionedEndpoints, for: payload.pubkey, in: &state)
    }

    /// The module error a refused attestation becomes.
    /// - Parameter error: why the verifier refused it.
    /// - Returns: the matching `Error` case.
    public static func error(for error: AttestationError) -> Error {
        switch error {
        case .softwareTEEDisabled: .softwareTEEDisabled
        case .badPlatformSignature, .malformed: .invalidAttestation
        case .reportDataMismatch: .invalidReportData
        case .stale: .outdatedAttestation
        case .unknownKind, .missingCollateral: .unsupportedAttestationType
        case .dcapDisabled: .dcapDisabled
        case .dcap: .invalidQuote
        case .measurementNotAllowed: .pruntimeRejected
        case .quoteStatusRejected: .invalidQuoteStatus
        }
    }

    /// The provider recorded for a report's kind.
    static func provider(of report: AttestationReport) -> AttestationProvider {
        switch report {
        case .sgxIas: .ias
        case .sgxDcap: .dcap
        case .softwareTEE: .softwareTEE
        }
    }
}

extension Registry.Call: ScaleCodable {
    /// Appends the call index and the arguments.
    public func encode(to encoder: inout ScaleEncoder) {
        switch self {
        case .registerGatekeeper(let pubkey):
            encoder.encode(variantIndex: 3)
            encoder.encode(pubkey)
        case .unregisterGatekeeper(let pubkey):
            encoder.encode(variantIndex: 4)
            encoder.encode(pubkey)
        case .rotateMasterKey:
            encoder.encode(variantIndex: 5)
        case .registerWorkerV2(let info, let attestation):
            encoder.encode(variantIndex: 7)
            encoder.encode(tuple: info, attestation)
        case .updateWorkerEndpoint(let payload, let signature):
            encoder.encode(variantIndex: 8)
            encoder.encode(tuple: payload, signature)
        case .addPRuntime(let hash):
            encoder.encode(variantIndex: 9)
            encoder.encode(hash)
        case .removePRuntime(let hash):
            encoder.encode(variantIndex: 10)
            encoder.encode(hash)
        case .setSoftwareTEEEnabled(let enabled):
            encoder.encode(variantIndex: 100)
            encoder.encode(enabled)
        case .setDcapEnabled(let enabled):
            encoder.encode(variantIndex: 101)
            encoder.encode(enabled)
        }
    }

    /// Reads one call; unknown indices are `.unknownVariant`.
    public init(from decoder: inout ScaleDecoder) throws(ScaleDecodingError) {
        let variant = try decoder.decodeVariantIndex()
        switch variant {
        case 3: self = .registerGatekeeper(gatekeeper: try decoder.decode())
        case 4: self = .unregisterGatekeeper(gatekeeper: try decoder.decode())
        case 5: self = .rotateMasterKey
        case 7: self = .registerWorkerV2(pruntimeInfo: try decoder.decode(), attestation: try decoder.decode())
        case 8: self = .updateWorkerEndpoint(endpointPayload: try decoder.decode(), signature: try decoder.decode())
        case 9: self = .addPRuntime(pruntimeHash: try decoder.decode())
        case 10: self = .removePRuntime(pruntimeHash: try decoder.decode())
        case 100: self = .setSoftwareTEEEnabled(enabled: try decoder.decode())
        case 101: self = .setDcapEnabled(enabled: try decoder.decode())
        default: throw decoder.unknownVariant(variant, of: Registry.Call.self)
        }
    }
}
