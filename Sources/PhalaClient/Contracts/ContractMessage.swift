/// A constructor or message a contract's metadata declares: how to call it (selector and argument
/// types) and what it returns (pink-abi.md §6.1–§6.3).
public struct ContractMessage: Sendable, Hashable {
    /// One declared argument.
    public struct Argument: Sendable, Hashable {
        /// The argument's name in the contract's source.
        public var label: String
        /// Its type id in the bundle's type registry.
        public var type: UInt32
        /// The Rust type name as written, e.g. `["AccountId"]`, for help texts.
        public var displayName: [String]

        /// Creates an argument.
        public init(label: String, type: UInt32, displayName: [String]) {
            self.label = label
            self.type = type
            self.displayName = displayName
        }
    }

    /// The name callers use, e.g. `"flip"` or `"new"`.
    public var label: String
    /// The 4 bytes that start the call's input and pick this message.
    public var selector: [UInt8]
    /// The arguments in order.
    public var arguments: [Argument]
    /// The return type id; nil when the metadata declares none (ink! 3's `()` returns).
    public var returnType: UInt32?
    /// Whether the message may change the contract's storage (so it is sent as a transaction); always
    /// true for constructors.
    public var mutates: Bool
    /// Whether value may be transferred with the call.
    public var payable: Bool

    /// Creates a message description.
    public init(
        label: String,
        selector: [UInt8],
        arguments: [Argument],
        returnType: UInt32?,
        mutates: Bool,
        payable: Bool
    ) {
        self.label = label
        self.selector = selector
        self.arguments = arguments
        self.returnType = returnType
        self.mutates = mutates
        self.payable = payable
    }

    /// The call's signature for help texts, e.g. `transfer(to: AccountId, value: Balance)`.
    public var signature: String {
        let arguments = arguments.map { "\($0.label): \($0.displayName.joined(separator: "::"))" }
        return "\(label)(\(arguments.joined(separator: ", ")))"
    }
}
