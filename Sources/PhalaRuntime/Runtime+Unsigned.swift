import PalletMessageQueue
import RuntimeSupport

extension Runtime {
    /// Validates an unsigned extrinsic for the pool: only calls whose pallet validates unsigned
    /// transactions (FRAME's `ValidateUnsigned`) are accepted, as that pallet decides.
    /// - Parameters:
    ///   - call: the unsigned call.
    ///   - state: a throwaway block on top of the pool's best block.
    /// - Returns: the pool's ordering data.
    /// - Throws: `ExtrinsicRejection.invalid(.invalid(.call))` for an inherent,
    ///   `.invalid(.unknown(.noUnsignedValidator))` for a call no pallet validates, the pallet's own
    ///   refusal, or `.state` when the state cannot be read.
    func validateUnsigned(_ call: RuntimeCall, in state: inout Overlay) throws(ExtrinsicRejection) -> ValidTransaction {
        guard !call.isInherent else { throw .invalid(.invalid(.call)) }
        guard case .messageQueue(let call) = call else { throw .invalid(.unknown(.noUnsignedValidator)) }
        switch try reading({ () throws(DispatchError) in try messageQueue.validateUnsigned(call, in: &state) }) {
        case .success(let validity): return validity
        case .failure(let error): throw .invalid(error)
        }
    }

    /// Checks an unsigned, non-inherent extrinsic right before it is applied in a block (FRAME's
    /// `ValidateUnsigned::pre_dispatch`).
    /// - Parameters:
    ///   - call: the unsigned call.
    ///   - state: the block's state.
    /// - Throws: `ExtrinsicRejection.invalid(.unknown(.noUnsignedValidator))` for a call no pallet
    ///   validates, the pallet's refusal, or `.state` when the state cannot be read.
    func preDispatchUnsigned(_ call: RuntimeCall, in state: inout Overlay) throws(ExtrinsicRejection) {
        guard case .messageQueue(let call) = call else { throw .invalid(.unknown(.noUnsignedValidator)) }
        if case .failure(let error) = try reading({ () throws(DispatchError) in
            try messageQueue.preDispatch(call, in: &state)
        }) {
            throw .invalid(error)
        }
    }
}
