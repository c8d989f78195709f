import Attestation
import Foundation
import PalletRegistry
import PhalaPrimitives
import PhalaRuntime
import RuntimeSupport
import Testing

/// `register_worker_v2` with an Intel DCAP quote on a development chain whose block time lies inside the
/// SGX sample's collateral window (dcap.md §4.1): governance enables DCAP and allow-lists the sample's
/// measurement; each refusal on the way has its own module error.
@Suite struct DcapRegistrationTests {
    /// The SGX sample's test time (dcap.md §4.1), as the block's slot with 1 s slots.
    static let now: UInt64 = 1_752_919_277
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("AttestationTests/Fixtures/dcap")

    static func fixture(_ name: String) throws -> [UInt8] {
        guard let data = FileManager.default.contents(atPath: fixtures.appendingPathComponent(name).path) else {
            throw TestFailure("missing DCAP fixture \(name) under \(fixtures.path)")
        }
        return [UInt8](data)
    }

    /// The sample quote and its collateral, as pherry would submit them.
    static func sample() throws -> AttestationReport {
        .sgxDcap(
            quote: try fixture("sgx_quote"),
            collateral: try DcapCollateral(json: try fixture("sgx_quote_collateral.json"))
        )
    }

    /// A dev-spec world (software TEE on, DCAP off as in the dev genesis) at the sample's time.
    static func world() throws -> TestRuntime {
        try TestRuntime.build(registry: WorkerRegistrationTests.settings, firstSlot: now)
    }

    static func register(_ world: inout TestRuntime, _ attestation: AttestationReport) throws(DispatchError) {
        try WorkerRegistrationTests.register(&world, attestation: attestation)
    }

    @Test func theSgxSampleIsRefusedAtTheAllowListThenAtTheBindingOnce() throws {
        var world = try Self.world()
        let sample = try Self.sample()
        try world.expectNoop(WorkerRegistrationTests.error(.dcapDisabled)) { (world: inout TestRuntime) throws(DispatchError) in
            try Self.register(&world, sample)
        }
        try world.expectNoop(.badOrigin) { (world: inout TestRuntime) throws(DispatchError) in
            try world.dispatch(.registry(.setDcapEnabled(enabled: true)), as: .signed(DevAccount.alice.id))
        }
        try world.dispatch(.registry(.setDcapEnabled(enabled: true)), as: .root)
        try world.expectNoop(WorkerRegistrationTests.error(.pruntimeRejected)) { (world: inout TestRuntime) throws(DispatchError) in
            try Self.register(&world, sample)
        }
        guard case .sgxDcap(let quote, _) = sample else { return }
        let measurement = AttestationVerifier.pruntimeMeasurement(of: try DcapQuote(bytes: quote).body)
        try world.dispatch(.registry(.addPRuntime(pruntimeHash: measurement)), as: .root)
        // The quote and its measurement pass; the sample binds "Hello, world!", not this registration.
        try world.expectNoop(WorkerRegistrationTests.error(.invalidReportData)) { (world: inout TestRuntime) throws(DispatchError) in
            try Self.register(&world, sample)
        }
    }

    @Test func aQuoteWithoutCollateralOrWithAFlippedSignatureIsRefused() throws {
        var world = try Self.world()
        try world.dispatch(.registry(.setDcapEnabled(enabled: true)), as: .root)
        guard case .sgxDcap(var quote, let collateral) = try Self.sample() else { return }
        try world.expectNoop(WorkerRegistrationTests.error(.unsupportedAttestationType)) {
            (world: inout TestRuntime) throws(DispatchError) in
            try Self.register(&world, .sgxDcap(quote: quote, collateral: nil))
        }
        quote[436] ^= 0x01  // the quote signature's first byte (dcap.md §1.6)
        try world.expectNoop(WorkerRegistrationTests.error(.invalidQuote)) { (world: inout TestRuntime) throws(DispatchError) in
            try Self.register(&world, .sgxDcap(quote: quote, collateral: collateral))
        }
    }

    @Test func theSameQuoteAfterItsCollateralExpiredIsRefusedAsAnInvalidQuote() throws {
        var world = try TestRuntime.build(registry: WorkerRegistrationTests.settings, firstSlot: Self.now + 3_600)
        try world.dispatch(.registry(.setDcapEnabled(enabled: true)), as: .root)
        let sample = try Self.sample()
        try world.expectNoop(WorkerRegistrationTests.error(.invalidQuote)) { (world: inout TestRuntime) throws(DispatchError) in
            try Self.register(&world, sample)
        }
    }
}
