import PalletStakePools
import PhalaClient
import PhalaPrimitives
import PhalaRuntime
import RuntimeSupport
import SCALE

/// Finds the pid a `create` or `create_vault` transaction got, from its block's events.
enum PoolCreation {
    /// The pid of the pool `owner` created in `block` (the last `PoolCreated`, or `VaultCreated` for a
    /// vault, whose owner is `owner`).
    /// - Parameters:
    ///   - owner: the creator.
    ///   - vault: whether a vault was created.
    ///   - block: the block the transaction is in.
    ///   - client: the connection.
    /// - Returns: the new pid.
    /// - Throws: `CommandError` when the block's events hold no such event.
    static func pid(createdBy owner: AccountId32, vault: Bool, in block: H256, through client: Client) async throws
        -> UInt64
    {
        let records = try [EventRecord<RuntimeEvent>](scaleDecoding: try await client.events(at: block))
        let pid = records.compactMap { record -> UInt64? in
            switch record.event {
            case .stakePools(.poolCreated(let creator, let pid, _, _)) where !vault && creator == owner: pid
            case .stakePools(.vaultCreated(let creator, let pid, _, _)) where vault && creator == owner: pid
            default: nil
            }
        }.last
        guard let pid else {
            throw CommandError("block \(block) has no \(vault ? "VaultCreated" : "PoolCreated") event for \(owner)")
        }
        return pid
    }
}
