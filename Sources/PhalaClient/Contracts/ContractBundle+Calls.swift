import JSONRPC
import PhalaCrypto
public import PhalaPrimitives

extension ContractBundle {
    /// The input that calls a message: its selector and the arguments encoded by their types.
    /// - Parameters:
    ///   - label: the message's label, e.g. `"flip"`.
    ///   - arguments: one value per declared argument, as JSON or plain text (see
    ///     `ContractValueCodec.value(ofArgument:)`).
    /// - Returns: the message and its call data.
    /// - Throws: `ContractError` for an unknown message or an argument that does not fit its type.
    public func messageCall(_ label: String, arguments: [String]) throws(ContractError)
        -> (message: ContractMessage, callData: [UInt8])
    {
        let message = try message(label)
        return (message, try codec.callData(message, arguments: arguments.map(ContractValueCodec.value(ofArgument:))))
    }

    /// The input that runs a constructor: its selector and the arguments encoded by their types.
    /// - Parameters:
    ///   - label: the constructor's label, e.g. `"new"`.
    ///   - arguments: one value per declared argument, as JSON or plain text.
    /// - Returns: the constructor and its call data.
    /// - Throws: `ContractError` for an unknown constructor or an argument that does not fit its type.
    public func constructorCall(_ label: String, arguments: [String]) throws(ContractError)
        -> (constructor: ContractMessage, callData: [UInt8])
    {
        let constructor = try constructor(label)
        return (
            constructor,
            try codec.callData(constructor, arguments: arguments.map(ContractValueCodec.value(ofArgument:)))
        )
    }

    /// The id a contract of this code gets: BLAKE2b-256(deployer ‖ code hash ‖ cluster ‖ salt), pink's
    /// address generator and the chain's `instantiate_contract` (pink-abi.md §6.4, phala-facts.md §6.2).
    /// - Parameters:
    ///   - deployer: the account that instantiates it.
    ///   - cluster: the cluster it runs in.
    ///   - salt: the instantiation salt.
    /// - Returns: the contract id.
    public func contractId(deployer: AccountId32, cluster: H256, salt: [UInt8]) -> H256 {
        let digest = Hashing.blake2_256(deployer.raw.bytes + codeHash.raw.bytes + cluster.raw.bytes + salt)
        do { return H256(try FixedBytes<32>(digest)) } catch {
            preconditionFailure("BLAKE2b-256 gave \(digest.count) bytes")
        }
    }
}
