import PhalaCrypto
import PhalaPrimitives
import Testing

@testable import WorkerRuntime

@Suite struct SecretTests {
    @Test func keysPrintNoSecretBytesAnywhereInside() {
        var random = ConstantRandomSource(byte: 1)
        let keys = GatekeeperKeys(generatingFirstKey: &random)
        let secretHex = String(Hex.encode(keys.current.key.exposedValue.secretKeyBytes.prefix(6)).dropFirst(2))
        let secretDecimal = keys.current.key.exposedValue.secretKeyBytes.prefix(6).map(String.init).joined(
            separator: ", "
        )
        var dumped = ""
        dump(keys, to: &dumped)
        for text in [dumped, "\(keys)", String(reflecting: keys.current)] {
            #expect(!text.contains(secretHex))
            #expect(!text.contains(secretDecimal))
            #expect(text.contains("<redacted>"))
        }
    }
}
