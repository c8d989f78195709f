/// Base58 with the Bitcoin alphabet, the text layer of SS58 addresses.
///
/// Leading zero bytes map to leading `1`s and back. The conversion is quadratic in the length, which is
/// fine for addresses; callers bound the length of untrusted text before decoding it.
enum Base58 {
    /// The Bitcoin alphabet: digits and letters without 0, O, I and l.
    static let alphabet = Array("123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz".utf8)

    /// Encodes bytes as Base58 text.
    static func encode(_ bytes: [UInt8]) -> String {
        let zeros = bytes.prefix { $0 == 0 }.count
        // Base-58 digits of the value, least significant first.
        var digits = [UInt8]()
        digits.reserveCapacity(bytes.count * 138 / 100 + 1)  // log(256) / log(58) < 1.38
        for byte in bytes[zeros...] {
            var carry = Int(byte)
            for index in digits.indices {
                carry += Int(digits[index]) << 8
                digits[index] = UInt8(carry % 58)
                carry /= 58
            }
            while carry > 0 {
                digits.append(UInt8(carry % 58))
                carry /= 58
            }
        }
        var text = [UInt8](repeating: alphabet[0], count: zeros)
        text.append(contentsOf: digits.reversed().map { alphabet[Int($0)] })
        return String(decoding: text, as: UTF8.self)
    }

    /// Decodes Base58 text.
    /// - Throws: `SS58Error.invalidCharacter` with the first character outside the alphabet.
    static func decode(_ text: String) throws(SS58Error) -> [UInt8] {
        var zeros = 0
        // Bytes of the value, least significant first.
        var bytes = [UInt8]()
        for character in text {
            guard let ascii = character.asciiValue, let value = digitValues[Int(ascii)] else {
                throw .invalidCharacter(character)
            }
            if value == 0 && bytes.isEmpty {
                zeros += 1  // a leading `1` is a leading zero byte
                continue
            }
            var carry = Int(value)
            for index in bytes.indices {
                carry += Int(bytes[index]) * 58
                bytes[index] = UInt8(truncatingIfNeeded: carry)
                carry >>= 8
            }
            while carry > 0 {
                bytes.append(UInt8(truncatingIfNeeded: carry))
                carry >>= 8
            }
        }
        return [UInt8](repeating: 0, count: zeros) + bytes.reversed()
    }

    /// The digit value of each ASCII code, nil outside the alphabet.
    private static let digitValues: [UInt8?] = {
        var table = [UInt8?](repeating: nil, count: 128)
        for (value, ascii) in alphabet.enumerated() {
            table[Int(ascii)] = UInt8(value)
        }
        return table
    }()
}
