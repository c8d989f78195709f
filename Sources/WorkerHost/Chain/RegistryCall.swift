public import EnclaveAPI

/// Encoded `PhalaRegistry` calls the host submits for its worker; PhalaRegistry is pallet 8.
public enum RegistryCall {
    /// PhalaRegistry's index in the runtime.
    public static let palletIndex: UInt8 = 8
    /// `register_worker_v2`'s index in the pallet (phala-facts.md §1.2, step 3).
    public static let registerWorkerV2Index: UInt8 = 7

    /// `PhalaRegistry.register_worker_v2(pruntime_info, Box<Option<AttestationReport>>)` for the
    /// enclave's runtime info: `08 ‖ 07 ‖ registrationInfo ‖ 01 ‖ attestation` (the attestation is
    /// `Some`; both parts are already SCALE from the enclave).
    /// - Parameter info: what `EnclaveClient.runtimeInfo()` returned.
    /// - Returns: the encoded call, for `ExtrinsicBuilder.signed(call:by:nonce:)`.
    public static func registerWorkerV2(_ info: RuntimeInfo) -> [UInt8] {
        [palletIndex, registerWorkerV2Index] + info.registrationInfo + [1] + info.attestation
    }
}
