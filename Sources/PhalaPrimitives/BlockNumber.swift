/// The height of a block, counted from genesis at 0: Substrate's `BlockNumber = u32`.
///
/// Headers write it as `Compact<u32>`; storage and runtime APIs write it as four little-endian bytes.
public typealias BlockNumber = UInt32
