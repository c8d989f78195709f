import Testing

@testable import PhalaCrypto

@Suite struct Base58Tests {
    @Test(arguments: [
        // bitcoin/bitcoin src/test/data/base58_encode_decode.json (selection).
        ("", ""),
        ("61", "2g"),
        ("626262", "a3gV"),
        ("636363", "aPEr"),
        ("73696d706c792061206c6f6e6720737472696e67", "2cFupjhnEsSn59qHXstmK2ffpLv2"),
        ("00eb15231dfceb60925886b67d065299925915aeb172c06647", "1NS17iag9jJgTHD1VXjvLCEnZuQ3rJDE9L"),
        ("516b6fcd0f", "ABnLTmg"),
        ("bf4f89001e670274dd", "3SEo3LWLoPntC"),
        ("572e4794", "3EFU7m"),
        ("ecac89cad93923c02321", "EJDM8drfXA6uyA"),
        ("10c8511e", "Rt5zm"),
        ("00000000000000000000", "1111111111"),
        ("000111d38e5fc9071ffcd20b4a763cc9ae4f252bb4e48fd66a835e252ada93ff480d6dd43dc62a641155a5",
         "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"),
        ("271F359E", "zzzzy"),
        ("271F359F", "zzzzz"),
        ("271F35A0", "211111"),
    ])
    func bitcoinVectorsEncodeAndDecode(hex: String, text: String) throws {
        let bytes = HexText.bytes(hex)
        #expect(Base58.encode(bytes) == text)
        #expect(try Base58.decode(text) == bytes)
    }

    @Test func charactersOutsideTheAlphabetAreRejected() {
        for character in ["0", "O", "I", "l", "+", "é"] as [Character] {
            #expect(throws: SS58Error.invalidCharacter(character)) { try Base58.decode("2g" + String(character)) }
        }
    }
}
