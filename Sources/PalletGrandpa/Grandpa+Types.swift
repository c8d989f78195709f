import PhalaCrypto
public import PhalaPrimitives
public import RuntimeSupport
public import SCALE

extension Grandpa {
    /// One voter: its ed25519 public key and its weight (`(AuthorityId, AuthorityWeight)`).
    ///
    /// SCALE: `key [u8; 32] ‖ weight u64`.
    public struct Authority: Sendable, Hashable, ScaleCodable {
        /// The voter's ed25519 public key.
        public var id: FixedBytes<32>
        /// Its voting weight; 1 for every voter here.
        public var weight: UInt64

        /// Creates a voter.
        public init(id: FixedBytes<32>, weight: UInt64 = 1) {
            self.id = id
            self.weight = weight
        }

        /// Appends the key and the weight.
        public func encode(to encoder: inout ScaleEncoder) {
            encoder.encode(tuple: id, weight)
        }

        /// Reads the key and the weight.
        public init(from decoder: inout ScaleDecoder) throws(ScaleDecodingError) {
            id = try decoder.decode()
            weight = try decoder.decode()
        }
    }

    /// Grandpa's storage items.
    public enum Storage {
        /// The current voters.
        public static let authorities = StorageValue<[Authority]>(
            pallet: Grandpa.name,
            name: "Authorities",
            default: []
        )
        /// The current voter set's id.
        public static let currentSetId = StorageValue<UInt64>(pallet: Grandpa.name, name: "CurrentSetId", default: 0)
        /// The voting state; `0` (`Live`) always.
        public static let state = StorageValue<UInt8>(pallet: Grandpa.name, name: "State", default: 0)
        /// The session each set id started in.
        public static let setIdSession = StorageMap<UInt64, UInt32>(
            pallet: Grandpa.name,
            name: "SetIdSession",
            hasher: .twox64Concat
        )
    }

    /// Grandpa's events, with pallet-grandpa's variant index and field name.
    public enum Event: Sendable, Hashable, ScaleCodable {
        /// Index 0, `NewAuthorities{authority_set}`: a new voter set took over.
        case newAuthorities(authoritySet: [Authority])

        /// The variant's name in metadata.
        public var name: String { "NewAuthorities" }

        /// Appends the variant index and the voter list.
        public func encode(to encoder: inout ScaleEncoder) {
            switch self {
            case .newAuthorities(let authorities):
                encoder.encode(variantIndex: 0)
                encoder.encode(authorities)
            }
        }

        /// Reads the event; other indices are `.unknownVariant`.
        public init(from decoder: inout ScaleDecoder) throws(ScaleDecodingError) {
            let variant = try decoder.decodeVariantIndex()
            guard variant == 0 else { throw decoder.unknownVariant(variant, of: Grandpa.Event.self) }
            self = .newAuthorities(authoritySet: try decoder.decode())
        }
    }

    /// Grandpa's genesis: the first voter set (set id 0).
    public struct Genesis: Sendable, Hashable {
        /// The voters.
        public var authorities: [Authority]

        /// Creates the genesis configuration.
        public init(authorities: [Authority]) {
            self.authorities = authorities
        }
    }

    /// Writes the genesis voter set: `Authorities`, `:grandpa_authorities`, `CurrentSetId` 0 and
    /// `SetIdSession(0)` = 0.
    /// - Parameters:
    ///   - genesis: the voters.
    ///   - state: the genesis state.
    /// - Throws: a state read failure.
    public func build(_ genesis: Genesis, in state: inout Overlay) throws(DispatchError) {
        try write(genesis.authorities, in: &state)
        Storage.currentSetId.set(0, in: &state)
        Storage.setIdSession.insert(0, for: 0, in: &state)
    }
}
