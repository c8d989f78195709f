import ContractHost

/// TRANSITIONAL (branch only, replaced by PinkExtension before merging): refuses every extension id.
struct PendingPinkExtension: ChainExtension {
    func call(id: UInt32, input: [UInt8], frame: any ExtensionFrame) throws(ExecutionFailure) -> ChainExtensionResult {
        throw .pink(.unknownChainExtensionId)
    }
}
