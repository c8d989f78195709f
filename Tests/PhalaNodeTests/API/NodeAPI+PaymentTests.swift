import JSONRPC
import PhalaPrimitives
import SCALE
import Testing

@testable import PhalaNode

@Suite struct NodeAPIPaymentTests {
    /// A transfer as substrate-interface's `get_payment_info` sends it: signed format, all-zero signature.
    static func unsignedTransfer() throws -> [UInt8] {
        let call = APIWorld.transfer(to: try DevKey.bob, planck: 1_000_000_000_000)
        let signature = ExtrinsicSignature(
            address: .id(try DevKey.alice.account),
            signature: .sr25519(.zero),
            extra: SignedExtra(nonce: 0)
        )
        return UncheckedExtrinsic(signature: signature, call: call).scaleEncoded()
    }

    @Test func queryInfoHasTheLegacyShapeAndTheRuntimesFee() async throws {
        let world = try APIWorld()
        let extrinsic = try Self.unsignedTransfer()
        let info = try await world.call("payment_queryInfo", [.hex(extrinsic)])
        #expect(info["class"] == "normal")
        #expect((info["weight"]?["ref_time"]?.int64 ?? 0) > 0)
        #expect(info["weight"]?["proof_size"]?.uint64 != nil)
        let fee = try #require(info["partialFee"]?.string.flatMap { UInt128($0) })
        #expect(fee > 0)

        let raw = try await world.call(
            "state_call",
            ["TransactionPaymentApi_query_info", .hex(extrinsic + UInt32(extrinsic.count).scaleEncoded())]
        )
        let bytes = try #require(raw.string.flatMap(BlockParameter.hexBytes))
        let runtimeFee = bytes.suffix(16).reversed().reduce(UInt128(0)) { $0 << 8 | UInt128($1) }
        #expect(fee == runtimeFee)
    }

    @Test func feeDetailsSplitThePartialFee() async throws {
        let world = try APIWorld()
        let extrinsic = try Self.unsignedTransfer()
        let details = try await world.call(
            "payment_queryFeeDetails",
            [.hex(extrinsic), .string(world.genesisHash.description)]
        )
        let inclusion = try #require(details["inclusionFee"]?.object)
        let parts = try ["baseFee", "lenFee", "adjustedWeightFee"].map { name in
            try #require(inclusion[name]?.string.flatMap { UInt128($0.dropFirst(2), radix: 16) })
        }
        let info = try await world.call("payment_queryInfo", [.hex(extrinsic)])
        #expect(String(parts.reduce(0, +)) == info["partialFee"]?.string)
    }

    @Test func undecodableExtrinsicsAreRefused() async throws {
        let world = try APIWorld()
        let error = await world.error("payment_queryInfo", ["0x0102"])
        #expect(error?.code == 4003)
        let notHex = await world.error("payment_queryFeeDetails", [1])
        #expect(notHex?.code == RPCError.Code.invalidParams)
    }
}
