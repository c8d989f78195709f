public import PhalaPrimitives
import SCALE

extension ExecutionOutcome {
    /// pallet-contracts' `ContractResult` as pink returns it to clients (pink-abi.md §6.6).
    ///
    /// gas_consumed and gas_required are both this execution's gas (proof size 0); the storage deposit
    /// is reported as `Charge(0)` because this host does not charge storage deposits; `events` is
    /// `None`, as in pink. For an instantiation the Ok value is `InstantiateReturnValue{result,
    /// account_id}`; the address is the one derived for the constructor even when it reverted.
    /// - Parameter instantiation: the address an instantiation used, `nil` for a call.
    /// - Returns: the SCALE bytes.
    public func contractResultEncoded(instantiation address: AccountId32? = nil) -> [UInt8] {
        var encoder = ScaleEncoder()
        for _ in 0..<2 {
            encoder.encode(Compact(gasConsumed))
            encoder.encode(Compact(UInt64(0)))
        }
        encoder.encode(variantIndex: 1)
        encoder.encode(UInt128(0))
        encoder.encode(Array(debugMessage.utf8))
        switch result {
        case .success(let value):
            encoder.encode(variantIndex: 0)
            encoder.encode(value)
            if let address { encoder.encode(address) }
        case .failure(let failure):
            encoder.encode(variantIndex: 1)
            encoder.encode(failure)
        }
        encoder.encode(variantIndex: 0)
        return encoder.bytes
    }
}
