import PhalaCrypto
import PhalaPrimitives
import RuntimeSupport
import SCALE

/// A runtime with System-, Balances- and TransactionPayment-like pallets, described by hand the way
/// real pallets describe themselves (substrate-rpc.md §5.4), to exercise the metadata builders.
enum ToyRuntime {
    static let crate = "toy_runtime"

    /// A pallet's call, event or error enum: a variant type with a 3-segment path and marker parameters.
    static func palletEnum(_ module: String, _ name: String, _ variants: [TypeVariant<TypeReference>]) -> TypeReference
    {
        .named("\(module)::pallet::\(name)") {
            .variant(
                path: [module, "pallet", name],
                parameters: [TypeParameter(name: "T", type: nil)]
                    + (module == "pallet_balances" ? [TypeParameter(name: "I", type: nil)] : []),
                variants: variants
            )
        }
    }

    static func account(_ name: String) -> TypeField<TypeReference> {
        TypeField(name: name, type: .of(AccountId32.self), typeName: "T::AccountId")
    }

    static func balance(_ name: String) -> TypeField<TypeReference> {
        TypeField(name: name, type: .of(Balance.self), typeName: "T::Balance")
    }

    static func fieldless(_ names: [String]) -> [TypeVariant<TypeReference>] {
        names.enumerated().map { TypeVariant(name: $0.element, index: UInt8($0.offset)) }
    }

    static let systemCall = palletEnum(
        "frame_system",
        "Call",
        [
            TypeVariant(
                name: "remark",
                index: 0,
                fields: [TypeField(name: "remark", type: .of([UInt8].self), typeName: "Vec<u8>")]
            )
        ]
    )
    static let systemEvent = palletEnum(
        "frame_system",
        "Event",
        [
            TypeVariant(
                name: "ExtrinsicSuccess",
                index: 0,
                fields: [TypeField(name: "dispatch_info", type: .dispatchInfo, typeName: "DispatchInfo")]
            ),
            TypeVariant(
                name: "ExtrinsicFailed",
                index: 1,
                fields: [
                    TypeField(name: "dispatch_error", type: .dispatchError, typeName: "DispatchError"),
                    TypeField(name: "dispatch_info", type: .dispatchInfo, typeName: "DispatchInfo"),
                ]
            ),
            TypeVariant(name: "CodeUpdated", index: 2),
            TypeVariant(name: "NewAccount", index: 3, fields: [account("account")]),
            TypeVariant(name: "KilledAccount", index: 4, fields: [account("account")]),
            TypeVariant(
                name: "Remarked",
                index: 5,
                fields: [account("sender"), TypeField(name: "hash", type: .of(H256.self), typeName: "T::Hash")]
            ),
        ]
    )
    static let systemError = palletEnum(
        "frame_system",
        "Error",
        fieldless([
            "InvalidSpecName", "SpecVersionNeedsToIncrease", "FailedToExtractRuntimeVersion", "NonDefaultComposite",
            "NonZeroRefCount", "CallFiltered",
        ])
    )

    static let dest = TypeField<TypeReference>(
        name: "dest",
        type: .of(MultiAddress.self),
        typeName: "AccountIdLookupOf<T>"
    )
    static let value = TypeField<TypeReference>(name: "value", type: .of(Compact<UInt128>.self), typeName: "T::Balance")
    static let balancesCall = palletEnum(
        "pallet_balances",
        "Call",
        [
            TypeVariant(name: "transfer_allow_death", index: 0, fields: [dest, value]),
            TypeVariant(
                name: "force_transfer",
                index: 2,
                fields: [
                    TypeField(name: "source", type: .of(MultiAddress.self), typeName: "AccountIdLookupOf<T>"), dest,
                    value,
                ]
            ),
            TypeVariant(
                name: "transfer_keep_alive",
                index: 3,
                fields: [dest, value],
                docs: ["Same as `transfer_allow_death`, but keeps the sender alive."]
            ),
            TypeVariant(
                name: "transfer_all",
                index: 4,
                fields: [dest, TypeField(name: "keep_alive", type: .of(Bool.self), typeName: "bool")]
            ),
        ]
    )
    static let balancesEvent = palletEnum(
        "pallet_balances",
        "Event",
        [
            TypeVariant(name: "Endowed", index: 0, fields: [account("account"), balance("free_balance")]),
            TypeVariant(name: "DustLost", index: 1, fields: [account("account"), balance("amount")]),
            TypeVariant(name: "Transfer", index: 2, fields: [account("from"), account("to"), balance("amount")]),
            TypeVariant(name: "BalanceSet", index: 3, fields: [account("who"), balance("free")]),
            TypeVariant(name: "Reserved", index: 4, fields: [account("who"), balance("amount")]),
            TypeVariant(name: "Unreserved", index: 5, fields: [account("who"), balance("amount")]),
            TypeVariant(name: "Deposit", index: 7, fields: [account("who"), balance("amount")]),
            TypeVariant(name: "Withdraw", index: 8, fields: [account("who"), balance("amount")]),
        ]
    )
    static let balancesError = palletEnum(
        "pallet_balances",
        "Error",
        fieldless([
            "VestingBalance", "LiquidityRestrictions", "InsufficientBalance", "ExistentialDeposit", "Expendability",
            "ExistingVestingSchedule", "DeadAccount", "TooManyReserves",
        ])
    )
    static let paymentEvent = palletEnum(
        "pallet_transaction_payment",
        "Event",
        [
            TypeVariant(
                name: "TransactionFeePaid",
                index: 0,
                fields: [account("who"), balance("actual_fee"), balance("tip")]
            )
        ]
    )

