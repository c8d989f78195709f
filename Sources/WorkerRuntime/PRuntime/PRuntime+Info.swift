import Attestation
import Foundation
import EnclaveAPI
import LightClient
import PalletRegistry
import PhalaPrimitives
import SCALE

extension PRuntime {
    /// The registration info and a software TEE attestation binding it (phala-facts.md §1.2 steps 1–2).
    ///
    /// The report is dated by the TEE platform's clock, as a hardware quote or an IAS report is dated
    /// by its platform, not by the chain: so a worker on a chain that makes blocks only on demand can
    /// register before the first block (Phala waits for the first block; our dev chain would never
    /// make one). The date is part of the report only, never of the enclave's state.
    func runtimeInfo() throws(EnclaveError) -> RuntimeInfo {
        let current = try requireSession()
        let key = current.identity.publicKeyBytes
        let info = WorkerRegistrationInfo(
            version: Self.runtimeVersion,
            machineID: [],
            pubkey: key,
            ecdhPubkey: key,
            genesisBlockHash: current.genesisHash,
            features: [UInt32(clamping: ProcessInfo.processInfo.activeProcessorCount), 1],
            operator: current.operator
        )
        let attestation = tee.attest(
            buildIdentity: configuration.buildIdentity,
            reportData: info.reportData,
            timestamp: UInt64(Date().timeIntervalSince1970)
        )
        return RuntimeInfo(
            publicKey: key,
            registrationInfo: info.scaleEncoded(),
            attestation: attestation.scaleEncoded(),
            measurement: SoftwareTEE.measurement(of: configuration.buildIdentity)
        )
    }

    /// The runtime's version as registered on chain.
    static let runtimeVersion: UInt32 = 1

    /// Where the runtime is.
    var status: EnclaveStatus {
        guard let session else {
            return EnclaveStatus(
                initialized: false,
                publicKey: nil,
                finalizedNumber: 0,
                dispatchedNumber: 0,
                checkpointNumber: 0,
                registered: false,
                initialScore: nil,
                gatekeeperRole: .none,
                masterPublicKey: nil,
                chainMasterPublicKey: nil,
                masterKeyCount: 0
            )
        }
        let state = session.state
        return EnclaveStatus(
            initialized: true,
            publicKey: session.identity.publicKeyBytes,
            finalizedNumber: state.chain.finalizedTip.number,
            dispatchedNumber: state.dispatched.number,
            checkpointNumber: state.checkpointNumber,
            registered: state.registered,
            initialScore: state.initialScore,
            gatekeeperRole: state.gatekeeperRole(of: session.identity),
            masterPublicKey: state.gatekeeperKeys?.masterPublicKey.fixedBytes,
            chainMasterPublicKey: state.chainMasterKey,
            masterKeyCount: UInt32(state.gatekeeperKeys?.history.count ?? 0),
            computing: state.computingStatus(of: session.identity.publicKeyBytes)
        )
    }
}
