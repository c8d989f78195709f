import JSONRPC
import PhalaPrimitives
import SCALE

extension NodeAPI {
    /// `payment_queryInfo` and `payment_queryFeeDetails`: the fee of an extrinsic (signature unchecked)
    /// at a block, through the runtime's `TransactionPaymentApi`.
    func registerPayment(in methods: inout RPCMethods) {
        let api = self
        methods.method("payment_queryInfo") { params throws(RPCError) in
            let result = try api.paymentCall("TransactionPaymentApi_query_info", params)
            return try Self.decodeResult(result, of: "TransactionPaymentApi_query_info") {
                decoder throws(ScaleDecodingError) in
                let refTime = try decoder.decode(Compact<UInt64>.self).value
                let proofSize = try decoder.decode(Compact<UInt64>.self).value
                let dispatchClass = Int(try decoder.readByte())
                guard dispatchClass < Self.dispatchClassNames.count else {
                    throw decoder.error(.invalidValue(reason: "dispatch class \(dispatchClass) is not 0, 1 or 2"))
                }
                let partialFee: UInt128 = try decoder.decode()
                return [
                    "weight": ["ref_time": .number(refTime), "proof_size": .number(proofSize)],
                    "class": .string(Self.dispatchClassNames[dispatchClass]),
                    "partialFee": .string(String(partialFee)),
                ]
            }
        }
        methods.method("payment_queryFeeDetails") { params throws(RPCError) in
            let result = try api.paymentCall("TransactionPaymentApi_query_fee_details", params)
            return try Self.decodeResult(result, of: "TransactionPaymentApi_query_fee_details") {
                decoder throws(ScaleDecodingError) in
                let inclusionFee: JSONValue
                switch try decoder.readByte() {
                case 0:
                    inclusionFee = .null
                case 1:
                    let (baseFee, lengthFee, weightFee) = try decoder.decode(
                        tuple: UInt128.self,
                        UInt128.self,
                        UInt128.self
                    )
                    inclusionFee = [
                        "baseFee": .compactHex(baseFee), "lenFee": .compactHex(lengthFee),
                        "adjustedWeightFee": .compactHex(weightFee),
                    ]
                case let flag:
                    throw decoder.error(.invalidOptionTag(flag))
                }
                _ = try decoder.decode(UInt128.self)  // the tip, which Substrate's JSON leaves out
                return ["inclusionFee": inclusionFee]
            }
        }
    }

    /// `DispatchClass` as serde's camelCase names, by SCALE index.
    static let dispatchClassNames = ["normal", "operational", "mandatory"]

    /// Calls the fee API `method` with `["0x<extrinsic>", at?]`: the extrinsic bytes and their length.
    func paymentCall(_ method: String, _ params: Params) throws(RPCError) -> [UInt8] {
        let extrinsic = try params.hexBytes(at: 0)
        let state = try state(at: try blockHash(params, at: 1))
        guard let length = UInt32(exactly: extrinsic.count) else { throw .invalidParams("the extrinsic is too long") }
        return try call(method, arguments: extrinsic + length.scaleEncoded(), state: state)
    }

    /// Decodes a runtime API result, which must be consumed exactly.
    static func decodeResult(
        _ bytes: [UInt8],
        of method: String,
        _ body: (inout ScaleDecoder) throws(ScaleDecodingError) -> JSONValue
    ) throws(RPCError) -> JSONValue {
        var decoder = ScaleDecoder(bytes)
        do {
            let value = try body(&decoder)
            try decoder.finish()
            return value
        } catch {
            throw .internalError("the result of \(method) does not decode: \(error)")
        }
    }
}