    static let runtimeCall = TypeReference.outerEnum(
        path: [crate, "RuntimeCall"],
        pallets: [
            .init(name: "System", index: 0, type: systemCall), .init(name: "Balances", index: 1, type: balancesCall),
        ]
    )
    static let runtimeEvent = TypeReference.outerEnum(
        path: [crate, "RuntimeEvent"],
        pallets: [
            .init(name: "System", index: 0, type: systemEvent), .init(name: "Balances", index: 1, type: balancesEvent),
            .init(name: "TransactionPayment", index: 2, type: paymentEvent),
        ]
    )

    static var system: PalletMetadata {
        let zeroHash = [UInt8](repeating: 0, count: 32)
        return PalletMetadata(
            name: "System",
            index: 0,
            storage: PalletStorageMetadata(
                prefix: "System",
                entries: [
                    StorageEntryMetadata(
                        name: "Account",
                        modifier: .default([UInt8](repeating: 0, count: 80)),
                        kind: .map(hashers: [.blake2_128Concat], key: .of(AccountId32.self), value: .accountInfo),
                        docs: ["The full account information for a particular account ID."]
                    ),
                    StorageEntryMetadata(name: "ExtrinsicCount", modifier: .optional, kind: .plain(.of(UInt32.self))),
                    StorageEntryMetadata(
                        name: "BlockHash",
                        modifier: .default(zeroHash),
                        kind: .map(hashers: [.twox64Concat], key: .of(BlockNumber.self), value: .of(H256.self))
                    ),
                    StorageEntryMetadata(
                        name: "Number",
                        modifier: .default([0, 0, 0, 0]),
                        kind: .plain(.of(BlockNumber.self))
                    ),
                    StorageEntryMetadata(
                        name: "ParentHash",
                        modifier: .default(zeroHash),
                        kind: .plain(.of(H256.self))
                    ),
                    StorageEntryMetadata(name: "Digest", modifier: .default([0]), kind: .plain(.digest)),
                    StorageEntryMetadata(
                        name: "Events",
                        modifier: .default([0]),
                        kind: .plain(.sequence(of: .eventRecord(event: runtimeEvent, topic: .of(H256.self))))
                    ),
                    StorageEntryMetadata(
                        name: "EventCount",
                        modifier: .default([0, 0, 0, 0]),
                        kind: .plain(.of(UInt32.self))
                    ),
                ]
            ),
            calls: systemCall,
            event: systemEvent,
            constants: [
                PalletConstantMetadata(name: "BlockHashCount", value: BlockNumber(2400)),
                PalletConstantMetadata(name: "SS58Prefix", value: UInt16(30)),
            ],
            error: systemError
        )
    }

    static var balances: PalletMetadata {
        PalletMetadata(
            name: "Balances",
            index: 1,
            storage: PalletStorageMetadata(
                prefix: "Balances",
                entries: [
                    StorageEntryMetadata(
                        name: "TotalIssuance",
                        modifier: .default(Balance.zero.scaleEncoded()),
                        kind: .plain(.of(Balance.self))
                    )
                ]
            ),
            calls: balancesCall,
            event: balancesEvent,
            constants: [
                PalletConstantMetadata(
                    name: "ExistentialDeposit",
                    value: Balance(planck: 10_000_000_000),
                    docs: ["The minimum amount required to keep an account open."]
                )
            ],
            error: balancesError
        )
    }

    static var transactionPayment: PalletMetadata {
        PalletMetadata(
            name: "TransactionPayment",
            index: 2,
            event: paymentEvent,
            constants: [PalletConstantMetadata(name: "OperationalFeeMultiplier", value: UInt8(5))]
        )
    }

    static var metadata: RuntimeMetadata {
        RuntimeMetadata(
            pallets: [system, balances, transactionPayment],
            extrinsic: .standard(call: runtimeCall),
            runtimeType: .marker(path: [crate, "Runtime"])
        )
    }
}
