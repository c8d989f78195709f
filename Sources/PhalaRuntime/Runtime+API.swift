public import MerkleTrie
import PalletAura
import PalletComputation
import PalletGrandpa
import PalletRegistry
import PalletSystem
public import PalletTransactionPayment
public import PhalaPrimitives
import RuntimeSupport
import SCALE

extension Runtime {
    /// Answers a runtime API call as `state_call` sends it: the method name, the SCALE arguments, the
    /// state of the block asked about; the result is SCALE with no trailing bytes.
    ///
    /// Methods: `Core_version`; `AccountNonceApi_account_nonce(AccountId32) → u32`;
    /// `TransactionPaymentApi_query_info(extrinsic, u32 len) → RuntimeDispatchInfo` and
    /// `_query_fee_details → FeeDetails` (no signature check); `TaggedTransactionQueue_validate_transaction(
    /// source, extrinsic, block hash) → TransactionValidity`; `AuraApi_slot_duration`,
    /// `AuraApi_authorities`; `GrandpaApi_grandpa_authorities`, `GrandpaApi_current_set_id`.
    /// `Metadata_metadata` is answered once the metadata builder lands in `Runtime+Metadata.swift`.
    /// - Parameters:
    ///   - method: the API method, e.g. `"AccountNonceApi_account_nonce"`.
    ///   - arguments: the SCALE-encoded arguments.
    ///   - state: the state of the block the call is made at.
    /// - Returns: the SCALE-encoded result.
    /// - Throws: `RuntimeAPIError` for an unknown method, undecodable arguments, or a failed execution.
    public func call(_ method: String, arguments: [UInt8], state: Trie) throws(RuntimeAPIError) -> [UInt8] {
        var decoder = ScaleDecoder(arguments)
        func argument<Value: ScaleDecodable>() throws(RuntimeAPIError) -> Value {
            do { return try decoder.decode() } catch { throw .badArguments(method: method, error) }
        }
        let result: [UInt8]
        switch method {
        case "Core_version":
            result = Self.version.scaleEncoded()
        case "Metadata_metadata":
            result = encodedMetadata.scaleEncoded()  // OpaqueMetadata: Compact(length) ‖ bytes
        case "AccountNonceApi_account_nonce":
            result = try accountNonce(of: try argument(), state: state).scaleEncoded()
        case "TransactionPaymentApi_query_info":
            let extrinsic: UncheckedExtrinsic = try argument()
            let length: UInt32 = try argument()
            result = try queryInfo(extrinsic, length: length, state: state).scaleEncoded()
        case "TransactionPaymentApi_query_fee_details":
            let extrinsic: UncheckedExtrinsic = try argument()
            let length: UInt32 = try argument()
            result = Self.encodeFeeDetails(try queryFeeDetails(extrinsic, length: length, state: state))
        case "TaggedTransactionQueue_validate_transaction":
            let source: TransactionSource = try argument()
            let extrinsic: UncheckedExtrinsic = try argument()
            let blockHash: H256 = try argument()
            do {
                result = try validateTransaction(
                    extrinsic.scaleEncoded(),
                    source: source,
                    parentHash: blockHash,
                    parentState: state
                ).scaleEncoded()
            } catch {
                throw .execution(error)
            }
        case "AuraApi_slot_duration":
            result = configuration.slotDuration.scaleEncoded()
        case "AuraApi_authorities":
            result = try read(state) { (overlay: inout Overlay) throws(DispatchError) in
                try Aura.Storage.authorities.value(in: &overlay).scaleEncoded()
            }
        case "GrandpaApi_grandpa_authorities":
            result = try read(state) { (overlay: inout Overlay) throws(DispatchError) in
                try Grandpa.Storage.authorities.value(in: &overlay).scaleEncoded()
            }
        case "GrandpaApi_current_set_id":
            result = try read(state) { (overlay: inout Overlay) throws(DispatchError) in
                try Grandpa.Storage.currentSetId.value(in: &overlay).scaleEncoded()
            }
        default:
            throw .unknownMethod(method)
        }
        do { try decoder.finish() } catch { throw .badArguments(method: method, error) }
        return result
    }

    /// The nonce an account's next transaction must carry (`AccountNonceApi_account_nonce`).
    /// - Parameters:
    ///   - account: the account.
    ///   - state: the state of the block asked about.
    /// - Returns: the account's nonce; 0 for an unknown account.
    /// - Throws: `RuntimeAPIError.execution` when the state cannot be read.
    public func accountNonce(of account: AccountId32, state: Trie) throws(RuntimeAPIError) -> UInt32 {
        try read(state) { (overlay: inout Overlay) throws(DispatchError) in
            try system.accountNonce(of: account, in: &overlay)
        }
    }

