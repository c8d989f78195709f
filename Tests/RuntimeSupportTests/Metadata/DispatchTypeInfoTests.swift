import PhalaPrimitives
import RuntimeSupport
import Testing

/// A pallet-like event enum for `EventRecord`'s parameter.
private enum ToyEvent: TypeInfo, Sendable, Hashable {
    static var typeInfo: TypeDescription<TypeReference> {
        .variant(path: ["toy_runtime", "RuntimeEvent"], variants: [TypeVariant(name: "Ping", index: 0)])
    }
}

/// RuntimeSupport's own dispatch types forward to the ready-made references, so metadata naming
/// either spelling gets one entry with Substrate's path (substrate-rpc.md §5.3).
@Suite struct DispatchTypeInfoTests {
    @Test func runtimeSupportTypesShareTheReadyMadeEntries() {
        var registry = TypeRegistry()
        let pairs: [(TypeReference, TypeReference, String)] = [
            (.of(Weight.self), .weight, "sp_weights::weight_v2::Weight"),
            (.of(DispatchInfo.self), .dispatchInfo, "frame_support::dispatch::DispatchInfo"),
            (.of(DispatchClass.self), .dispatchClass, "frame_support::dispatch::DispatchClass"),
            (.of(Pays.self), .pays, "frame_support::dispatch::Pays"),
            (.of(DispatchError.self), .dispatchError, "sp_runtime::DispatchError"),
            (.of(ModuleError.self), .moduleError, "sp_runtime::ModuleError"),
            (.of(TokenError.self), .tokenError, "sp_runtime::TokenError"),
            (.of(ArithmeticError.self), .arithmeticError, "sp_arithmetic::ArithmeticError"),
            (.of(TransactionalError.self), .transactionalError, "sp_runtime::TransactionalError"),
            (.of(Phase.self), .phase, "frame_system::Phase"),
            (.of(AccountData.self), .accountData, "pallet_balances::types::AccountData"),
        ]
        for (swiftType, ready, path) in pairs {
            let id = registry.register(swiftType)
            #expect(id == registry.register(ready), "\(path)")
            #expect(registry.types[Int(id.rawValue)].path.joined(separator: "::") == path)
        }
    }

    @Test func eventRecordNamesItsEventAndTopicParameters() {
        var registry = TypeRegistry()
        let id = registry.register(EventRecord<ToyEvent>.self)
        let record = registry.types[Int(id.rawValue)]
        #expect(record.path == ["frame_system", "EventRecord"])
        #expect(record.parameters.map(\.name) == ["E", "T"])
        #expect(record.parameters[0].type == registry.register(ToyEvent.self))
        #expect(record.parameters[1].type == registry.register(H256.self))
        #expect(id == registry.register(.eventRecord(event: .of(ToyEvent.self), topic: .of(H256.self))))
    }
}
