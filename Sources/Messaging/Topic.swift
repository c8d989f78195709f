public import PhalaPrimitives
public import SCALE

/// Where a message goes: a path-like name that handlers subscribe to (phala-mq's `Topic`,
/// phala-facts.md §5.1–5.2).
///
/// A topic starting with `^` is on-chain only: pallets handle it, and it is not put in the block's
/// outbound messages for enclaves. SCALE: `Vec<u8>`.
public struct Topic: Sendable, Hashable {
    /// The topic's bytes, normally UTF-8 text.
    public let bytes: [UInt8]

    /// Wraps raw topic bytes; check `isValid` before trusting them.
    /// - Parameter bytes: the topic's bytes.
    public init(bytes: [UInt8]) {
        self.bytes = bytes
    }

    /// A topic from its text.
    /// - Parameter text: the topic, e.g. "phala/system/event".
    public init(_ text: String) {
        bytes = Array(text.utf8)
    }

    /// The bytes that may not start a topic: ``~!@#$%&*_+-=|<>?,./;:'``.
    static let forbiddenFirstBytes: Set<UInt8> = Set("~!@#$%&*_+-=|<>?,./;:'".utf8)

    /// Whether the chain accepts the topic: non-empty, and its first byte is not one of
    /// ``~!@#$%&*_+-=|<>?,./;:'``.
    public var isValid: Bool {
        guard let first = bytes.first else { return false }
        return !Self.forbiddenFirstBytes.contains(first)
    }

    /// Whether the topic is on-chain only (starts with `^`): dispatched to pallets, never to enclaves.
    public var isOnChainOnly: Bool { bytes.first == UInt8(ascii: "^") }
}

extension Topic {
    /// `phala/system/event`: worker lifecycle events and heartbeat challenges, pallets → enclaves.
    public static var systemEvent: Topic { Topic("phala/system/event") }
    /// `phala/mining/report`: heartbeats, worker → chain and gatekeepers.
    public static var miningReport: Topic { Topic("phala/mining/report") }
    /// `^phala/mining/update`: computation settlements, gatekeeper → chain.
    public static var miningUpdate: Topic { Topic("^phala/mining/update") }
    /// `^phala/registry/event`: benchmark reports and master public keys, worker → chain.
    public static var registryEvent: Topic { Topic("^phala/registry/event") }
    /// `^phala/registry/gk_event`: master key rotations, gatekeeper → chain.
    public static var gatekeeperRegistryEvent: Topic { Topic("^phala/registry/gk_event") }
    /// `phala/gatekeeper/launch`: gatekeeper launch steps, chain → enclaves.
    public static var gatekeeperLaunch: Topic { Topic("phala/gatekeeper/launch") }
    /// `phala/gatekeeper/change`: gatekeepers registered or removed, chain → enclaves.
    public static var gatekeeperChange: Topic { Topic("phala/gatekeeper/change") }
    /// `phala/gatekeeper/key`: master key distribution, gatekeeper → enclaves.
    public static var gatekeeperKey: Topic { Topic("phala/gatekeeper/key") }
    /// `phala/gatekeeper/event`: random numbers and tokenomic changes, chain and gatekeeper → gatekeepers.
    public static var gatekeeperEvent: Topic { Topic("phala/gatekeeper/event") }
    /// `phala/cluster/event`: cluster deployments, chain → gatekeeper.
    public static var clusterEvent: Topic { Topic("phala/cluster/event") }
    /// `phala/cluster/key`: cluster key distribution and operations, gatekeeper/chain → workers.
    public static var clusterKey: Topic { Topic("phala/cluster/key") }
    /// `phala/cluster/worker/report`: cluster deployment outcomes, worker → chain.
    public static var clusterWorkerReport: Topic { Topic("phala/cluster/worker/report") }
    /// `^phala/registry/cluster`: cluster public keys, gatekeeper → chain.
    public static var clusterRegistryEvent: Topic { Topic("^phala/registry/cluster") }
    /// `^phala/registry/contract`: contract public keys, cluster → chain.
    public static var contractRegistryEvent: Topic { Topic("^phala/registry/contract") }
    /// `phala/contract/op`: code instantiation, chain → workers.
    public static var contractOperation: Topic { Topic("phala/contract/op") }

    /// `phala/contract/{hex(id)}/command`: commands to one contract, users/pallets → contract.
    /// - Parameter contract: the contract's id.
    /// - Returns: the topic, with the id as 64 lowercase hex digits without `0x`.
    public static func contractCommand(_ contract: H256) -> Topic {
        let digits = Array("0123456789abcdef".utf8)
        let hex = contract.raw.bytes.flatMap { [digits[Int($0 >> 4)], digits[Int($0 & 0x0F)]] }
        return Topic(bytes: Array("phala/contract/".utf8) + hex + Array("/command".utf8))
    }
}

extension Topic: ScaleCodable {
    /// Appends the bytes as `Vec<u8>`.
    public func encode(to encoder: inout ScaleEncoder) {
        encoder.encode(bytes)
    }

    /// Reads a `Vec<u8>`; validity is not checked here.
    public init(from decoder: inout ScaleDecoder) throws(ScaleDecodingError) {
        bytes = try decoder.decode()
    }
}

extension Topic: CustomStringConvertible {
    /// The topic as text (invalid UTF-8 replaced).
    public var description: String { String(decoding: bytes, as: UTF8.self) }
}
