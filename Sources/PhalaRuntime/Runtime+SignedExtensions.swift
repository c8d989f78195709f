import PalletSystem
import PalletTransactionPayment
import PhalaPrimitives
import RuntimeSupport
import SCALE

/// The signed extensions, in the order metadata lists them and clients sign them (substrate-rpc.md §5.5):
/// CheckNonZeroSender, CheckSpecVersion, CheckTxVersion, CheckGenesis, CheckMortality, CheckNonce,
/// CheckWeight, ChargeTransactionPayment. The version and genesis checks, and CheckMortality's birth
/// block, are enforced by the signature itself (`verifySignature`): a payload built for other values
/// does not verify. What remains runs here.
extension Runtime {
    /// The pool's view of a signed transaction (the extensions' `validate`): refuses what can never be
    /// included and says how to order and tag what can.
    func validateSigned(_ checked: CheckedExtrinsic, extra: SignedExtra, signer: AccountId32, in state: inout Overlay)
        throws(ExtrinsicRejection) -> ValidTransaction
    {
        try checkNonZeroSender(signer)
        let number = UInt64(try reading { () throws(DispatchError) in try system.blockNumber(in: &state) })
        let mortality = ValidTransaction(longevity: extra.era.death(current: number) - number)

        let account = try reading { () throws(DispatchError) in try System.Storage.account.value(signer, in: &state) }
        guard account.providers > 0 || account.sufficients > 0 else { throw .invalid(.invalid(.payment)) }
        guard extra.nonce >= account.nonce else { throw .invalid(.invalid(.stale)) }
        let nonce = ValidTransaction(
            requires: extra.nonce > account.nonce ? [Self.tag(signer, extra.nonce - 1)] : [],
            provides: [Self.tag(signer, extra.nonce)]
        )

        let info = checked.info
        let total = info.weight.saturatingAdding(configuration.limits.baseExtrinsicWeight)
        guard !total.exceedsAny(configuration.limits.maximumWeight(for: info.dispatchClass)),
            checked.length <= configuration.limits.maximumLength(for: info.dispatchClass)
        else { throw .invalid(.invalid(.exhaustsResources)) }

        let fee = try reading { () throws(DispatchError) in
            try transactionPayment.feeDetails(length: checked.length, info: info, tip: extra.tip, in: &state).total
        }
        state.beginTransaction()
        defer { state.rollBackTransaction() }
        do {
            try transactionPayment.withdrawFee(fee, from: signer, in: &state)
        } catch {
            if state.backendFailure != nil { throw .state(error) }
            throw .invalid(.invalid(.payment))
        }
        let payment = ValidTransaction(
            priority: transactionPayment.priority(
                info: info,
                length: checked.length,
                tip: extra.tip,
                fee: fee,
                maximumBlockWeight: configuration.limits.maximumBlockWeight,
                maximumBlockLength: configuration.limits.maximumLength(for: info.dispatchClass)
            )
        )
        return mortality.combined(with: nonce).combined(with: payment)
    }

    /// The block's view of a signed transaction (the extensions' `pre_dispatch`): checks the nonce
    /// exactly and bumps it, checks and records the block's weight and length, and withdraws the fee.
    /// All of it is undone if any step refuses the transaction.
    /// - Returns: the fee withdrawn, tip included.
    func prepareSigned(_ checked: CheckedExtrinsic, extra: SignedExtra, signer: AccountId32, in state: inout Overlay)
        throws(ExtrinsicRejection) -> Balance
    {
        try checkNonZeroSender(signer)
        state.beginTransaction()
        do {
            let fee = try chargeSigned(checked, extra: extra, signer: signer, in: &state)
            state.commitTransaction()
            return fee
        } catch {
            state.rollBackTransaction()
            throw error
        }
    }

    private func chargeSigned(
        _ checked: CheckedExtrinsic,
        extra: SignedExtra,
        signer: AccountId32,
        in state: inout Overlay
    )
        throws(ExtrinsicRejection) -> Balance
    {
        var account = try reading { () throws(DispatchError) in try System.Storage.account.value(signer, in: &state) }
        guard account.providers > 0 || account.sufficients > 0 else { throw .invalid(.invalid(.payment)) }
        guard extra.nonce == account.nonce else {
            throw .invalid(.invalid(extra.nonce < account.nonce ? .stale : .future))
        }
        account.nonce &+= 1
        System.Storage.account.insert(account, for: signer, in: &state)

        let info = checked.info
        try checkBlockRoom(weight: info.weight, dispatchClass: info.dispatchClass, length: checked.length, in: &state)

        let fee = try reading { () throws(DispatchError) in
            try transactionPayment.feeDetails(length: checked.length, info: info, tip: extra.tip, in: &state).total
        }
        do {
            try transactionPayment.withdrawFee(fee, from: signer, in: &state)
        } catch {
            if state.backendFailure != nil { throw .state(error) }
            throw .invalid(.invalid(.payment))
        }
        return fee
    }

    /// CheckWeight's block part: refuses an extrinsic the block has no room for, else records its
    /// weight (call plus base) and length. Mandatory extrinsics are always admitted.
    func checkBlockRoom(weight: Weight, dispatchClass: DispatchClass, length: UInt32, in state: inout Overlay)
        throws(ExtrinsicRejection)
    {
        let limits = configuration.limits
        let total = weight.saturatingAdding(limits.baseExtrinsicWeight)
        let consumed = try reading { () throws(DispatchError) in try System.Storage.blockWeight.value(in: &state) }
        let usedLength =
            try reading { () throws(DispatchError) in try System.Storage.allExtrinsicsLength.get(in: &state) } ?? 0
        if dispatchClass != .mandatory {
            let afterClass = consumed[dispatchClass].saturatingAdding(total)
            let afterBlock = consumed.total.saturatingAdding(total)
            let (afterLength, overflow) = usedLength.addingReportingOverflow(length)
            guard !afterClass.exceedsAny(limits.maximumWeight(for: dispatchClass)),
                !afterBlock.exceedsAny(limits.maximumBlockWeight),
                !overflow, afterLength <= limits.maximumLength(for: dispatchClass)
            else { throw .invalid(.invalid(.exhaustsResources)) }
        }
        try reading { () throws(DispatchError) in
            try system.registerExtra(weight: total, dispatchClass: dispatchClass, length: length, in: &state)
        }
    }

    /// CheckNonZeroSender: the all-zero account cannot sign.
    private func checkNonZeroSender(_ signer: AccountId32) throws(ExtrinsicRejection) {
        guard signer.bytes.contains(where: { $0 != 0 }) else { throw .invalid(.invalid(.badSigner)) }
    }

    /// The pool tag for a sender's nonce: `SCALE((account, nonce))`.
    static func tag(_ account: AccountId32, _ nonce: UInt32) -> [UInt8] {
        var encoder = ScaleEncoder()
        encoder.encode(tuple: account, nonce)
        return encoder.bytes
    }

    /// Runs a state read, turning its failure into a rejection.
    func reading<Result>(_ body: () throws(DispatchError) -> Result) throws(ExtrinsicRejection) -> Result {
        do { return try body() } catch { throw .state(error) }
    }
}
