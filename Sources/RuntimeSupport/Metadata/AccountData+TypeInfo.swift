extension AccountData: TypeInfo {
    /// `pallet_balances::types::AccountData<u128>`; `flags` is the `ExtraFlags(u128)` wrapper.
    public static var typeReference: TypeReference { .accountData }
    /// The description of `TypeReference.accountData`.
    public static var typeInfo: TypeDescription<TypeReference> { TypeReference.accountData.typeDescription }
}
