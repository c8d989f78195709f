/// Gas prices of this host: fuel per wasm instruction and the weight of each host function.
///
/// Pink converts gas to wasmi fuel at 8000 ref_time units (picoseconds) per fuel unit, and charges
/// host functions by pallet-contracts' schedule (pink-abi.md §7). WasmKit's fuel is about one unit
/// per instruction too, so the same factor applies; host weights use the schedule's base values.
/// Bit-exact parity with wasmi's fuel table is not a goal (pink-abi.md §9).
enum GasSchedule {
    /// ref_time units per unit of fuel.
    static let refTimePerFuel: UInt64 = 8000

    /// The base ref_time of each host function, in picoseconds, before per-byte costs.
    static func baseWeight(of function: HostFunction) -> UInt64 {
        switch function {
        case .caller, .address, .valueTransferred, .blockNumber, .now, .balance, .minimumBalance, .gasLeft,
            .callerIsOrigin, .ownCodeHash, .isContract, .input, .sealReturn, .debugMessage:
            340_000
        case .hashBlake2_256, .hashBlake2_128, .hashSha2_256, .hashKeccak256: 481_000
        case .getStorageFixed, .getStorage, .containsStorage: 5_700_000
        case .setStorageFixed, .setStorage, .clearStorage: 7_100_000
        case .depositEvent: 3_800_000
        case .callChainExtension: 0
        case .call: 248_000_000
        case .delegateCall: 250_000_000
        case .instantiate: 388_000_000
        case .codeHash: 4_700_000
        case .setCodeHash: 27_600_000
        }
    }

    /// The ref_time per byte moved by a host function (input, output, storage values, hashing).
    static let weightPerByte: UInt64 = 1_000

    /// Converts ref_time to fuel, rounding up so that every charge costs at least what it weighs.
    static func fuel(forRefTime refTime: UInt64) -> UInt64 {
        refTime / refTimePerFuel + (refTime % refTimePerFuel == 0 ? 0 : 1)
    }
}
