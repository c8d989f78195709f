import PhalaPrimitives
public import RuntimeSupport

extension StakePools {
    /// The pallet as clients see it: its storage items, calls, events, constants and errors under
    /// `pallet_stake_pools`.
    public var metadata: PalletMetadata {
        PalletMetadata(
            name: Self.name,
            index: index,
            storage: PalletStorageMetadata(
                prefix: Self.name,
                entries: [
                    StorageEntryMetadata(Storage.pools, docs: ["Mapping from pids to pools (stake pools and vaults)."]),
                    StorageEntryMetadata(
                        name: Storage.shareHoldings.location.item,
                        modifier: .optional,
                        kind: .map(
                            hashers: [Storage.shareHoldings.hasher1, Storage.shareHoldings.hasher2],
                            key: .tuple([.of(UInt64.self), .of(AccountId32.self)]),
                            value: .of(Balance.self)
                        ),
                        docs: ["Each staker's shares in each pool, by (pid, account)."]
                    ),
                    StorageEntryMetadata(Storage.poolCount, docs: ["The number of total pools."]),
                    StorageEntryMetadata(Storage.collectionIndex, docs: ["The next collection id."]),
                    StorageEntryMetadata(Storage.workerAssignments, docs: ["Mapping from workers to their pool."]),
                    StorageEntryMetadata(
                        Storage.subAccountPreimages,
                        docs: ["The (pid, worker) preimage of each session sub-account."]
                    ),
                    StorageEntryMetadata(
                        Storage.poolContributionWhitelists,
                        docs: ["The stakers allowed to contribute to a pool."]
                    ),
                    StorageEntryMetadata(Storage.vaultLocks, docs: ["The vaults locked by a force shutdown."]),
                    StorageEntryMetadata(Storage.wrappedBalances, docs: ["W-PHA balances."]),
                    StorageEntryMetadata(Storage.wrappedIssuance, docs: ["All W-PHA in existence."]),
                    StorageEntryMetadata(Storage.wrappedMinBalance, docs: ["The W-PHA minimum balance."]),
                    StorageEntryMetadata(Storage.unmintableDust, docs: ["Reward PHA too small to mint as W-PHA."]),
                ]
            ),
            calls: .of(Call.self),
            event: .of(Event.self),
            constants: [
                PalletConstantMetadata(name: "MinContribution", value: configuration.minContribution),
                PalletConstantMetadata(name: "GracePeriod", value: configuration.gracePeriod),
                PalletConstantMetadata(name: "VaultQueuePeriod", value: configuration.vaultQueuePeriod),
                PalletConstantMetadata(name: "MaxPoolWorkers", value: UInt32(clamping: configuration.maxPoolWorkers)),
                PalletConstantMetadata(name: "InitialPriceCheckPoint", value: configuration.initialPriceCheckpoint),
                PalletConstantMetadata(name: "WrappedBalancesAccountId", value: configuration.wrappedBalancesAccount),
            ],
            error: .of(Error.self)
        )
    }
}

extension StakePools.Error: TypeInfo {
    /// `pallet_stake_pools::pallet::Error<T>`, in index order.
    public static var typeInfo: TypeDescription<TypeReference> {
        .palletEnum("pallet_stake_pools", "Error", variants: variants(named: \.name))
    }
}
