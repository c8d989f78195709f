import PhalaPrimitives

extension Phase: TypeInfo {
    /// `frame_system::Phase`.
    public static var typeReference: TypeReference { .phase }
    /// The description of `TypeReference.phase`.
    public static var typeInfo: TypeDescription<TypeReference> { TypeReference.phase.typeDescription }
}

extension EventRecord: TypeInfo where Event: TypeInfo {
    /// `frame_system::EventRecord<Event, H256>`, the element of `System.Events`.
    public static var typeReference: TypeReference { .eventRecord(event: .of(Event.self), topic: .of(H256.self)) }
    /// The description of `TypeReference.eventRecord(event:topic:)`.
    public static var typeInfo: TypeDescription<TypeReference> { typeReference.typeDescription }
}
