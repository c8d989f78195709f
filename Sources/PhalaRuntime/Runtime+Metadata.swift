import PalletAura
import PalletBalances
import PalletComputation
import PalletGrandpa
import PalletMessageQueue
import PalletPhatContracts
import PalletRegistry
import PalletStakePools
import PalletSudo
import PalletSystem
import PalletTimestamp
import PalletTransactionPayment
import PalletUtility
public import RuntimeSupport
import SCALE
import Synchronization

extension Runtime {
    /// The crate name clients see in the outer types' paths (`phala_runtime::RuntimeCall`).
    static let crate = "phala_runtime"

    /// The runtime as clients see it: every pallet's metadata in index order, the standard v4
    /// extrinsic over `RuntimeCall`, and the `phala_runtime::Runtime` marker (substrate-rpc.md §5).
    public var metadata: RuntimeMetadata {
        RuntimeMetadata(
            pallets: [
                system.metadata(runtimeEvent: .of(RuntimeEvent.self)), balances.metadata, timestamp.metadata,
                transactionPayment.metadata, aura.metadata, grandpa.metadata, sudo.metadata, utility.metadata,
                registry.metadata,
                messageQueue.metadata, computation.metadata, stakePools.metadata, phatContracts.metadata,
            ],
            extrinsic: .standard(call: .of(RuntimeCall.self)),
            runtimeType: .marker(path: [Self.crate, "Runtime"])
        )
    }

    /// The encoded V14 metadata that `state_getMetadata` and `Metadata_metadata` return, built once
    /// per set of constant values and then served from a cache.
    public var encodedMetadata: [UInt8] {
        let description = metadata
        // The pallets' shapes are fixed; only their constants follow the configuration.
        let key = description.pallets.flatMap { pallet in pallet.constants.map(\.value) }
        if let cached = Self.metadataCache.withLock({ $0[key] }) { return cached }
        let encoded = description.encoded()
        Self.metadataCache.withLock { $0[key] = encoded }
        return encoded
    }

    /// Encoded metadata by the constant values it was built with.
    private static let metadataCache = Mutex<[[[UInt8]]: [UInt8]]>([:])
}

extension RuntimeCall: TypeInfo {
    /// `phala_runtime::RuntimeCall`: one variant per pallet with calls, at the pallet's index.
    public static var typeReference: TypeReference {
        .outerEnum(
            path: [Runtime.crate, "RuntimeCall"],
            pallets: [
                .init(name: System.name, index: PalletIndex.system, type: .of(System.Call.self)),
                .init(name: Balances.name, index: PalletIndex.balances, type: .of(Balances.Call.self)),
                .init(name: Timestamp.name, index: PalletIndex.timestamp, type: .of(Timestamp.Call.self)),
                .init(name: Sudo<RuntimeCall>.name, index: PalletIndex.sudo, type: .of(Sudo<RuntimeCall>.Call.self)),
                .init(
                    name: Utility<RuntimeCall>.name,
                    index: PalletIndex.utility,
                    type: .of(Utility<RuntimeCall>.Call.self)
                ),
                .init(name: Registry.name, index: PalletIndex.registry, type: .of(Registry.Call.self)),
                .init(name: MessageQueue.name, index: PalletIndex.messageQueue, type: .of(MessageQueue.Call.self)),
                .init(name: Computation.name, index: PalletIndex.computation, type: .of(Computation.Call.self)),
                .init(name: StakePools.name, index: PalletIndex.stakePools, type: .of(StakePools.Call.self)),
                .init(name: PhatContracts.name, index: PalletIndex.phatContracts, type: .of(PhatContracts.Call.self)),
            ]
        )
    }

    /// The description of `typeReference`.
    public static var typeInfo: TypeDescription<TypeReference> { typeReference.typeDescription }
}

extension RuntimeEvent: TypeInfo {
    /// `phala_runtime::RuntimeEvent`: one variant per pallet with events, at the pallet's index.
    public static var typeReference: TypeReference {
        .outerEnum(
            path: [Runtime.crate, "RuntimeEvent"],
            pallets: [
                .init(name: System.name, index: PalletIndex.system, type: .of(System.Event.self)),
                .init(name: Balances.name, index: PalletIndex.balances, type: .of(Balances.Event.self)),
                .init(
                    name: TransactionPayment.name,
                    index: PalletIndex.transactionPayment,
                    type: .of(TransactionPayment.Event.self)
                ),
                .init(name: Grandpa.name, index: PalletIndex.grandpa, type: .of(Grandpa.Event.self)),
                .init(name: Sudo<RuntimeCall>.name, index: PalletIndex.sudo, type: .of(Sudo<RuntimeCall>.Event.self)),
                .init(
                    name: Utility<RuntimeCall>.name,
                    index: PalletIndex.utility,
                    type: .of(Utility<RuntimeCall>.Event.self)
                ),
                .init(name: Registry.name, index: PalletIndex.registry, type: .of(Registry.Event.self)),
                .init(name: MessageQueue.name, index: PalletIndex.messageQueue, type: .of(MessageQueue.Event.self)),
                .init(name: Computation.name, index: PalletIndex.computation, type: .of(Computation.Event.self)),
                .init(name: StakePools.name, index: PalletIndex.stakePools, type: .of(StakePools.Event.self)),
                .init(name: PhatContracts.name, index: PalletIndex.phatContracts, type: .of(PhatContracts.Event.self)),
            ]
        )
    }

    /// The description of `typeReference`.
    public static var typeInfo: TypeDescription<TypeReference> { typeReference.typeDescription }
}
