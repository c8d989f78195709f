/// Intel's TCB info for one platform model (the `tcb_info` JSON, version 3, dcap.md §3.2): which TCB
/// levels exist for the FMSPC and what status each has, plus the TDX module identities.
public struct TcbInfo: Sendable, Hashable {
    /// `SGX` or `TDX`.
    public var id: String
    /// The format version (3).
    public var version: Int
    /// When Intel issued it, Unix seconds.
    public var issueDate: UInt64
    /// When it expires, Unix seconds.
    public var nextUpdate: UInt64
    /// The platform model it describes (6 bytes).
    public var fmspc: [UInt8]
    /// The PCE ID (2 bytes; not compared, as in dcap-qvl).
    public var pceID: [UInt8]
    /// TDX only: the default TDX module identity.
    public var tdxModule: TdxModule?
    /// TDX only: identities per TDX module major version (`TDX_01`, `TDX_03`, ...).
    public var tdxModuleIdentities: [TdxModuleIdentity]
    /// The platform TCB levels in JSON order.
    public var tcbLevels: [Level]

    /// One platform TCB level: minimum component SVNs and PCESVN, and the resulting status.
    public struct Level: Sendable, Hashable {
        /// The 16 SGX TCB component SVNs (any count is kept; matching refuses a count other than 16).
        public var sgxComponents: [UInt8]
        /// The minimum PCESVN.
        public var pceSvn: UInt16
        /// TDX only: the 16 TDX TCB component SVNs.
        public var tdxComponents: [UInt8]?
        /// The status of a platform at this level.
        public var verdict: TcbVerdict
    }

    /// A TDX module's expected signer and attributes.
    public struct TdxModule: Sendable, Hashable {
        /// MRSIGNERSEAM the module must have (48 bytes).
        public var mrSigner: [UInt8]
        /// SEAMATTRIBUTES the module must have under the mask (8 bytes).
        public var attributes: [UInt8]
        /// Which SEAMATTRIBUTES bits are compared (8 bytes).
        public var attributesMask: [UInt8]
    }

    /// A TDX module identity for one module major version, with its own TCB levels.
    public struct TdxModuleIdentity: Sendable, Hashable {
        /// `TDX_<version as two hex digits>`, e.g. `TDX_01`.
        public var id: String
        /// The module's expected signer and attributes.
        public var module: TdxModule
        /// The module's TCB levels by ISVSVN, in Intel's order.
        public var tcbLevels: [EnclaveTcbLevel]
    }

    /// Reads the TCB info from its JSON text (the exact `tcb_info` string of the collateral).
    /// - Parameter json: the UTF-8 text.
    /// - Throws: `.malformedCollateral` naming the first missing or ill-typed member.
    public init(json: [UInt8]) throws(DcapVerificationError) {
        let root = try JSONObject(try JSONValue.parse(json, document: "tcb_info"), path: .document("tcb_info"))
        id = try root.string("id")
        version = try root.integer("version", in: 0...Int(UInt32.max))
        issueDate = try root.date("issueDate")
        nextUpdate = try root.date("nextUpdate")
        fmspc = try root.hex("fmspc", count: 6)
        pceID = try root.hex("pceId", count: 2)
        tdxModule = root.optional("tdxModule") == nil ? nil : try TdxModule(json: root.object("tdxModule"))
        var identities: [TdxModuleIdentity] = []
        for element in try root.array("tdxModuleIdentities", optional: true) {
            let identity = try JSONObject(element.value, path: element.path)
            var levels: [EnclaveTcbLevel] = []
            for level in try identity.array("tcbLevels") {
                levels.append(try EnclaveTcbLevel(json: level.value, path: level.path))
            }
            identities.append(
                TdxModuleIdentity(id: try identity.string("id"), module: try TdxModule(json: identity), tcbLevels: levels)
            )
        }
        tdxModuleIdentities = identities
        var levels: [Level] = []
        for element in try root.array("tcbLevels") {
            levels.append(try Level(json: try JSONObject(element.value, path: element.path)))
        }
        tcbLevels = levels
    }

    /// The levels in Intel QVL's canonical order, as dcap-qvl matches them (dcap.md §2 step 2.4):
    /// descending by SGX component SVNs (lexicographic), then PCESVN, then TDX component SVNs; equal
    /// levels keep their JSON order.
    public var canonicalLevels: [Level] {
        tcbLevels.enumerated().sorted { left, right in
            let a = left.element
            let b = right.element
            if a.sgxComponents != b.sgxComponents { return a.sgxComponents.lexicographicallyPrecedes(b.sgxComponents) == false }
            if a.pceSvn != b.pceSvn { return a.pceSvn > b.pceSvn }
            let aTdx = a.tdxComponents ?? []
            let bTdx = b.tdxComponents ?? []
            if aTdx != bTdx { return bTdx.lexicographicallyPrecedes(aTdx) }
            return left.offset < right.offset
        }.map(\.element)
    }
}

extension TcbInfo.TdxModule {
    /// Reads `mrsigner`, `attributes` and `attributesMask` of a `tdxModule` or module identity object.
    init(json: JSONObject) throws(DcapVerificationError) {
        mrSigner = try json.hex("mrsigner", count: 48)
        attributes = try json.hex("attributes", count: 8)
        attributesMask = try json.hex("attributesMask", count: 8)
    }
}

extension TcbInfo.Level {
    /// Reads `{"tcb":{"sgxtcbcomponents":[...],"pcesvn":N,"tdxtcbcomponents":[...]?},"tcbStatus":...}`.
    init(json: JSONObject) throws(DcapVerificationError) {
        let tcb = try json.object("tcb")
        sgxComponents = try Self.components(tcb, "sgxtcbcomponents")
        pceSvn = UInt16(try tcb.integer("pcesvn", in: 0...Int(UInt16.max)))
        tdxComponents = tcb.optional("tdxtcbcomponents") == nil ? nil : try Self.components(tcb, "tdxtcbcomponents")
        verdict = try json.verdict()
    }

    /// The `svn` of every element of the component array `key`.
    private static func components(_ tcb: JSONObject, _ key: String) throws(DcapVerificationError) -> [UInt8] {
        let elements = try tcb.values(key)
        var svns: [UInt8] = []
        svns.reserveCapacity(elements.count)
        for index in elements.indices {
            // The common case, `{"svn": N, ...}` with N in 0...255, without building a path; anything
            // else goes through JSONObject, which names the element in its error.
            if case .object(let members) = elements[index], let member = members.first(where: { $0.key == "svn" }),
                case .integer(let svn) = member.value, let byte = UInt8(exactly: svn)
            {
                svns.append(byte)
            } else {
                svns.append(UInt8(try JSONObject(elements[index], path: tcb.elementPath(key, index)).integer("svn", in: 0...255)))
            }
        }
        return svns
    }
}
