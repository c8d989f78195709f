import EnclaveAPI
import PhalaPrimitives
import Testing

@testable import WorkerHost

@Suite struct RegistryCallTests {
    @Test func registerWorkerV2IsPalletEightCallSevenThenInfoThenSomeAttestation() {
        // phala-facts.md §1.2 step 3: register_worker_v2(pruntime_info, Box<Option<AttestationReport>>) is call 7 of
        // PhalaRegistry (pallet 8); both arguments are SCALE already, and Some(x) is 0x01 ‖ x.
        let info = RuntimeInfo(
            publicKey: FixedBytes(repeating: 0x22),
            registrationInfo: [0xA1, 0xA2, 0xA3],
            attestation: [0xB1, 0xB2],
            measurement: [0xCC]
        )
        #expect(RegistryCall.registerWorkerV2(info) == [0x08, 0x07, 0xA1, 0xA2, 0xA3, 0x01, 0xB1, 0xB2])
    }
}
