/// Bytes from a hex string in a test vector; crashes the test on a typo in the vector itself.
func hex(_ text: String) -> [UInt8] {
    precondition(text.count % 2 == 0, "odd-length hex in a test vector")
    var bytes: [UInt8] = []
    var index = text.startIndex
    while index < text.endIndex {
        let next = text.index(index, offsetBy: 2)
        guard let byte = UInt8(text[index..<next], radix: 16) else { preconditionFailure("bad hex in a test vector") }
        bytes.append(byte)
        index = next
    }
    return bytes
}
