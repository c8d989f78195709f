// swift-tools-version:6.2
// The package manifest is the architecture: targets are listed lowest layer first, and a target
// imports only the layers beneath it (see ARCHITECTURE.md in the steering repository).
import PackageDescription

let settings: [SwiftSetting] = [
    .swiftLanguageMode(.v6),
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("MemberImportVisibility"),
    .enableUpcomingFeature("InternalImportsByDefault"),
]

var targets: [Target] = []

// MARK: - L0 base
targets += [
    .target(name: "SCALE", swiftSettings: settings),
    .target(
        name: "PhalaCrypto",
        dependencies: ["SCALE", .product(name: "Crypto", package: "swift-crypto")],
        swiftSettings: settings
    ),
    .target(name: "PhalaPrimitives", dependencies: ["SCALE", "PhalaCrypto"], swiftSettings: settings),
]

// MARK: - L1 shared pure libraries
targets += [
    .target(name: "MerkleTrie", dependencies: ["SCALE", "PhalaCrypto"], swiftSettings: settings),
    .target(name: "Messaging", dependencies: ["SCALE", "PhalaPrimitives", "PhalaCrypto"], swiftSettings: settings),
    // JSON-RPC 2.0 messages and JSON values, shared by the node's server and the client SDK.
    .target(name: "JSONRPC", swiftSettings: settings),
    .target(
        name: "Attestation",
        dependencies: [
            "SCALE", "PhalaCrypto",
            .product(name: "Crypto", package: "swift-crypto"),
            .product(name: "X509", package: "swift-certificates"),
            .product(name: "SwiftASN1", package: "swift-asn1"),
        ],
        swiftSettings: settings
    ),
    // Phala's computation tokenomics as pure U64F64 functions (phala-facts.md §3).
    .target(name: "Tokenomics", dependencies: ["PhalaPrimitives", "SCALE"], swiftSettings: settings),
    .testTarget(name: "TokenomicsTests", dependencies: ["Tokenomics", "PhalaPrimitives", "SCALE"], swiftSettings: settings),
]

// MARK: - L2 storage
targets += [
    .target(
        name: "StateStore",
        dependencies: [
            "MerkleTrie", "PhalaPrimitives", "SCALE",
            .product(name: "GRDB", package: "GRDB.swift"), .product(name: "Logging", package: "swift-log"),
        ],
        swiftSettings: settings
    )
]

// MARK: - L3 runtime
targets += [
    .target(name: "RuntimeSupport", dependencies: ["PhalaPrimitives", "PhalaCrypto", "SCALE", "MerkleTrie"], swiftSettings: settings)
]
let pallets: KeyValuePairs<String, [Target.Dependency]> = [
    "System": [], "Timestamp": [], "Balances": [], "TransactionPayment": [], "Sudo": [], "Utility": [],
    "Aura": [], "Grandpa": [], "Registry": ["Attestation", "Messaging"], "MessageQueue": ["Messaging"],
    "Computation": ["Tokenomics", "Messaging"], "StakePools": ["Tokenomics"], "PhatContracts": ["Messaging"],
]
targets += pallets.map { name, extra in
    .target(
        name: "Pallet\(name)", dependencies: ["RuntimeSupport", "PhalaPrimitives", "PhalaCrypto", "SCALE"] + extra,
        swiftSettings: settings
    )
}
targets += [
    .target(
        name: "PhalaRuntime",
        dependencies: [
            "RuntimeSupport", "PhalaPrimitives", "PhalaCrypto", "SCALE", "MerkleTrie", "Attestation", "Messaging", "Tokenomics",
        ]
            + pallets.map { .target(name: "Pallet\($0.key)") },
        swiftSettings: settings
    )
]

// MARK: - L4 trusted
targets += [
    .target(name: "LightClient", dependencies: ["PhalaPrimitives", "PhalaCrypto", "MerkleTrie", "SCALE"], swiftSettings: settings),
    .target(
        name: "EnclaveAPI", dependencies: ["SCALE", "PhalaPrimitives", "PhalaCrypto", "Messaging"], swiftSettings: settings
    ),
    // Runs Phat Contracts: the pallet-contracts v1.5 host ABI and the pink extension on WasmKit (pink-abi.md).
    .target(
        name: "ContractHost",
        dependencies: [
            "SCALE", "PhalaPrimitives", "PhalaCrypto", .product(name: "WasmKit", package: "WasmKit"),
            .product(name: "WasmParser", package: "WasmKit"),
        ],
        swiftSettings: settings
    ),
    .target(
        name: "WorkerRuntime",
        dependencies: [
            "EnclaveAPI", "LightClient", "Attestation", "Messaging", "MerkleTrie", "PhalaCrypto", "PhalaPrimitives", "SCALE",
            "PalletRegistry", "PalletPhatContracts", "Tokenomics", "ContractHost", .product(name: "Logging", package: "swift-log"),
        ],
        swiftSettings: settings
    ),
]

