/// How much the chain trusts a worker's attestation, as Phala numbers it: 1 is the best (an up-to-date
/// platform), 5 the worst hardware level, 128 no hardware guarantee (phala-facts.md §1.3).
public struct ConfidenceLevel: RawRepresentable, Sendable, Hashable, Comparable {
    /// The level's number as stored on chain (`confidence_level: u8`).
    public let rawValue: UInt8

    /// Wraps a level number.
    public init(rawValue: UInt8) {
        self.rawValue = rawValue
    }

    /// Level 1: IAS "OK" / DCAP "UpToDate".
    public static let upToDate = ConfidenceLevel(rawValue: 1)
    /// Level 128: Phala's level for root-registered and unattested (`None`) workers. Software TEE reports
    /// get it too: they prove no hardware isolation, so they rank below every hardware level.
    public static let software = ConfidenceLevel(rawValue: 128)

    /// Orders levels by number; a lower number is more trusted.
    public static func < (lhs: ConfidenceLevel, rhs: ConfidenceLevel) -> Bool { lhs.rawValue < rhs.rawValue }
}
