public import RuntimeSupport
public import SCALE

extension Utility {
    /// Utility's calls, with pallet-utility's call indices and argument names.
    public enum Call: PalletCall {
        /// Index 0, `batch{calls}`: dispatch in order, stop at the first failure.
        case batch(calls: [RuntimeCall])
        /// Index 2, `batch_all{calls}`: dispatch all or nothing.
        case batchAll(calls: [RuntimeCall])
        /// Index 4, `force_batch{calls}`: dispatch all, skipping failures.
        case forceBatch(calls: [RuntimeCall])

        /// The call's name in metadata.
        public var name: String {
            switch self {
            case .batch: "batch"
            case .batchAll: "batch_all"
            case .forceBatch: "force_batch"
            }
        }

        /// The calls inside.
        public var calls: [RuntimeCall] {
            switch self {
            case .batch(let calls), .batchAll(let calls), .forceBatch(let calls): calls
            }
        }

        /// The inner calls' weights plus Utility's per-call cost; operational only if every inner call
        /// is; free only if every inner call is.
        public var dispatchInfo: DispatchInfo {
            let inner = calls.map(\.dispatchInfo)
            let weight = inner.reduce(Weights.batch(count: inner.count)) { $0.saturatingAdding($1.weight) }
            let operational = !inner.isEmpty && inner.allSatisfy { $0.dispatchClass == .operational }
            let free = !inner.isEmpty && inner.allSatisfy { $0.paysFee == .no }
            return DispatchInfo(
                weight: weight,
                dispatchClass: operational ? .operational : .normal,
                paysFee: free ? .no : .yes
            )
        }
    }

    /// Utility's weights, pinned by tests.
    public enum Weights {
        /// A batch's own cost: 5 µs plus 4 µs per call.
        public static func batch(count: Int) -> Weight {
            Weight(refTime: 5_000_000 + 4_000_000 * UInt64(count))
        }
    }

    /// Dispatches one of Utility's calls (see `Utility` for the three semantics).
    ///
    /// Failure conditions: more than `maxCalls` calls — `TooManyCalls`; for `batch_all`, the first
    /// failing call's error (everything undone). `batch` and `force_batch` report failures in events.
    /// - Parameters:
    ///   - call: the call.
    ///   - origin: who makes it; each inner call runs with it.
    ///   - state: the block's state.
    ///   - dispatcher: the runtime, which dispatches the inner calls.
    /// - Throws: `DispatchError` as listed above.
    public func dispatch(
        _ call: Call,
        origin: Origin,
        in state: inout Overlay,
        dispatcher: some CallDispatching<RuntimeCall>
    ) throws(DispatchError) {
        guard call.calls.count <= Self.maxCalls else { throw dispatchError(Error.tooManyCalls) }
        switch call {
        case .batch(let calls):
            for (position, inner) in calls.enumerated() {
                do {
                    try dispatcher.dispatch(inner, origin: origin, in: &state)
                } catch {
                    try deposit(.batchInterrupted(index: UInt32(position), error: error), in: &state)
                    return
                }
                try deposit(.itemCompleted, in: &state)
            }
            try deposit(.batchCompleted, in: &state)
        case .batchAll(let calls):
            try state.transactional { (state: inout Overlay) throws(DispatchError) in
                for inner in calls {
                    try dispatcher.dispatch(inner, origin: origin, in: &state)
                    try deposit(.itemCompleted, in: &state)
                }
            }
            try deposit(.batchCompleted, in: &state)
        case .forceBatch(let calls):
            var failed = false
            for inner in calls {
                do {
                    try dispatcher.dispatch(inner, origin: origin, in: &state)
                    try deposit(.itemCompleted, in: &state)
                } catch {
                    failed = true
                    try deposit(.itemFailed(error: error), in: &state)
                }
            }
            try deposit(failed ? .batchCompletedWithErrors : .batchCompleted, in: &state)
        }
    }
}

extension Utility.Call: ScaleCodable {
    /// Appends the call index and the calls as a vector.
    public func encode(to encoder: inout ScaleEncoder) {
        switch self {
        case .batch(let calls):
            encoder.encode(variantIndex: 0)
            encoder.encode(calls)
        case .batchAll(let calls):
            encoder.encode(variantIndex: 2)
            encoder.encode(calls)
        case .forceBatch(let calls):
            encoder.encode(variantIndex: 4)
            encoder.encode(calls)
        }
    }

    /// Reads one call, nesting the inner calls one level deeper; unknown indices are `.unknownVariant`.
    public init(from decoder: inout ScaleDecoder) throws(ScaleDecodingError) {
        let variant = try decoder.decodeVariantIndex()
        let calls: [RuntimeCall]
        switch variant {
        case 0, 2, 4:
            calls = try decoder.nested { (inner: inout ScaleDecoder) throws(ScaleDecodingError) in try inner.decode() }
        default: throw decoder.unknownVariant(variant, of: Utility.Call.self)
        }
        switch variant {
        case 0: self = .batch(calls: calls)
        case 2: self = .batchAll(calls: calls)
        default: self = .forceBatch(calls: calls)
        }
    }
}
