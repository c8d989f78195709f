import EnclaveAPI
import PhalaPrimitives
import Testing
import WorkerRuntime

/// A signed query runs at most once: repeats, expired queries and queries claiming too long a life are
/// refused, and the guard forgets each query once it has expired, so its memory stays bounded.
@Suite struct QueryReplayGuardTests {
    static let alice = AccountId32(FixedBytes(repeating: 0xA1))
    static let bob = AccountId32(FixedBytes(repeating: 0xB0))

    static func query(from origin: AccountId32 = alice, nonce: UInt8, notAfter: UInt64) -> ContractQuery {
        ContractQuery(
            contract: AccountId32(FixedBytes(repeating: 0xC0)),
            payload: [1],
            origin: origin,
            nonce: FixedBytes(repeating: nonce),
            notAfterMillis: notAfter
        )
    }

    @Test func aRepeatedQueryIsRefusedButTheSameNonceFromAnotherOriginIsNot() throws {
        var guardian = QueryReplayGuard()
        try guardian.admit(Self.query(nonce: 1, notAfter: 2_000), nowMillis: 1_000)
        #expect(throws: QueryReplayGuard.Refusal.replayed) {
            try guardian.admit(Self.query(nonce: 1, notAfter: 2_000), nowMillis: 1_500)
        }
        #expect(throws: QueryReplayGuard.Refusal.replayed) {
            try guardian.admit(Self.query(nonce: 1, notAfter: 1_900), nowMillis: 1_500)
        }
        try guardian.admit(Self.query(from: Self.bob, nonce: 1, notAfter: 2_000), nowMillis: 1_500)
        try guardian.admit(Self.query(nonce: 2, notAfter: 2_000), nowMillis: 1_500)
        #expect(guardian.count == 3)
    }

    @Test func aQueryIsAnsweredUpToItsExpiryAndRefusedAfter() throws {
        var guardian = QueryReplayGuard()
        try guardian.admit(Self.query(nonce: 1, notAfter: 1_000), nowMillis: 1_000)
        #expect(throws: QueryReplayGuard.Refusal.expired(notAfterMillis: 999, nowMillis: 1_000)) {
            try guardian.admit(Self.query(nonce: 2, notAfter: 999), nowMillis: 1_000)
        }
        #expect(guardian.count == 1)
    }

    @Test func aQueryLivingLongerThanTheLimitIsRefused() throws {
        var guardian = QueryReplayGuard(configuration: .init(maxLifetimeMillis: 300_000))
        try guardian.admit(Self.query(nonce: 1, notAfter: 301_000), nowMillis: 1_000)
        #expect(throws: QueryReplayGuard.Refusal.expiresTooLate(notAfterMillis: 301_001, latestAcceptedMillis: 301_000))
        {
            try guardian.admit(Self.query(nonce: 2, notAfter: 301_001), nowMillis: 1_000)
        }
        #expect(throws: QueryReplayGuard.Refusal.expiresTooLate(notAfterMillis: .max, latestAcceptedMillis: 301_000)) {
            try guardian.admit(Self.query(nonce: 3, notAfter: .max), nowMillis: 1_000)
        }
        #expect(guardian.count == 1)
    }

    @Test func theDefaultLifetimeLimitIsFiveMinutes() {
        #expect(QueryReplayGuard.Configuration().maxLifetimeMillis == 300_000)
    }

    @Test func expiredQueriesAreForgottenAndTheirRepeatsRefusedAsExpired() throws {
        var guardian = QueryReplayGuard()
        for nonce in UInt8(1)...5 {
            try guardian.admit(Self.query(nonce: nonce, notAfter: 1_000 + UInt64(nonce) * 100), nowMillis: 1_000)
        }
        try guardian.admit(Self.query(nonce: 9, notAfter: 1_250), nowMillis: 1_250)
        #expect(guardian.count == 4)  // Nonces 1 and 2 expired at 1 100 and 1 200.
        #expect(throws: QueryReplayGuard.Refusal.expired(notAfterMillis: 1_100, nowMillis: 1_250)) {
            try guardian.admit(Self.query(nonce: 1, notAfter: 1_100), nowMillis: 1_250)
        }
        try guardian.admit(Self.query(nonce: 10, notAfter: 2_000), nowMillis: 1_600)
        #expect(guardian.count == 1)
    }

    @Test func aFullGuardRefusesUntilQueriesExpire() throws {
        var guardian = QueryReplayGuard(configuration: .init(capacity: 3))
        try guardian.admit(Self.query(nonce: 1, notAfter: 1_300), nowMillis: 1_000)
        try guardian.admit(Self.query(nonce: 2, notAfter: 1_100), nowMillis: 1_000)
        try guardian.admit(Self.query(nonce: 3, notAfter: 1_200), nowMillis: 1_000)
        #expect(throws: QueryReplayGuard.Refusal.full(capacity: 3)) {
            try guardian.admit(Self.query(nonce: 4, notAfter: 1_500), nowMillis: 1_050)
        }
        #expect(guardian.count == 3)
        try guardian.admit(Self.query(nonce: 4, notAfter: 1_500), nowMillis: 1_101)
        #expect(guardian.count == 3)
        #expect(throws: QueryReplayGuard.Refusal.replayed) {
            try guardian.admit(Self.query(nonce: 1, notAfter: 1_300), nowMillis: 1_101)
        }
    }

    @Test func refusalsCrossTheBoundaryAsContractQueryRejections() {
        let cases: [(QueryReplayGuard.Refusal, ContractQueryRejection)] = [
            (.expired(notAfterMillis: 1, nowMillis: 2), .expired),
            (.expiresTooLate(notAfterMillis: 9, latestAcceptedMillis: 3), .expiresTooLate),
            (.replayed, .replayed),
            (.full(capacity: 1), .overloaded),
        ]
        for (refusal, kind) in cases {
            #expect(refusal.enclaveError == .contractQueryRejected(kind, detail: refusal.description))
        }
    }
}
