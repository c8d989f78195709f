/// The flags of `seal1.call` and `seal0.delegate_call` in pallet-contracts v1.5 (pink-abi.md §3.4).
struct CallFlags: OptionSet {
    let rawValue: UInt32

    /// Move this frame's input to the callee; a later `input()` traps with `InputForwarded`.
    static let forwardInput = CallFlags(rawValue: 0x1)
    /// Copy this frame's input to the callee (wins over forwarding).
    static let cloneInput = CallFlags(rawValue: 0x2)
    /// After a successful callee, end this frame with the callee's result.
    static let tailCall = CallFlags(rawValue: 0x4)
    /// Let the callee chain re-enter this contract; forbidden for `delegate_call`.
    static let allowReentry = CallFlags(rawValue: 0x8)

    /// Every flag this pallet version defines; any other bit traps with `InvalidCallFlags`.
    static let defined: CallFlags = [.forwardInput, .cloneInput, .tailCall, .allowReentry]
}
