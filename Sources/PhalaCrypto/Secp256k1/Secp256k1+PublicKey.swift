extension Secp256k1 {
    /// A secp256k1 public key (a curve point other than infinity) that checks signatures.
    public struct PublicKey: Sendable, Equatable {
        /// Affine x.
        let x: UInt256
        /// Affine y.
        let y: UInt256

        /// Makes a key from affine coordinates already known to be on the curve.
        init(x: UInt256, y: UInt256) {
            self.x = x
            self.y = y
        }

        /// Reads a SEC1 public key: 33 bytes compressed (02/03 ‖ x) or 65 uncompressed (04 ‖ x ‖ y).
        /// - Parameter bytes: the encoded point.
        /// - Throws: `Secp256k1.Error.invalidPublicKey` when the length or prefix is wrong or the
        ///   point is not on the curve.
        public init(bytes: [UInt8]) throws(Secp256k1.Error) {
            switch (bytes.count, bytes.first) {
            case (33, 0x02), (33, 0x03):
                guard let point = Secp256k1Point.lift(x: UInt256(bigEndian: bytes[1...]), oddY: bytes[0] == 0x03)
                else { throw .invalidPublicKey }
                self.init(x: point.x, y: point.y)
            case (65, 0x04):
                let x = UInt256(bigEndian: bytes[1..<33])
                let y = UInt256(bigEndian: bytes[33...])
                guard Secp256k1Point.isOnCurve(x: x, y: y) else { throw .invalidPublicKey }
                self.init(x: x, y: y)
            default:
                throw .invalidPublicKey
            }
        }

        /// The 33-byte compressed SEC1 encoding (02 or 03 by y's parity, then x), as pink returns it.
        public var compressed: [UInt8] { [y.isOdd ? 0x03 : 0x02] + x.bigEndianBytes }

        /// The 65-byte uncompressed SEC1 encoding (04 ‖ x ‖ y), as Ethereum addresses hash it (minus 04).
        public var uncompressed: [UInt8] { [0x04] + x.bigEndianBytes + y.bigEndianBytes }

        /// The key as a point for curve arithmetic.
        var point: Secp256k1Point { Secp256k1Point(affineX: x, affineY: y) }
    }
}
