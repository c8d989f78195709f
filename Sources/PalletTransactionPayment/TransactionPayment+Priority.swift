public import PhalaPrimitives
public import RuntimeSupport

extension TransactionPayment {
    /// A transaction's priority in the pool (pallet-transaction-payment's `get_priority`): the tip
    /// (plus one) scaled by how many such transactions fit in a block, so that small transactions
    /// with the same tip rank higher; operational transactions add their fee times
    /// `operationalFeeMultiplier` as a virtual tip.
    /// - Parameters:
    ///   - info: the call's dispatch info.
    ///   - length: the extrinsic's length.
    ///   - tip: the tip.
    ///   - fee: the whole fee.
    ///   - maximumBlockWeight: the block's weight limit.
    ///   - maximumBlockLength: the block's length limit for the call's class.
    /// - Returns: the priority.
    public func priority(
        info: DispatchInfo,
        length: UInt32,
        tip: Balance,
        fee: Balance,
        maximumBlockWeight: Weight,
        maximumBlockLength: UInt32
    ) -> UInt64 {
        let boundedTime = min(max(info.weight.refTime, 1), max(maximumBlockWeight.refTime, 1))
        let boundedProof = min(max(info.weight.proofSize, 1), max(maximumBlockWeight.proofSize, 1))
        let perBlockWeight = min(maximumBlockWeight.refTime / boundedTime, maximumBlockWeight.proofSize / boundedProof)
        let perBlockLength = UInt64(maximumBlockLength) / UInt64(min(max(length, 1), max(maximumBlockLength, 1)))
        let perBlock = UInt128(max(min(perBlockWeight, perBlockLength), 1))
        func scaled(_ value: UInt128) -> UInt128 {
            let (product, overflow) = value.multipliedReportingOverflow(by: perBlock)
            return overflow ? .max : product
        }
        var priority = scaled(tip.saturatingAdding(Balance(planck: 1)).planck)
        if info.dispatchClass == .operational {
            let (virtualTip, overflow) = fee.planck.multipliedReportingOverflow(
                by: UInt128(configuration.operationalFeeMultiplier)
            )
            let (sum, sumOverflow) = priority.addingReportingOverflow(scaled(overflow ? .max : virtualTip))
            priority = sumOverflow ? .max : sum
        }
        return priority > UInt128(UInt64.max) ? .max : UInt64(priority)
    }
}
