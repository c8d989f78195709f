import ContractHost
import PhalaPrimitives
import SCALE
import Testing

/// pink-abi.md §8.3 test_for_errors with our C checker on a bare cluster (no system contract, no cluster
/// key): extension failures abort the whole execution with the listed DispatchError.
@Suite struct CheckerErrorConformanceTests {
    static func bareChecker(egress: any HTTPEgress = FakeEgress()) throws -> DeployedChecker {
        try DeployedChecker(environment: FakeEnvironment(clusterSecretKey: nil, systemContract: nil, egress: egress))
    }

    /// call_chain_ext(0xFFFF) → Module{5,[1,0,0,0]}; call_chain_ext(0x010001) → Module{5,[0,0,0,0]}.
    @Test(arguments: [ExecutionMode.query, .transaction]) func unknownFunctionAndExtensionIds(mode: ExecutionMode)
        throws
    {
        let checker = try Self.bareChecker()
        let function = try checker.call("call_chain_ext", UInt32(0xFFFF), [UInt8](), mode: mode)
        #expect(function.result == .failure(.pink(.unknownChainExtensionFunction)))
        #expect(function.result.failure?.scaleEncoded() == [3, 5, 1, 0, 0, 0])
        let extensionID = try checker.call("call_chain_ext", UInt32(0x01_0001), [UInt8](), mode: mode)
        #expect(extensionID.result == .failure(.pink(.unknownChainExtensionId)))
        #expect(extensionID.result.failure?.scaleEncoded() == [3, 5, 0, 0, 0, 0])
        // A known id through the same message works: runtime_version (21) → Vec(01000000 02000000).
        #expect(
            try checker.reply("call_chain_ext", UInt32(21), [UInt8](), mode: mode) == [
                0, 8 << 2, 1, 0, 0, 0, 2, 0, 0, 0,
            ]
        )
    }

    /// http_get of an 8 MiB body → Module{5,[2,0,0,0]} (ContractIoBufferOverflow): the contract's 16 KiB
    /// output buffer is too small for the extension's result (§3.2).
    @Test func anEightMebibyteBodyOverflowsTheContractsBuffer() throws {
        let body = [UInt8](repeating: 0x61, count: 8 * 1024 * 1024)
        let egress = FakeEgress(single: .success(HttpResponse(statusCode: 200, reasonPhrase: "OK", body: body)))
        let checker = try Self.bareChecker(egress: egress)
        let outcome = try checker.call("http_get", "https://example.com/large", mode: .query)
        #expect(outcome.result == .failure(.pink(.contractIoBufferOverflow)))
        #expect(outcome.result.failure?.scaleEncoded() == [3, 5, 2, 0, 0, 0])
        #expect(egress.calls.count == 1)
    }

    /// sr25519_derive_key without a cluster key → Module{5,[3,0,0,0]} (KeySeedMissing), in both modes.
    @Test(arguments: [ExecutionMode.query, .transaction]) func deriveKeyWithoutClusterKey(mode: ExecutionMode) throws {
        let checker = try Self.bareChecker()
        let outcome = try checker.call("sr25519_derive_key", Array("foo".utf8), mode: mode)
        #expect(outcome.result == .failure(.pink(.keySeedMissing)))
        #expect(outcome.result.failure?.scaleEncoded() == [3, 5, 3, 0, 0, 0])
    }

    /// test_bare_runtime: a cluster without system contract still runs the checker.
    @Test func aBareClusterRunsTheChecker() throws {
        let checker = try Self.bareChecker()
        #expect(try checker.reply("is_in_transaction", mode: .transaction) == [0, 1])
    }
}
