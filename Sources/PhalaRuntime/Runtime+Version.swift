extension Runtime {
    /// This runtime's version.
    ///
    /// `specName` "phala-swift" matches none of scalecodec's bundled presets (substrate-rpc.md §13).
    /// `apis` lists only what `call(_:arguments:state:)` answers: `Metadata` at version 1 (only
    /// `Metadata_metadata`, so polkadot.js does not ask for other versions, substrate-rpc.md §5.1).
    /// `systemVersion` 1 is state version 1.
    public static let version = RuntimeVersion(
        specName: "phala-swift",
        implName: "phala-swift",
        authoringVersion: 1,
        specVersion: 100,
        implVersion: 1,
        apis: [
            (RuntimeVersion.apiID("Core"), 4),
            (RuntimeVersion.apiID("Metadata"), 1),
            (RuntimeVersion.apiID("AccountNonceApi"), 1),
            (RuntimeVersion.apiID("TransactionPaymentApi"), 4),
            (RuntimeVersion.apiID("TaggedTransactionQueue"), 3),
            (RuntimeVersion.apiID("AuraApi"), 1),
            (RuntimeVersion.apiID("GrandpaApi"), 3),
        ],
        transactionVersion: 1,
        systemVersion: 1
    )
}