// MARK: - L4 node
targets += [
    .target(
        name: "PhalaNode",
        dependencies: [
            "PhalaRuntime", "RuntimeSupport", "StateStore", "MerkleTrie", "PhalaPrimitives", "PhalaCrypto", "SCALE", "JSONRPC",
            .product(name: "Hummingbird", package: "hummingbird"),
            .product(name: "HummingbirdWebSocket", package: "hummingbird-websocket"),
            .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            .product(name: "Logging", package: "swift-log"),
            .product(name: "NIOCore", package: "swift-nio"),
        ],
        swiftSettings: settings
    )
]

// MARK: - L5 edges
targets += [
    .target(
        name: "PhalaClient",
        dependencies: [
            "SCALE", "PhalaPrimitives", "PhalaCrypto", "JSONRPC",
            .product(name: "HummingbirdWSClient", package: "hummingbird-websocket"),
            .product(name: "AsyncHTTPClient", package: "async-http-client"),
            .product(name: "NIOCore", package: "swift-nio"),
            .product(name: "NIOHTTP1", package: "swift-nio"),
            .product(name: "Logging", package: "swift-log"),
        ],
        swiftSettings: settings
    ),
    // Our pherry: follows the chain through PhalaClient and feeds the enclave across EnclaveAPI (never WorkerRuntime).
    .target(
        name: "WorkerHost",
        dependencies: [
            "EnclaveAPI", "Messaging", "PhalaClient", "PhalaPrimitives", "PhalaCrypto", "SCALE", "JSONRPC",
            .product(name: "Hummingbird", package: "hummingbird"),
            .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            .product(name: "Logging", package: "swift-log"),
            .product(name: "NIOCore", package: "swift-nio"),
        ],
        swiftSettings: settings
    ),
    // The pink extension's HTTP egress for workers: async-http-client behind an address policy (pink-abi.md §5.2).
    .target(
        name: "ContractEgress",
        dependencies: [
            "ContractHost",
            .product(name: "AsyncHTTPClient", package: "async-http-client"),
            .product(name: "NIOCore", package: "swift-nio"),
            .product(name: "NIOHTTP1", package: "swift-nio"),
        ],
        swiftSettings: settings
    ),
    .target(
        name: "PhalaCLI",
        dependencies: [
            "SCALE", "PhalaCrypto", "PhalaPrimitives", "PhalaRuntime", "RuntimeSupport", "StateStore", "PhalaNode", "PhalaClient", "JSONRPC",
            "WorkerHost", "WorkerRuntime", "EnclaveAPI", "PalletRegistry", "PalletSudo", "ContractEgress",
            "PalletSystem", "PalletTransactionPayment", "PalletComputation", "PalletStakePools", "Tokenomics",
            "PalletPhatContracts", "Messaging", "Attestation",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
            .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            .product(name: "UnixSignals", package: "swift-service-lifecycle"),
            .product(name: "Logging", package: "swift-log"),
        ],
        swiftSettings: settings
    ),
    .executableTarget(name: "phala", dependencies: ["PhalaCLI"], swiftSettings: settings),
]

// MARK: - Test support
targets += [
    .target(
        name: "PhalaTesting",
        dependencies: ["SCALE", "PhalaCrypto", "PhalaPrimitives", "MerkleTrie", "PhalaRuntime", "LightClient", "PhalaClient",
            "Messaging", "PalletMessageQueue", "EnclaveAPI",
        ],
        swiftSettings: settings
    ),
]

