/// Intel's identity of the quoting enclave (the `qe_identity` JSON, dcap.md §3.3): who may sign QE
/// reports and which QE versions are current.
public struct QeIdentity: Sendable, Hashable {
    /// `QE` (SGX) or `TD_QE` (TDX).
    public var id: String
    /// The format version (2).
    public var version: Int
    /// When Intel issued it, Unix seconds.
    public var issueDate: UInt64
    /// When it expires, Unix seconds.
    public var nextUpdate: UInt64
    /// Expected MISCSELECT bytes (4, report byte order).
    public var miscSelect: [UInt8]
    /// Which MISCSELECT bits are compared (4 bytes).
    public var miscSelectMask: [UInt8]
    /// Expected ATTRIBUTES (16 bytes).
    public var attributes: [UInt8]
    /// Which ATTRIBUTES bits are compared (16 bytes).
    public var attributesMask: [UInt8]
    /// The QE's MRSIGNER (32 bytes).
    public var mrSigner: [UInt8]
    /// The QE's ISVPRODID.
    public var isvProdID: UInt16
    /// The QE's TCB levels, in Intel's order (highest first).
    public var tcbLevels: [EnclaveTcbLevel]

    /// Reads the QE identity from its JSON text (the exact `qe_identity` string of the collateral).
    /// - Parameter json: the UTF-8 text.
    /// - Throws: `.malformedCollateral` naming the first missing or ill-typed member.
    public init(json: [UInt8]) throws(DcapVerificationError) {
        let root = try JSONObject(try JSONValue.parse(json, document: "qe_identity"), path: .document("qe_identity"))
        id = try root.string("id")
        version = try root.integer("version", in: 0...Int(UInt32.max))
        issueDate = try root.date("issueDate")
        nextUpdate = try root.date("nextUpdate")
        miscSelect = try root.hex("miscselect", count: 4)
        miscSelectMask = try root.hex("miscselectMask", count: 4)
        attributes = try root.hex("attributes", count: 16)
        attributesMask = try root.hex("attributesMask", count: 16)
        mrSigner = try root.hex("mrsigner", count: 32)
        isvProdID = UInt16(try root.integer("isvprodid", in: 0...Int(UInt16.max)))
        var levels: [EnclaveTcbLevel] = []
        for element in try root.array("tcbLevels") {
            levels.append(try EnclaveTcbLevel(json: element.value, path: element.path))
        }
        tcbLevels = levels
    }
}
