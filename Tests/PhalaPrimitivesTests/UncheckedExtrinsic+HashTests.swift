import PhalaPrimitives
import Testing

@Suite struct UncheckedExtrinsicHashTests {
    // substrate-rpc.md §7.4: the hash covers the length prefix too.
    @Test func referenceTransferHashesToTheReferenceTransactionHash() throws {
        #expect(try ReferenceTransfer.parts.hash.description == ReferenceTransfer.transactionHash)
    }
}
