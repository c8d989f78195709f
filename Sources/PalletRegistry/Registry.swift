public import Messaging
public import PhalaPrimitives
public import RuntimeSupport
public import SCALE

/// The Registry pallet: workers registered with an attestation, the pRuntime builds the chain accepts,
/// the gatekeepers and their master key (Phala's `PhalaRegistry`, pallets/phala/src/registry.rs).
///
/// ## Overview
/// A relayer submits `register_worker_v2(info, attestation)` signed by any account, which pays the fee
/// (as in Phala, the signer need not be the operator: the attestation, not the signer, vouches for the
/// worker). The attestation must bind blake2_256(SCALE(info)), be fresh, and name a measurement on
/// the pRuntime allow-list; the worker is then stored under its public key, and the enclaves are told
/// `Registered` and `BenchStart{BenchmarkDuration}` on `phala/system/event`. Governance (root) manages
/// the allow-list, appoints and removes gatekeepers among registered workers, and starts master key
/// rotations.
///
/// Workers and gatekeepers answer through the message queue, which hands their authenticated messages
/// to `handle(_:in:)` (phala-facts.md §1.4, §2.2, §2.4):
/// - `^phala/registry/event` from a worker: its benchmark report, which sets `initial_score`, or the
///   first gatekeeper's master public key, which launches the gatekeepers;
/// - `^phala/registry/gk_event` from the gatekeepers: the master public key of a finished rotation.
///
/// The chain's answers go out through `RegistryMessagePublishing` as `PhalaRegistry` pallet messages:
/// `SystemEvent`s, `GatekeeperLaunch` steps and `GatekeeperChange`s.
///
/// ## Assumptions
/// - Only software TEE reports are verified so far; SGX IAS/DCAP reports are refused with
///   `UnsupportedAttestationType` until their verifiers exist.
/// - Standalone chain: `para_id` and the relay-chain genesis hash are carried but not checked.
/// - A failed rotation report is recorded as the `MasterKeyRotationFailed` event and is not an error:
///   the message queue rolls back a failing handler's writes, which would drop the event.
///
/// ## Storage (prefix `"PhalaRegistry"`)
/// - `Workers`: worker public key → `WorkerInfo`; `WorkerAddedAt`: → the block it first registered in.
/// - `PRuntimeAllowList`: accepted measurements.
/// - `SoftwareTEEEnabled`, `SoftwareTEEPlatformKeys`: whether and whose software TEE reports count;
///   `DcapEnabled`: whether Intel DCAP quotes count.
/// - `BenchmarkDuration`: how many blocks a new worker's benchmark runs.
/// - `Gatekeeper`: the gatekeepers' public keys in registration order.
/// - `GatekeeperMasterPubkey`: the master public key, once published; `GatekeeperLaunchedAt`: when.
/// - `RotationCounter`, `MasterKeyRotationLock`: the last rotation's id and the one in progress.
/// - `Endpoints`: worker public key → its signed endpoints.
/// - `ClusterKeys`, `ContractKeys`: cluster / contract id → its sr25519 public key (`Twox64Concat`),
///   written by Phat Contracts through the runtime, read by the message queue to check signatures.
public struct Registry: Pallet {
    /// The pallet's name and storage prefix (Phala's runtime names it `PhalaRegistry`).
    public static let name = "PhalaRegistry"

    /// The pallet's index in the runtime.
    public let index: UInt8
    /// Where events go, and the current block number.
    public let system: any SystemAccess
    /// The chain's clock, for attestation freshness and benchmark scores.
    public let clock: any UnixTimeReading
    /// Where Registry's messages to enclaves go.
    public let messages: any RegistryMessagePublishing

    /// Creates the pallet.
    /// - Parameters:
    ///   - index: its index in the runtime.
    ///   - system: the event sink and block number (System).
    ///   - clock: the chain's time (Timestamp).
    ///   - messages: the outlet for messages to enclaves (the message queue).
    public init(
        index: UInt8,
        system: any SystemAccess,
        clock: any UnixTimeReading,
        messages: any RegistryMessagePublishing
    ) {
        self.index = index
        self.system = system
        self.clock = clock
        self.messages = messages
    }

    /// Records one of Registry's events.
    func deposit(_ event: Event, in state: inout Overlay) throws(DispatchError) {
        try system.deposit(encodedEvent(event), in: &state)
    }

    /// Publishes `payload`, SCALE-encoded, on `topic`.
    func publish(_ payload: some ScaleEncodable, to topic: Topic, in state: inout Overlay) throws(DispatchError) {
        try messages.publish(payload.scaleEncoded(), to: topic, in: &state)
    }

    /// Tells enclaves about one worker on `phala/system/event`.
    func publish(_ event: WorkerEvent, about pubkey: FixedBytes<32>, in state: inout Overlay) throws(DispatchError) {
        try publish(SystemEvent.workerEvent(pubkey: pubkey, event: event), to: .systemEvent, in: &state)
    }
}
