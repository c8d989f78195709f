/// Which arithmetic failure stopped a dispatch, inside `DispatchError.arithmetic` (sp-runtime's
/// `ArithmeticError`). Raw values are sp-runtime's variant indices.
public enum ArithmeticError: UInt8, Sendable, Hashable, CaseIterable {
    /// A result fell below the type's minimum.
    case underflow = 0
    /// A result went above the type's maximum.
    case overflow = 1
    /// A division by zero.
    case divisionByZero = 2
}
