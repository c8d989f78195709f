import PalletPhatContracts
import PhalaPrimitives
import Testing

@Suite struct ContractAddressTests {
    /// phala-facts.md §6.2 (phala_types' `contract_id` test; formula in pink-abi.md §6.4): deployer [1;32],
    /// code hash [1,2,3], cluster [1;32], salt [1,2,3].
    @Test func theContractIdFollowsPinksFormula() throws {
        let id = PhatContracts.contractId(
            deployer: AccountId32(FixedBytes(repeating: 1)),
            codeHash: [1, 2, 3],
            cluster: H256(FixedBytes(repeating: 1)),
            salt: [1, 2, 3]
        )
        #expect(id == H256(try FixedBytes(hex: "0x29a773373d12f21a9407333f6e1c9db09aed5c03d21e91060c2f34ac2b86ecb4")))
    }
}
