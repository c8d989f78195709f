import PhalaCrypto

/// The storage keys an enclave reads from verified chain state, so the host knows what to prove.
///
/// The host proves `genesisKeys` at the genesis block for `InitRequest.genesisProof`, and adds
/// `watchedKeys` to every block's proof (`BlockChanges.proof`) whether they changed or not, so the
/// enclave learns their values (or that they are unchanged) from the state root alone.
public enum ChainStorageKeys {
    /// `Grandpa.Authorities`: the GRANDPA voters, `Vec<(ed25519 key, u64 weight)>`.
    public static let grandpaAuthorities = plain("Grandpa", "Authorities")
    /// `Grandpa.CurrentSetId`: the voters' set id, `u64`.
    public static let grandpaSetID = plain("Grandpa", "CurrentSetId")
    /// `Aura.Authorities`: the block authors, `Vec<[u8; 32]>`.
    public static let auraAuthorities = plain("Aura", "Authorities")
    /// `Timestamp.Now`: the block's time in unix milliseconds, `u64`.
    public static let timestampNow = plain("Timestamp", "Now")
    /// `PhalaMq.OutboundMessages`: the block's messages for enclaves, `Vec<Message>`.
    public static let outboundMessages = plain("PhalaMq", "OutboundMessages")
    /// `PhalaComputation.TokenomicParameters`: the computation economy's parameters, SCALE
    /// `TokenomicParameters` (phala-facts.md §3.2); absent on a chain without the computation pallet.
    public static let tokenomicParameters = plain("PhalaComputation", "TokenomicParameters")

    /// The keys proven at genesis for `InitRequest`.
    public static var genesisKeys: [[UInt8]] {
        [grandpaAuthorities, grandpaSetID, auraAuthorities, tokenomicParameters]
    }
    /// The keys proven at every block for `BlockChanges`.
    public static var watchedKeys: [[UInt8]] { [timestampNow, outboundMessages] }

    /// A plain storage value's key: twox128(pallet) ‖ twox128(item).
    static func plain(_ pallet: String, _ item: String) -> [UInt8] {
        Hashing.twox128(Array(pallet.utf8)) + Hashing.twox128(Array(item.utf8))
    }
}
