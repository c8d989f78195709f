import PalletRegistry
import PalletTimestamp
import PhalaCrypto
import PhalaPrimitives
import PhalaRuntime
import RuntimeSupport
import SCALE
import Testing

/// `update_worker_endpoint`: a registered worker's endpoints, signed by the worker's sr25519 key.
@Suite struct EndpointTests {
    static let error = WorkerRegistrationTests.error
    /// The worker's identity key: //Eve (sr25519) stands in for a pRuntime's key.
    static let worker = DevAccount.eve.pair
    static let pubkey = try! FixedBytes<32>(worker.publicKey)
    /// The chain's time once the worker is registered: moved past block 1's 1000 s, far enough to
    /// sign 4 hours back.
    static let nowMilliseconds: UInt64 = 100_000_000

    static func worldWithWorker() throws -> TestRuntime {
        var world = try TestRuntime.build(registry: WorkerRegistrationTests.settings)
        var info = WorkerRegistrationTests.info
        info.pubkey = pubkey
        try WorkerRegistrationTests.register(&world, info, attestation: WorkerRegistrationTests.attest(info))
        Timestamp.Storage.now.set(nowMilliseconds, in: &world.block.state)
        return world
    }

    static func payload(signedAt time: UInt64 = nowMilliseconds - 1) -> WorkerEndpointPayload {
        WorkerEndpointPayload(pubkey: pubkey, versionedEndpoints: .v1(["http://127.0.0.1:8000"]), signingTime: time)
    }

    static func update(
        _ world: inout TestRuntime,
        _ payload: WorkerEndpointPayload = payload(),
        signature: [UInt8]? = nil
    ) throws(DispatchError) {
        let signature = signature ?? worker.sign(payload.bytesToSign)
        try world.dispatch(
            .registry(.updateWorkerEndpoint(endpointPayload: payload, signature: signature)),
            as: .signed(DevAccount.alice.id)
        )
    }

    @Test func workerSignedEndpointsAreStored() throws {
        var world = try Self.worldWithWorker()
        try Self.update(&world)
        #expect(
            try Registry.Storage.endpoints.get(Self.pubkey, in: &world.block.state) == .v1(["http://127.0.0.1:8000"])
        )
    }

    @Test func signedBytesAreTheEndpointInfoDomainThenThePayload() {
        let payload = Self.payload()
        #expect(payload.bytesToSign == [0xFF, 2] + payload.scaleEncoded())
    }

    @Test func signatureByAnotherKeyIsInvalid() throws {
        var world = try Self.worldWithWorker()
        let forged = DevAccount.ferdie.pair.sign(Self.payload().bytesToSign)
        try world.expectNoop(Self.error(.invalidSignature)) { (world: inout TestRuntime) throws(DispatchError) in
            try Self.update(&world, signature: forged)
        }
        try world.expectNoop(Self.error(.invalidSignatureLength)) { (world: inout TestRuntime) throws(DispatchError) in
            try Self.update(&world, signature: [1, 2, 3])
        }
    }

    @Test func signingTimeMustBePastAndWithinFourHours() throws {
        var world = try Self.worldWithWorker()
        try world.expectNoop(Self.error(.invalidEndpointSigningTime)) {
            (world: inout TestRuntime) throws(DispatchError) in
            try Self.update(&world, Self.payload(signedAt: Self.nowMilliseconds))
        }
        try world.expectNoop(Self.error(.invalidEndpointSigningTime)) {
            (world: inout TestRuntime) throws(DispatchError) in
            try Self.update(&world, Self.payload(signedAt: Self.nowMilliseconds - 4 * 3_600 * 1_000 - 1))
        }
        try Self.update(&world, Self.payload(signedAt: Self.nowMilliseconds - 4 * 3_600 * 1_000))
    }

    @Test func unregisteredWorkerCannotAnnounceEndpoints() throws {
        var world = try TestRuntime.build(registry: WorkerRegistrationTests.settings)
        Timestamp.Storage.now.set(Self.nowMilliseconds, in: &world.block.state)
        try world.expectNoop(Self.error(.workerNotFound)) { (world: inout TestRuntime) throws(DispatchError) in
            try Self.update(&world)
        }
    }
}
