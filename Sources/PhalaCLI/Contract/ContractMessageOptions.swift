import ArgumentParser
import JSONRPC
import PhalaClient
import PhalaPrimitives

/// `--bundle`, `--message` and `--args`: which message of which contract, with which arguments. Shared by
/// `phala contract tx` and the query command, so both encode arguments and show results the same way.
struct ContractMessageOptions: ParsableArguments {
    @OptionGroup var bundle: ContractBundleOptions

    @Option(help: "The message's label in the bundle, e.g. flip.")
    var message: String

    @Option(
        parsing: .upToNextOption,
        help: "The message's arguments in order, each JSON or plain text (see `phala contract --help`)."
    )
    var args: [String] = []

    /// The message and the call data that invokes it: selector ‖ SCALE arguments.
    /// - Returns: the bundle, the message and its call data.
    /// - Throws: `CommandError` for an unreadable bundle, an unknown message or an argument that does not fit.
    func call() throws -> (bundle: ContractBundle, message: ContractMessage, callData: [UInt8]) {
        let bundle = try bundle.load()
        do {
            let (message, callData) = try bundle.messageCall(message, arguments: args)
            return (bundle, message, callData)
        } catch { throw CommandError("\(error)") }
    }

    /// What the message returned, decoded by its declared type (`{"Ok": …}` / `{"Err": …}` for ink! 4).
    /// - Parameters:
    ///   - output: the `data` the contract returned.
    ///   - message: the message that was called.
    ///   - bundle: its bundle.
    /// - Returns: the value as JSON.
    /// - Throws: `CommandError` when the bytes do not decode as the declared type.
    static func result(_ output: [UInt8], of message: ContractMessage, in bundle: ContractBundle) throws -> JSONValue {
        do { return try bundle.codec.decodeOutput(output, of: message) } catch {
            throw CommandError(
                "the contract's output \(Hex.encode(output)) does not match `\(message.label)`: \(error)"
            )
        }
    }
}
