import JSONRPC
import PhalaClient
import PhalaPrimitives
import Testing

/// Encoding arguments and decoding results by a bundle's type registry (the demo fixture; SCALE layouts
/// as parity-scale-codec writes them, pink-abi.md §6.3).
@Suite struct ContractValueCodecTests {
    static let demo = try! ContractBundleTests.fixture("demo.contract")
    static let alice = "5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY"
    static let aliceHex = "d43593c715fdd31c61141abd04a99fd6822c8558854ccde39a5684e7a56da27d"

    static func call(_ label: String, _ arguments: [String]) throws -> String {
        Hex.encode(try demo.messageCall(label, arguments: arguments).callData)
    }

    @Test func echoEncodesAsPinksExample() throws {
        // pink-abi.md §6.3: echo(42u32, 24u128) → f7dff04c 2a000000 18000000000000000000000000000000.
        #expect(try Self.call("echo", ["42", "24"]) == "0xf7dff04c2a00000018000000000000000000000000000000")
    }

    @Test func bytesAndOptionsTakeHexNullOrAValue() throws {
        #expect(try Self.call("store", ["0x0102", "null"]) == "0xc84d2280" + "080102" + "00")
        #expect(try Self.call("store", ["[3]", "7"]) == "0xc84d2280" + "0403" + "0107000000")
        #expect(try Self.call("store", ["0x", #"{"Some": 1}"#]) == "0xc84d2280" + "00" + "0101000000")
    }

    @Test func accountIdsComeFromSS58OrHexAndU128FromDecimalText() throws {
        let maximum = "340282366920938463463374607431768211455"
        let expected = "0x84a15da1" + Self.aliceHex + String(repeating: "ff", count: 16)
        #expect(try Self.call("transfer", [Self.alice, maximum]) == expected)
        #expect(try Self.call("transfer", ["0x" + Self.aliceHex, #""\#(maximum)""#]) == expected)
    }

    @Test func tuplesStructsAndCompactsFollowTheirDefinitions() throws {
        #expect(try Self.call("pair", ["[255, -2]"]) == "0x85d51138" + "ff" + "feffffffffffffff")
        let expected = "0x47525184" + "ffffffff" + "02000000" + "a10f"
        #expect(try Self.call("move_to", [#"{"x": -1, "y": 2}"#, "1000"]) == expected)
        #expect(try Self.call("move_to", ["[-1, 2]", "1000"]) == expected)
    }

    @Test func badArgumentsSayWhichArgumentAndWhy() throws {
        let cases: [(String, [String], String)] = [
            ("echo", ["42"], "`echo` takes 2 argument(s), 1 given: echo(value: u32, amount: u128)"),
            ("echo", ["4294967296", "1"], "argument `value` (u32): 4294967296 is outside u32's range 0…2^32-1"),
            ("echo", ["-1", "1"], "argument `value` (u32): -1 is outside u32's range 0…2^32-1"),
            ("store", ["0x012", "null"], "argument `data` (Vec): expected 0x-prefixed hex bytes, got \"0x012\""),
            ("pair", ["[1]"], "argument `p` (): expected an array of 2 elements, got [1]"),
            ("pair", ["[1, true]"], "argument `p` (): element 1: expected an integer, got true"),
            ("move_to", [#"{"x": 1}"#, "1"], "argument `point` (Point): Point needs field `y`"),
        ]
        for (label, arguments, expected) in cases {
            let error = #expect(throws: ContractError.self) { try Self.call(label, arguments) }
            #expect(error?.kind == .invalidArgument)
            #expect(error?.description == expected)
        }
        let account = #expect(throws: ContractError.self) { try Self.call("transfer", ["nobody", "1"]) }
        #expect(account?.description.hasPrefix("argument `to` (AccountId): nobody is not an SS58 address") == true)
    }

    @Test func resultsDecodeIntoOkAndErrWithTheirValues() throws {
        let codec = Self.demo.codec
        let transfer = try Self.demo.message("transfer")
        #expect(try codec.decodeOutput([0, 0, 0], of: transfer) == ["Ok": ["Ok": .null]])
        let refusal: [UInt8] = [0, 1, 1, 0x10] + Array("poor".utf8)
        #expect(try codec.decodeOutput(refusal, of: transfer) == ["Ok": ["Err": ["Other": "poor"]]])
        #expect(try codec.decodeOutput([0, 1, 0], of: transfer) == ["Ok": ["Err": "InsufficientBalance"]])
        #expect(try codec.decodeOutput([1, 1], of: transfer) == ["Err": "CouldNotReadInput"])
        let pair = try Self.demo.message("pair")
        #expect(
            try codec.decodeOutput([0, 7] + [0xfe] + Array(repeating: 0xff, count: 7), of: pair) == ["Ok": [7, -2]]
        )
        let echo = try Self.demo.message("echo")
        #expect(
            try codec.decodeOutput([0] + Array(repeating: 0xff, count: 16), of: echo)
                == ["Ok": .decimal("340282366920938463463374607431768211455")]
        )
        // An ink! 4 constructor returns 0x00 0x00 for `ConstructorResult<()>`, with the inner Ok's byte trailing.
        #expect(try codec.decodeOutput([0, 0], of: Self.demo.constructor("new")) == ["Ok": .null])
    }

    @Test func valuesRoundTripThroughTheirTypes() throws {
        let codec = Self.demo.codec
        let samples: [(UInt32, JSONValue)] = [
            (1, "0x0102ff"), (3, .null), (3, 9), (8, .string(Self.alice)), (15, [0, -9_000_000_000]),
            (20, ["x": -5, "y": 6]), (17, 1_000_000), (10, ["Other": "why"]), (10, "InsufficientBalance"),
        ]
        for (type, value) in samples {
            #expect(try codec.decode(codec.encode(value, as: type), as: type) == value)
        }
    }

    @Test func truncatedResultsAreReportedAsSuch() throws {
        let error = #expect(throws: ContractError.self) {
            try Self.demo.codec.decodeOutput([0, 1], of: Self.demo.message("echo"))
        }
        #expect(error?.kind == .invalidResult)
        #expect(error?.description.hasPrefix("the bytes do not decode as u128") == true)
    }

    @Test func aOneFieldWrapperTakesItsFieldsValueAndUnsupportedKindsFailOnlyWhenUsed() throws {
        let point = ContractType.Definition.composite([.init(name: "x", type: 0), .init(name: "y", type: 0)])
        let codec = ContractValueCodec(types: [
            0: ContractType(path: [], definition: .primitive(.i32)),
            1: ContractType(path: ["demo", "Point"], definition: point),
            2: ContractType(path: ["demo", "Wrapper"], definition: .composite([.init(name: nil, type: 1)])),
            3: ContractType(path: [], definition: .unsupported(kind: "bitSequence")),
        ])
        #expect(Hex.encode(try codec.encode(["x": 1, "y": -1], as: 2)) == "0x01000000ffffffff")
        #expect(try codec.decode([1, 0, 0, 0, 0xff, 0xff, 0xff, 0xff], as: 2) == ["x": 1, "y": -1])
        let error = #expect(throws: ContractError.self) { try codec.encode([true], as: 3) }
        #expect(error?.description == "type 3 is a bitSequence, which this encoder does not support")
    }
}
