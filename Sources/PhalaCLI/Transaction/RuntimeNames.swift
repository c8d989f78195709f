import PhalaPrimitives
import PhalaRuntime
import RuntimeSupport
import SCALE

/// Names of this runtime's events and errors as clients show them ("Balances.Transfer",
/// "Balances.InsufficientBalance"), read from the runtime's metadata so they match what
/// polkadot.js and substrate-interface print.
enum RuntimeNames {
    private static let pallets = Runtime().metadata.pallets

    /// `Pallet.Event` for the event whose encoding starts with `pallet ‖ variant`.
    static func event(pallet: UInt8, variant: UInt8) -> String {
        guard let metadata = pallets.first(where: { $0.index == pallet }) else {
            return "Pallet\(pallet).Event\(variant)"
        }
        return metadata.name + "." + (variantName(metadata.event, variant) ?? "Event\(variant)")
    }

    /// A dispatch error in words: `Pallet.Error` for a module error, otherwise sp-runtime's variant name.
    static func error(_ error: DispatchError) -> String {
        switch error {
        case .module(let module):
            let index = module.error.bytes[0]
            guard let metadata = pallets.first(where: { $0.index == module.index }) else {
                return "Module(pallet \(module.index), error \(index))"
            }
            return metadata.name + "." + (variantName(metadata.error, index) ?? "Error\(index)")
        case .token(let token): return "Token(\(token))"
        case .arithmetic(let arithmetic): return "Arithmetic(\(arithmetic))"
        case .transactional(let transactional): return "Transactional(\(transactional))"
        default:
            let index = error.scaleEncoded()[0]
            return variantName(DispatchError.typeReference, index) ?? "DispatchError(\(index))"
        }
    }

    private static func variantName(_ reference: TypeReference?, _ index: UInt8) -> String? {
        guard case .variant(let variants) = reference?.typeDescription.definition else { return nil }
        return variants.first { $0.index == index }?.name
    }
}
