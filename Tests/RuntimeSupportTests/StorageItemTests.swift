import MerkleTrie
import PhalaCrypto
import PhalaPrimitives
import PhalaTesting
import RuntimeSupport
import Testing

@Suite struct StorageItemTests {
    static let alice = try! AccountId32(hex: "d43593c715fdd31c61141abd04a99fd6822c8558854ccde39a5684e7a56da27d")

    static func emptyOverlay() throws -> Overlay {
        Overlay(base: try Trie(store: InMemoryNodeStore()))
    }

    // Vectors: substrate-rpc.md §3 (verified against substrate-interface 1.8.1).
    @Test func keysAreTwox128OfPalletAndItemThenTheHashedKey() {
        let number = StorageValue<UInt32>(pallet: "System", name: "Number", default: 0)
        #expect(Hex.string(number.key) == "26aa394eea5630e07c48ae0c9558cef702a5c1b19ab7a04f536c519aca4983ac")
        let account = StorageMap<AccountId32, UInt32>(pallet: "System", name: "Account", hasher: .blake2_128Concat)
        #expect(
            Hex.string(account.storageKey(for: Self.alice))
                == "26aa394eea5630e07c48ae0c9558cef7b99d880ec681799c0cf30e8886371da9"
                + "de1e86a9a8c739864cf3cc5ec2bea59fd43593c715fdd31c61141abd04a99fd6822c8558854ccde39a5684e7a56da27d"
        )
    }

    @Test func aValueItemReadsItsDefaultAndAnOptionalOneReadsNil() throws {
        var state = try Self.emptyOverlay()
        let counted = StorageValue<UInt32>(pallet: "Test", name: "Counted", default: 7)
        let optional = StorageValue<UInt32>(pallet: "Test", name: "Optional")
        #expect(try counted.value(in: &state) == 7)
        #expect(try optional.get(in: &state) == nil)
        #expect(counted.modifier == .default && optional.modifier == .optional)
        try counted.mutate(in: &state) { (value: inout UInt32) throws(DispatchError) in value += 1 }
        #expect(try counted.value(in: &state) == 8)
        #expect(try counted.take(in: &state) == 8)
        #expect(try counted.exists(in: &state) == false)
    }

    @Test func aValueThatDoesNotDecodeIsCorruption() throws {
        var state = try Self.emptyOverlay()
        let item = StorageValue<UInt32>(pallet: "Test", name: "Broken")
        state.set([1, 2], forKey: item.key)
        #expect(throws: DispatchError.corruption) { try item.get(in: &state) }
    }

    @Test func mapEntriesRecoverTheirKeysInStorageOrder() throws {
        var state = try Self.emptyOverlay()
        let map = StorageMap<UInt32, UInt64>(pallet: "Test", name: "Map", hasher: .twox64Concat)
        for key: UInt32 in [5, 1, 9] { map.insert(UInt64(key) * 10, for: key, in: &state) }
        map.remove(9, in: &state)
        let entries = try map.entries(in: &state)
        #expect(Set(entries.map(\.key)) == [1, 5])
        #expect(entries.allSatisfy { $0.value == UInt64($0.key) * 10 })
        try map.mutateExisting(5, in: &state) { (value: inout UInt64?) throws(DispatchError) in value = nil }
        #expect(try map.contains(5, in: &state) == false)
    }

    @Test func doubleMapEntriesShareTheirFirstKeysPrefix() throws {
        var state = try Self.emptyOverlay()
        let map = StorageDoubleMap<UInt32, UInt32, UInt8>(
            pallet: "Test",
            name: "Double",
            hasher1: .blake2_128Concat,
            hasher2: .twox64Concat
        )
        map.insert(1, for: 7, 1, in: &state)
        map.insert(2, for: 7, 2, in: &state)
        map.insert(3, for: 8, 1, in: &state)
        #expect(try map.entries(7, in: &state).map(\.key).sorted() == [1, 2])
        #expect(try map.get(8, 1, in: &state) == 3)
        map.remove(8, 1, in: &state)
        #expect(try map.get(8, 1, in: &state) == nil)
    }

    @Test func appendingToAVectorItemEncodesTheWholeVector() throws {
        var state = try Self.emptyOverlay()
        let list = StorageValue<[UInt16]>(pallet: "Test", name: "List", default: [])
        try list.append(UInt16(1), in: &state)
        try list.append(UInt16(2), in: &state)
        #expect(try list.value(in: &state) == [1, 2])
    }
}
