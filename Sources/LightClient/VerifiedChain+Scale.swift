public import SCALE

extension VerifiedChain: ScaleCodable {
    /// Appends `genesis_hash ‖ finalized_tip ‖ Vec<recent block> ‖ authority_set ‖ Vec<aura key[32]>
    /// ‖ tip_slot u64`, the state an enclave seals in a checkpoint.
    public func encode(to encoder: inout ScaleEncoder) {
        encoder.encode(tuple: genesisHash, finalizedTip, recentBlocks, authoritySet)
        encoder.encode(compactLength: auraAuthorities.count)
        for key in auraAuthorities { encoder.append(key) }
        encoder.encode(tipSlot)
    }

    /// Reads a sealed client, checking that the tip ends the recent blocks and the Aura list is valid.
    public init(from decoder: inout ScaleDecoder) throws(ScaleDecodingError) {
        genesisHash = try decoder.decode()
        finalizedTip = try decoder.decode()
        recentBlocks = try decoder.decode()
        guard recentBlocks.last == finalizedTip else {
            throw decoder.error(.invalidValue(reason: "the recent blocks must end at the finalized tip"))
        }
        authoritySet = try decoder.decode()
        let count = try decoder.decodeCompactLength()
        var keys: [[UInt8]] = []
        for _ in 0..<count { keys.append(try decoder.readBytes(32)) }
        guard !keys.isEmpty else { throw decoder.error(.invalidValue(reason: "the Aura authority list is empty")) }
        auraAuthorities = keys
        tipSlot = try decoder.decode()
    }
}
