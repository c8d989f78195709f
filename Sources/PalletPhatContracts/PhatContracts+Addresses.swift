import PhalaCrypto
public import PhalaPrimitives
import RuntimeSupport

extension PhatContracts {
    /// A contract's id: `blake2_256(deployer ‖ code_hash ‖ cluster_id ‖ salt)` (pink-abi.md §6.4,
    /// Phala's `ContractInfo::contract_id`).
    /// - Parameters:
    ///   - deployer: the deploying account's 32 bytes.
    ///   - codeHash: the code hash's bytes.
    ///   - cluster: the cluster id.
    ///   - salt: the salt.
    /// - Returns: the contract id.
    public static func contractId(deployer: AccountId32, codeHash: [UInt8], cluster: H256, salt: [UInt8]) -> H256 {
        H256(FixedBytes(known: Hashing.blake2_256(deployer.raw.bytes + codeHash + cluster.raw.bytes + salt)))
    }

    /// The account holding a cluster's deposits: `blake2_256("cluster:" ‖ cluster_id)` (Phala's
    /// `cluster_account`).
    /// - Parameter cluster: the cluster id.
    /// - Returns: the cluster's account.
    public static func clusterAccount(_ cluster: H256) -> AccountId32 {
        AccountId32(FixedBytes(known: Hashing.blake2_256(Array("cluster:".utf8) + cluster.raw.bytes)))
    }
}
