// RuntimeSupport's dispatch types describe themselves by forwarding to the ready-made references in
// TypeReference+Dispatch.swift, whose shapes match their SCALE encodings (substrate-rpc.md §5.3).

extension Weight: TypeInfo {
    /// `sp_weights::weight_v2::Weight`, two compact `u64`s.
    public static var typeReference: TypeReference { .weight }
    /// The description of `TypeReference.weight`.
    public static var typeInfo: TypeDescription<TypeReference> { TypeReference.weight.typeDescription }
}

extension DispatchInfo: TypeInfo {
    /// `frame_support::dispatch::DispatchInfo { weight, class, pays_fee }`.
    public static var typeReference: TypeReference { .dispatchInfo }
    /// The description of `TypeReference.dispatchInfo`.
    public static var typeInfo: TypeDescription<TypeReference> { TypeReference.dispatchInfo.typeDescription }
}

extension DispatchClass: TypeInfo {
    /// `frame_support::dispatch::DispatchClass`.
    public static var typeReference: TypeReference { .dispatchClass }
    /// The description of `TypeReference.dispatchClass`.
    public static var typeInfo: TypeDescription<TypeReference> { TypeReference.dispatchClass.typeDescription }
}

extension Pays: TypeInfo {
    /// `frame_support::dispatch::Pays`.
    public static var typeReference: TypeReference { .pays }
    /// The description of `TypeReference.pays`.
    public static var typeInfo: TypeDescription<TypeReference> { TypeReference.pays.typeDescription }
}

extension DispatchError: TypeInfo {
    /// `sp_runtime::DispatchError`; `other`'s message is not encoded, as Substrate skips it.
    public static var typeReference: TypeReference { .dispatchError }
    /// The description of `TypeReference.dispatchError`.
    public static var typeInfo: TypeDescription<TypeReference> { TypeReference.dispatchError.typeDescription }
}

extension ModuleError: TypeInfo {
    /// `sp_runtime::ModuleError { index: u8, error: [u8; 4] }`.
    public static var typeReference: TypeReference { .moduleError }
    /// The description of `TypeReference.moduleError`.
    public static var typeInfo: TypeDescription<TypeReference> { TypeReference.moduleError.typeDescription }
}

extension TokenError: TypeInfo {
    /// `sp_runtime::TokenError`.
    public static var typeReference: TypeReference { .tokenError }
    /// The description of `TypeReference.tokenError`.
    public static var typeInfo: TypeDescription<TypeReference> { TypeReference.tokenError.typeDescription }
}

extension ArithmeticError: TypeInfo {
    /// `sp_arithmetic::ArithmeticError`.
    public static var typeReference: TypeReference { .arithmeticError }
    /// The description of `TypeReference.arithmeticError`.
    public static var typeInfo: TypeDescription<TypeReference> { TypeReference.arithmeticError.typeDescription }
}

extension TransactionalError: TypeInfo {
    /// `sp_runtime::TransactionalError`.
    public static var typeReference: TypeReference { .transactionalError }
    /// The description of `TypeReference.transactionalError`.
    public static var typeInfo: TypeDescription<TypeReference> { TypeReference.transactionalError.typeDescription }
}
