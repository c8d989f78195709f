import Testing

@testable import PhalaCrypto

@Suite struct PBKDF2Tests {
    /// The inputs are RFC 6070's PBKDF2 test inputs (that RFC lists HMAC-SHA1 outputs); the HMAC-SHA512
    /// outputs were computed with CPython 3.11.7 `hashlib.pbkdf2_hmac("sha512", …)`. The 100-byte case
    /// spans two 64-byte blocks.
    @Test func matchesPythonHashlibForOneAndManyRoundsAndBlocks() {
        #expect(
            PBKDF2.sha512(
                password: Array("password".utf8), salt: Array("salt".utf8), iterations: 1, outputByteCount: 64)
                == HexText.bytes(Self.oneRound))
        #expect(
            PBKDF2.sha512(
                password: Array("password".utf8), salt: Array("salt".utf8), iterations: 4096, outputByteCount: 64)
                == HexText.bytes(Self.manyRounds))
        #expect(
            PBKDF2.sha512(
                password: Array("passwordPASSWORDpassword".utf8),
                salt: Array("saltSALTsaltSALTsaltSALTsaltSALTsalt".utf8), iterations: 4096, outputByteCount: 100)
                == HexText.bytes(Self.twoBlocks))
    }

    static let oneRound =
        "867f70cf1ade02cff3752599a3a53dc4af34c7a669815ae5d513554e1c8cf252c02d470a285a0501bad999bfe943c08f050235d7d68b1da55e63f73b60a57fce"
    static let manyRounds =
        "d197b1b33db0143e018b12f3d1d1479e6cdebdcc97c5c0f87f6902e072f457b5143f30602641b3d55cd335988cb36b84376060ecd532e039b742a239434af2d5"
    static let twoBlocks =
        "8c0511f4c6e597c6ac6315d8f0362e225f3c501495ba23b868c005174dc4ee71115b59f9e60cd9532fa33e0f75aefe30225c583a186cd82bd4daea9724a3d3b8"
        + "04f75bdd41494fa324cab24bcc680fb3b96a30cf5d21fac3c2875913919f3399b1d9ce7e"
}
