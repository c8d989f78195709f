import PhalaCrypto
public import PhalaPrimitives
public import RuntimeSupport
public import SCALE

/// The Registry pallet: workers registered with an attestation, the pRuntime builds the chain accepts,
/// and the gatekeepers (Phala's `PhalaRegistry`, pallets/phala/src/registry.rs).
///
/// ## Overview
/// A relayer submits `register_worker_v2(info, attestation)` signed by any account, which pays the fee
/// (as in Phala, the signer need not be the operator: the attestation, not the signer, vouches for the
/// worker). The attestation must bind blake2_256(SCALE(info)), be fresh, and name a measurement on
/// the pRuntime allow-list; the worker is then stored under its public key. Governance (root) manages
/// the allow-list and appoints gatekeepers among registered workers.
///
/// ## Assumptions
/// - Only software TEE reports are verified so far; SGX IAS/DCAP reports are refused with
///   `UnsupportedAttestationType` until their verifiers exist.
/// - Standalone chain: `para_id` and the relay-chain genesis hash are carried but not checked.
/// - Next steps, driven by the message queue (not here yet): benchmark reports setting
///   `initial_score` (`InitialScoreSet`), `BenchStart`/worker events to pRuntimes, gatekeeper launch
///   messages and the master public key (`GatekeeperMasterPubkey` is read, never written, for now).
///
/// ## Storage (prefix `"PhalaRegistry"`)
/// - `Workers`: worker public key → `WorkerInfo`.
/// - `PRuntimeAllowList`: accepted measurements.
/// - `SoftwareTEEEnabled`, `SoftwareTEEPlatformKeys`: whether and whose software TEE reports count.
/// - `Gatekeeper`: the gatekeepers' public keys in registration order.
/// - `GatekeeperMasterPubkey`: the master public key, once published.
/// - `Endpoints`: worker public key → its signed endpoints.
public struct Registry: Pallet {
    /// The pallet's name and storage prefix (Phala's runtime names it `PhalaRegistry`).
    public static let name = "PhalaRegistry"

    /// The pallet's index in the runtime.
    public let index: UInt8
    /// Where events go.
    public let events: any EventDepositing
    /// The chain's clock, for attestation freshness.
    public let clock: any UnixTimeReading

    /// Creates the pallet.
    /// - Parameters:
    ///   - index: its index in the runtime.
    ///   - events: the event sink (System).
    ///   - clock: the chain's time (Timestamp).
    public init(index: UInt8, events: any EventDepositing, clock: any UnixTimeReading) {
        self.index = index
        self.events = events
        self.clock = clock
    }

    /// Records one of Registry's events.
    func deposit(_ event: Event, in state: inout Overlay) throws(DispatchError) {
        try events.deposit(encodedEvent(event), in: &state)
    }
}

extension Registry {
    /// Registry's storage items.
    public enum Storage {
        /// Registered workers by public key.
        public static let workers = StorageMap<FixedBytes<32>, WorkerInfo>(
            pallet: Registry.name,
            name: "Workers",
            hasher: .twox64Concat
        )
        /// The measurements of accepted pRuntime builds.
        public static let pruntimeAllowList = StorageValue<[[UInt8]]>(
            pallet: Registry.name,
            name: "PRuntimeAllowList",
            default: []
        )
        /// Whether software TEE reports are accepted (development chains only).
        public static let softwareTEEEnabled = StorageValue<Bool>(
            pallet: Registry.name,
            name: "SoftwareTEEEnabled",
            default: false
        )
        /// The ed25519 platform keys whose software TEE reports are trusted.
        public static let softwareTEEPlatformKeys = StorageValue<[FixedBytes<32>]>(
            pallet: Registry.name,
            name: "SoftwareTEEPlatformKeys",
            default: []
        )
        /// The gatekeepers' public keys, in registration order.
        public static let gatekeeper = StorageValue<[FixedBytes<32>]>(
            pallet: Registry.name,
            name: "Gatekeeper",
            default: []
        )
        /// Registered workers' endpoints, as they last signed them.
        public static let endpoints = StorageMap<FixedBytes<32>, VersionedWorkerEndpoints>(
            pallet: Registry.name,
            name: "Endpoints",
            hasher: .twox64Concat
        )
        /// The gatekeepers' master public key, once the first gatekeeper published it.
        public static let gatekeeperMasterPubkey = StorageValue<FixedBytes<32>>(
            pallet: Registry.name,
            name: "GatekeeperMasterPubkey"
        )
    }

    /// Registry's genesis: the software TEE switch, its platform keys and the allowed measurements.
    public struct Genesis: Sendable, Hashable {
        /// Whether software TEE reports are accepted.
        public var softwareTEEEnabled: Bool
        /// The trusted software platform keys (ed25519 public keys).
        public var platformKeys: [FixedBytes<32>]
        /// The allowed pRuntime measurements.
        public var pruntimeAllowList: [[UInt8]]

        /// Creates the genesis configuration; everything off and empty by default.
        public init(
            softwareTEEEnabled: Bool = false,
            platformKeys: [FixedBytes<32>] = [],
            pruntimeAllowList: [[UInt8]] = []
        ) {
            self.softwareTEEEnabled = softwareTEEEnabled
            self.platformKeys = platformKeys
            self.pruntimeAllowList = pruntimeAllowList
        }

        /// Writes the items that differ from their defaults.
        /// - Parameter state: the genesis state.
        public func build(in state: inout Overlay) {
            if softwareTEEEnabled { Storage.softwareTEEEnabled.set(true, in: &state) }
            if !platformKeys.isEmpty { Storage.softwareTEEPlatformKeys.set(platformKeys, in: &state) }
            if !pruntimeAllowList.isEmpty { Storage.pruntimeAllowList.set(pruntimeAllowList, in: &state) }
        }
    }
}