// MARK: - Tests
targets += [
    .testTarget(name: "SCALETests", dependencies: ["SCALE", "PhalaTesting"], resources: [.copy("Fixtures")], swiftSettings: settings),
    .testTarget(
        name: "PhalaCryptoTests", dependencies: ["PhalaCrypto", "SCALE", "PhalaTesting"], resources: [.copy("Fixtures")],
        swiftSettings: settings
    ),
    .testTarget(
        name: "PhalaPrimitivesTests", dependencies: ["PhalaPrimitives", "PhalaCrypto", "SCALE", "PhalaTesting"],
        swiftSettings: settings
    ),
    .testTarget(
        name: "MerkleTrieTests", dependencies: ["MerkleTrie", "PhalaCrypto", "SCALE", "PhalaTesting"],
        swiftSettings: settings
    ),
    .testTarget(name: "JSONRPCTests", dependencies: ["JSONRPC"], swiftSettings: settings),
    .testTarget(
        name: "EnclaveAPITests", dependencies: ["EnclaveAPI", "Messaging", "PhalaPrimitives", "SCALE"], swiftSettings: settings
    ),
    .testTarget(
        name: "AttestationTests",
        dependencies: [
            "Attestation", "PhalaCrypto", "SCALE", "PhalaTesting", .product(name: "Crypto", package: "swift-crypto"),
            .product(name: "X509", package: "swift-certificates"), .product(name: "SwiftASN1", package: "swift-asn1"),
        ],
        exclude: ["Fixtures"],
        swiftSettings: settings
    ),
    .testTarget(
        name: "MessagingTests", dependencies: ["Messaging", "PhalaPrimitives", "PhalaCrypto", "SCALE", "PhalaTesting"],
        swiftSettings: settings
    ),
    .testTarget(
        name: "StateStoreTests",
        dependencies: [
            "StateStore", "MerkleTrie", "PhalaPrimitives", "PhalaCrypto", "SCALE", "PhalaTesting",
            .product(name: "GRDB", package: "GRDB.swift"),
        ],
        swiftSettings: settings
    ),
    .testTarget(
        name: "RuntimeSupportTests",
        dependencies: ["RuntimeSupport", "MerkleTrie", "PhalaPrimitives", "PhalaCrypto", "SCALE", "PhalaTesting"],
        exclude: ["Fixtures"],
        swiftSettings: settings
    ),
    .testTarget(
        name: "PhalaRuntimeTests",
        dependencies: [
            "PhalaRuntime", "RuntimeSupport", "MerkleTrie", "PhalaPrimitives", "PhalaCrypto", "SCALE", "PhalaTesting", "Attestation",
            "Messaging", "Tokenomics",
        ]
            + pallets.map { .target(name: "Pallet\($0.key)") },
        exclude: ["Fixtures"],
        swiftSettings: settings
    ),
    .testTarget(
        name: "PalletStakePoolsTests",
        dependencies: [
            "PalletStakePools", "PalletSystem", "PalletBalances", "PalletTimestamp", "RuntimeSupport", "Tokenomics",
            "MerkleTrie", "PhalaPrimitives", "PhalaCrypto", "SCALE",
        ],
        swiftSettings: settings
    ),
    .testTarget(
        name: "PhalaNodeTests",
        dependencies: [
            "PhalaNode", "JSONRPC", "PhalaClient", "PhalaRuntime", "RuntimeSupport", "StateStore", "MerkleTrie", "PhalaPrimitives",
            "PhalaCrypto", "SCALE", "PhalaTesting", "Messaging", "PalletMessageQueue",
            .product(name: "HummingbirdWSClient", package: "hummingbird-websocket"),
            .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            .product(name: "Logging", package: "swift-log"),
        ],
        exclude: ["RPC/Fixtures", "API/Fixtures"],
        swiftSettings: settings
    ),
    .testTarget(
        name: "PhalaClientTests",
        dependencies: [
            "PhalaClient", "PhalaNode", "JSONRPC", "PhalaPrimitives", "PhalaCrypto", "PhalaTesting", "PhalaRuntime", "RuntimeSupport",
            "StateStore", "SCALE",
            .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            .product(name: "Logging", package: "swift-log"),
        ],
        exclude: ["Contracts/Fixtures"],
        swiftSettings: settings
    ),
    .testTarget(
        name: "PhalaCLITests",
        dependencies: [
            "PhalaCLI", "PhalaCrypto", "PhalaClient", "PhalaNode", "PhalaRuntime", "PhalaPrimitives", "JSONRPC", "PhalaTesting",
            "PalletBalances", "PalletSystem", "PalletTransactionPayment", "RuntimeSupport", "SCALE", "WorkerHost", "WorkerRuntime", "EnclaveAPI",
            "PalletComputation", "PalletStakePools", "Tokenomics", "PalletPhatContracts", "PalletRegistry", "PalletSudo",
            "Messaging", "Attestation", "PalletMessageQueue",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
            .product(name: "Logging", package: "swift-log"),
        ],
        swiftSettings: settings
    ),
    .testTarget(
        name: "WorkerRuntimeTests",
        dependencies: [
            "WorkerRuntime", "PhalaCrypto", "PhalaPrimitives", "SCALE", "PhalaTesting", "EnclaveAPI", "LightClient",
            "PhalaRuntime", "MerkleTrie", "Messaging", "PalletRegistry", "PalletMessageQueue", "PalletSudo", "RuntimeSupport", "Attestation",
            "Tokenomics", "PalletComputation", "PalletStakePools", "PalletPhatContracts", "ContractHost",
            .product(name: "Logging", package: "swift-log"),
        ],
        swiftSettings: settings
    ),
    // Drives the built `phala` executable as a separate process: Python client compatibility and crash safety.
    .testTarget(
        name: "NodeProcessTests",
        dependencies: [
            "PhalaTesting", "PhalaClient", "PhalaRuntime", "RuntimeSupport", "StateStore", "MerkleTrie", "PhalaPrimitives",
            "PhalaCrypto", "SCALE", "JSONRPC", "PalletComputation", "PalletStakePools",
        ],
        exclude: ["Fixtures"],
        swiftSettings: settings
    ),
    .testTarget(
        name: "WorkerHostTests",
        dependencies: [
            "WorkerHost", "EnclaveAPI", "Messaging", "PhalaClient", "PhalaPrimitives", "PhalaCrypto", "SCALE", "JSONRPC",
            .product(name: "Logging", package: "swift-log"),
        ],
        swiftSettings: settings
    ),
    .testTarget(
        name: "ContractHostTests",
        dependencies: [
            "ContractHost", "SCALE", "PhalaPrimitives", "PhalaCrypto", "PhalaTesting",
            .product(name: "WasmKit", package: "WasmKit"), .product(name: "WAT", package: "WasmKit"),
        ],
        exclude: ["Fixtures", "Pink/Fixtures"],
        swiftSettings: settings
    ),
    .testTarget(
        name: "ContractEgressTests",
        dependencies: [
            "ContractEgress", "ContractHost", "PhalaPrimitives", "PhalaTesting", "SCALE",
            .product(name: "NIOCore", package: "swift-nio"),
            .product(name: "NIOHTTP1", package: "swift-nio"),
            .product(name: "NIOPosix", package: "swift-nio"),
        ],
        exclude: ["Fixtures"],
        swiftSettings: settings
    ),
    .testTarget(
        name: "LightClientTests",
        dependencies: ["LightClient", "PhalaRuntime", "StateStore", "MerkleTrie", "PhalaPrimitives", "PhalaCrypto", "SCALE", "PhalaTesting"],
        swiftSettings: settings
    ),
]

