/// What reading an absent storage item gives, as metadata declares it (`StorageEntryModifier`).
public enum StorageModifier: UInt8, Sendable, Hashable {
    /// Absent means absent: the item is read as an optional.
    case optional = 0
    /// Absent reads as the item's default value, whose encoding metadata lists.
    case `default` = 1
}