    /// Whether the chain needs blocks even when no transaction waits: some worker is computing, so the
    /// heartbeat challenges of `on_finalize` and the gatekeepers' settlements must keep coming, or some
    /// registered worker is still in its benchmark window, which ends only after enough blocks (Phala's
    /// chains author every slot; our dev author otherwise builds only for transactions).
    /// - Parameter state: the state of the block to build on.
    /// - Returns: true when `PhalaComputation.OnlineWorkers` is above zero or a registered worker has no
    ///   initial score yet.
    /// - Throws: `RuntimeAPIError.execution` when the state cannot be read.
    public func needsBlocksWithoutTransactions(state: Trie) throws(RuntimeAPIError) -> Bool {
        try read(state) { (overlay: inout Overlay) throws(DispatchError) in
            if try Computation.Storage.onlineWorkers.value(in: &overlay) > 0 { return true }
            return try Registry.Storage.workers.entries(in: &overlay).contains { $0.value.initialScore == nil }
        }
    }

    /// A transaction's weight, class and inclusion fee without its tip (`TransactionPaymentApi_query_info`).
    /// The signature is not checked, so clients can ask with a dummy one; an unsigned extrinsic costs 0.
    /// - Parameters:
    ///   - extrinsic: the extrinsic.
    ///   - length: its encoded length, length prefix included.
    ///   - state: the state of the block asked about.
    /// - Returns: the dispatch info with the fee.
    /// - Throws: `RuntimeAPIError.badArguments` when the call does not decode, `.execution` when the
    ///   state cannot be read.
    public func queryInfo(_ extrinsic: UncheckedExtrinsic, length: UInt32, state: Trie) throws(RuntimeAPIError)
        -> TransactionPayment.RuntimeDispatchInfo
    {
        let details = try queryFeeDetails(extrinsic, length: length, state: state)
        let info = try decodedCall(extrinsic).dispatchInfo
        return .init(weight: info.weight, dispatchClass: info.dispatchClass, partialFee: details?.inclusionFee ?? .zero)
    }

    /// A transaction's fee parts (`TransactionPaymentApi_query_fee_details`); nil for an unsigned one.
    /// - Parameters:
    ///   - extrinsic: the extrinsic.
    ///   - length: its encoded length.
    ///   - state: the state of the block asked about.
    /// - Returns: the fee parts, or nil.
    /// - Throws: as `queryInfo(_:length:state:)`.
    public func queryFeeDetails(_ extrinsic: UncheckedExtrinsic, length: UInt32, state: Trie) throws(RuntimeAPIError)
        -> TransactionPayment.FeeDetails?
    {
        let call = try decodedCall(extrinsic)
        guard let signature = extrinsic.signature else { return nil }
        return try read(state) { (overlay: inout Overlay) throws(DispatchError) in
            try transactionPayment.feeDetails(
                length: length,
                info: call.dispatchInfo,
                tip: signature.extra.tip,
                in: &overlay
            )
        }
    }

    private func decodedCall(_ extrinsic: UncheckedExtrinsic) throws(RuntimeAPIError) -> RuntimeCall {
        do { return try RuntimeCall(scaleDecoding: extrinsic.call) } catch {
            throw .badArguments(method: "TransactionPaymentApi", error)
        }
    }

    /// `Option<InclusionFee{base_fee, len_fee, adjusted_weight_fee}> ‖ tip`, as pallet-transaction-payment's
    /// `FeeDetails` encodes.
    private static func encodeFeeDetails(_ details: TransactionPayment.FeeDetails?) -> [UInt8] {
        var encoder = ScaleEncoder()
        if let details {
            encoder.append(byte: 1)
            encoder.encode(tuple: details.baseFee, details.lengthFee, details.adjustedWeightFee, details.tip)
        } else {
            encoder.encode(tuple: UInt8(0), Balance.zero)
        }
        return encoder.bytes
    }

    /// Runs a read on an overlay of `state`.
    private func read<Result>(_ state: Trie, _ body: (inout Overlay) throws(DispatchError) -> Result)
        throws(RuntimeAPIError) -> Result
    {
        var overlay = Overlay(base: state)
        do { return try body(&overlay) } catch { throw .execution(.reading(error, in: overlay)) }
    }
}
