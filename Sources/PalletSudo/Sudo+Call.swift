public import PhalaPrimitives
public import RuntimeSupport
public import SCALE

extension Sudo {
    /// Sudo's calls, with pallet-sudo's call indices and argument names.
    public enum Call: PalletCall {
        /// Index 0, `sudo{call}`: dispatch `call` as root.
        indirect case sudo(call: RuntimeCall)
        /// Index 1, `sudo_unchecked_weight{call, weight}`: as `sudo`, declaring `weight` instead of the
        /// call's own.
        indirect case sudoUncheckedWeight(call: RuntimeCall, weight: Weight)
        /// Index 2, `set_key{new}`: hand the key to another account.
        case setKey(new: MultiAddress)
        /// Index 3, `sudo_as{who, call}`: dispatch `call` signed by `who`.
        indirect case sudoAs(who: MultiAddress, call: RuntimeCall)
        /// Index 4, `remove_key`: give up the key for good.
        case removeKey

        /// The call's name in metadata.
        public var name: String {
            switch self {
            case .sudo: "sudo"
            case .sudoUncheckedWeight: "sudo_unchecked_weight"
            case .setKey: "set_key"
            case .sudoAs: "sudo_as"
            case .removeKey: "remove_key"
            }
        }

        /// The inner call's weight plus Sudo's own; the inner call's class.
        public var dispatchInfo: DispatchInfo {
            switch self {
            case .sudo(let call), .sudoAs(_, let call):
                let inner = call.dispatchInfo
                return DispatchInfo(
                    weight: inner.weight.saturatingAdding(Weights.sudo),
                    dispatchClass: inner.dispatchClass
                )
            case .sudoUncheckedWeight(_, let weight):
                return DispatchInfo(weight: weight)
            case .setKey, .removeKey:
                return DispatchInfo(weight: Weights.setKey, dispatchClass: .operational)
            }
        }
    }

    /// Sudo's weights, pinned by tests.
    public enum Weights {
        /// Sudo's own cost on top of the inner call: 10 µs.
        public static var sudo: Weight { Weight(refTime: 10_000_000, proofSize: 1_517) }
        /// `set_key` and `remove_key`: 10 µs.
        public static var setKey: Weight { Weight(refTime: 10_000_000, proofSize: 1_517) }
    }

    /// Dispatches one of Sudo's calls.
    ///
    /// Failure conditions: an unsigned or root origin — `DispatchError.badOrigin`; a signer that is not
    /// the key — `RequireSudo`; a `set_key`/`sudo_as` address other than `MultiAddress.id` —
    /// `.cannotLookup`. The inner call's failure is reported in `Sudid`/`SudoAsDone`, not thrown.
    /// - Parameters:
    ///   - call: the call.
    ///   - origin: who makes it.
    ///   - state: the block's state.
    ///   - dispatcher: the runtime, which dispatches the inner call.
    /// - Throws: `DispatchError` as listed above.
    public func dispatch(
        _ call: Call,
        origin: Origin,
        in state: inout Overlay,
        dispatcher: some CallDispatching<RuntimeCall>
    ) throws(DispatchError) {
        let sender = try origin.ensureSigned()
        let key = try Storage.key.get(in: &state)
        guard key == sender else { throw dispatchError(Error.requireSudo) }
        switch call {
        case .sudo(let inner), .sudoUncheckedWeight(let inner, _):
            let result = Self.outcome { () throws(DispatchError) in
                try dispatcher.dispatch(inner, origin: .root, in: &state)
            }
            try deposit(.sudid(sudoResult: result), in: &state)
        case .setKey(let new):
            guard case .id(let account) = new else { throw .cannotLookup }
            Storage.key.set(account, in: &state)
            try deposit(.keyChanged(old: key, new: account), in: &state)
        case .sudoAs(let who, let inner):
            guard case .id(let account) = who else { throw .cannotLookup }
            let result = Self.outcome { () throws(DispatchError) in
                try dispatcher.dispatch(inner, origin: .signed(account), in: &state)
            }
            try deposit(.sudoAsDone(sudoResult: result), in: &state)
        case .removeKey:
            Storage.key.kill(in: &state)
            try deposit(.keyRemoved, in: &state)
        }
    }

    /// Runs `body` and turns its error into a failed result.
    static func outcome(_ body: () throws(DispatchError) -> Void) -> DispatchResult {
        do {
            try body()
            return .success(Empty())
        } catch {
            return .failure(error)
        }
    }
}

extension Sudo.Call: ScaleCodable {
    /// Appends the call index and the arguments.
    public func encode(to encoder: inout ScaleEncoder) {
        switch self {
        case .sudo(let call):
            encoder.encode(variantIndex: 0)
            encoder.encode(call)
        case .sudoUncheckedWeight(let call, let weight):
            encoder.encode(variantIndex: 1)
            encoder.encode(tuple: call, weight)
        case .setKey(let new):
            encoder.encode(variantIndex: 2)
            encoder.encode(new)
        case .sudoAs(let who, let call):
            encoder.encode(variantIndex: 3)
            encoder.encode(tuple: who, call)
        case .removeKey:
            encoder.encode(variantIndex: 4)
        }
    }

    /// Reads one call, nesting the inner call one level deeper; unknown indices are `.unknownVariant`.
    public init(from decoder: inout ScaleDecoder) throws(ScaleDecodingError) {
        let variant = try decoder.decodeVariantIndex()
        switch variant {
        case 0:
            self = .sudo(
                call: try decoder.nested { (inner: inout ScaleDecoder) throws(ScaleDecodingError) in try inner.decode()
                }
            )
        case 1:
            let call: RuntimeCall = try decoder.nested { (inner: inout ScaleDecoder) throws(ScaleDecodingError) in
                try inner.decode()
            }
            self = .sudoUncheckedWeight(call: call, weight: try decoder.decode())
        case 2: self = .setKey(new: try decoder.decode())
        case 3:
            let who: MultiAddress = try decoder.decode()
            self = .sudoAs(
                who: who,
                call: try decoder.nested { (inner: inout ScaleDecoder) throws(ScaleDecodingError) in try inner.decode()
                }
            )
        case 4: self = .removeKey
        default: throw decoder.unknownVariant(variant, of: Sudo.Call.self)
        }
    }
}