let package = Package(
    name: "phala-swift",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "phala", targets: ["phala"]),
        .library(name: "SCALE", targets: ["SCALE"]),
        .library(name: "PhalaCrypto", targets: ["PhalaCrypto"]),
        .library(name: "PhalaPrimitives", targets: ["PhalaPrimitives"]),
        .library(name: "Tokenomics", targets: ["Tokenomics"]),
        .library(name: "PalletStakePools", targets: ["PalletStakePools"]),
        .library(name: "MerkleTrie", targets: ["MerkleTrie"]),
        .library(name: "RuntimeSupport", targets: ["RuntimeSupport"]),
        .library(name: "LightClient", targets: ["LightClient"]),
        .library(name: "StateStore", targets: ["StateStore"]),
        .library(name: "PhalaRuntime", targets: ["PhalaRuntime"]),
        .library(name: "PhalaNode", targets: ["PhalaNode"]),
        .library(name: "PhalaClient", targets: ["PhalaClient"]),
        .library(name: "JSONRPC", targets: ["JSONRPC"]),
        .library(name: "Attestation", targets: ["Attestation"]),
        .library(name: "EnclaveAPI", targets: ["EnclaveAPI"]),
        .library(name: "WorkerRuntime", targets: ["WorkerRuntime"]),
        .library(name: "WorkerHost", targets: ["WorkerHost"]),
        // A product only so the Benchmarks package can measure the executor against bare WasmKit.
        .library(name: "ContractHost", targets: ["ContractHost"]),
        // Test support, a product only so the Benchmarks package can build dev chains with it.
        .library(name: "PhalaTesting", targets: ["PhalaTesting"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-crypto.git", "3.12.3"..<"5.0.0"),
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log.git", from: "1.16.2"),
        .package(url: "https://github.com/groue/GRDB.swift.git", from: "7.10.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird.git", from: "2.28.1"),
        .package(url: "https://github.com/hummingbird-project/hummingbird-websocket.git", from: "2.8.1"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle.git", from: "2.13.0"),
        .package(url: "https://github.com/apple/swift-nio.git", from: "2.101.2"),
        .package(url: "https://github.com/swiftwasm/WasmKit.git", exact: "0.4.2"),
        .package(url: "https://github.com/swift-server/async-http-client.git", from: "1.37.0"),
        .package(url: "https://github.com/apple/swift-certificates.git", from: "1.21.1"),
        .package(url: "https://github.com/apple/swift-asn1.git", from: "1.7.4"),
    ],
    targets: targets
)
