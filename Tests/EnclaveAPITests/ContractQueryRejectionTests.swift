import EnclaveAPI
import PhalaPrimitives
import SCALE
import Testing

/// Contract queries cross the boundary at fixed, appended variant indices, and every reason a query
/// cannot be opened reaches the host as the matching rejection.
@Suite struct ContractQueryRejectionTests {
    @Test func contractQueryVariantsAreAppendedAfterTheExistingOnes() {
        let query = EncryptedContractQuery(ephemeralPublicKey: .zero, iv: .zero, ciphertext: [])
        #expect(EnclaveRequest.contractQuery(query).scaleEncoded().first == 7)
        let response = EncryptedContractResponse(iv: .zero, ciphertext: [])
        #expect(EnclaveResponse.contractQueryAnswered(response).scaleEncoded().first == 7)
        #expect(EnclaveError.noContractCluster.scaleEncoded() == [10])
        #expect(EnclaveError.contractQueryRejected(.overloaded, detail: "").scaleEncoded() == [11, 6, 0])
    }

    @Test func openingFailuresMapToTheirRejection() {
        let origin = AccountId32(FixedBytes(repeating: 1))
        let cases: [(ContractQueryError, ContractQueryRejection)] = [
            (.invalidEphemeralKey, .undecryptable),
            (.undecryptableQuery, .undecryptable),
            (.malformedQuery(reason: "x"), .malformed),
            (.originIsNotSr25519Key(origin: origin), .badSignature),
            (.badSignature(origin: origin), .badSignature),
        ]
        for (error, kind) in cases {
            #expect(
                EnclaveError.contractQueryRejected(error) == .contractQueryRejected(kind, detail: error.description)
            )
        }
    }
}
