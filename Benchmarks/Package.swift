// swift-tools-version:6.2
// Performance benchmarks, kept apart from the main package (as SwiftNIO and WasmKit do) so that the
// tests never build the benchmark harness. Run from this folder: `swift package benchmark`.
import Foundation
import PackageDescription

/// SwiftPM names a path dependency after its folder, so the main package's name is whatever the
/// checkout's folder is called (`main`, `phala-swift`, a CI clone's directory).
let project = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().lastPathComponent

let package = Package(
    name: "phala-swift-benchmarks",
    platforms: [.macOS(.v15)],
    dependencies: [
        .package(path: ".."),
        .package(url: "https://github.com/ordo-one/benchmark.git", from: "1.38.1", traits: ["MallocInterposer"]),
        .package(url: "https://github.com/apple/swift-log.git", from: "1.16.2"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle.git", from: "2.13.0"),
        .package(url: "https://github.com/swiftwasm/WasmKit.git", exact: "0.4.2"),
    ],
    targets: [
        .executableTarget(
            name: "FoundationBenchmarks",
            dependencies: [
                .product(name: "Benchmark", package: "benchmark"),
                .product(name: "SCALE", package: project),
                .product(name: "PhalaCrypto", package: project),
                .product(name: "PhalaPrimitives", package: project),
            ],
            path: "Benchmarks/FoundationBenchmarks",
            swiftSettings: [.swiftLanguageMode(.v6)],
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
        // Our sr25519 verify against Rust's schnorrkel (py-sr25519-bindings) in one run:
        // `swift run -c release Sr25519Comparison`.
        .executableTarget(
            name: "Sr25519Comparison",
            dependencies: [.product(name: "PhalaCrypto", package: project)],
            path: "Sources/Sr25519Comparison",
            swiftSettings: [.swiftLanguageMode(.v6)]
        ),
        // DCAP quote verification (SGX and TDX samples) against dcap-qvl's Python package in one run:
        // `swift run -c release DcapBenchmarks [path/to/python]`.
        .executableTarget(
            name: "DcapBenchmarks",
            dependencies: [.product(name: "Attestation", package: project)],
            path: "Sources/DcapBenchmarks",
            swiftSettings: [.swiftLanguageMode(.v6)]
        ),
        // Block import, state_getStorage over WebSocket, and disk per 100,000 accounts, in one run:
        // `swift run -c release NodeBenchmarks [import] [rpc] [disk]`.
        .executableTarget(
            name: "NodeBenchmarks",
            dependencies: [
                .product(name: "PhalaNode", package: project),
                .product(name: "PhalaRuntime", package: project),
                .product(name: "StateStore", package: project),
                .product(name: "PhalaClient", package: project),
                .product(name: "JSONRPC", package: project),
                .product(name: "PhalaPrimitives", package: project),
                .product(name: "PhalaCrypto", package: project),
                .product(name: "SCALE", package: project),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ],
            path: "Sources/NodeBenchmarks",
            swiftSettings: [.swiftLanguageMode(.v6)]
        ),
        // The gatekeeper's per-block computing economics at 10,000, 50,000 and 100,000 workers, and a
        // stake pool's reward and withdraw processing with 10,000 contributors, in one run:
        // `swift run -c release EconomicsBenchmarks [economics] [pool]`.
        .executableTarget(
            name: "EconomicsBenchmarks",
            dependencies: [
                .product(name: "Tokenomics", package: project),
                .product(name: "PalletStakePools", package: project),
                .product(name: "PhalaRuntime", package: project),
                .product(name: "RuntimeSupport", package: project),
                .product(name: "MerkleTrie", package: project),
                .product(name: "PhalaPrimitives", package: project),
            ],
            path: "Sources/EconomicsBenchmarks",
            swiftSettings: [.swiftLanguageMode(.v6)]
        ),
        // The enclave's verified sync speed and restart-to-synced time, in one run:
        // `swift run -c release EnclaveBenchmarks [empty] [changes] [restart]`.
        .executableTarget(
            name: "EnclaveBenchmarks",
            dependencies: [
                .product(name: "WorkerRuntime", package: project),
                .product(name: "EnclaveAPI", package: project),
                .product(name: "PhalaTesting", package: project),
                .product(name: "PhalaRuntime", package: project),
                .product(name: "PhalaPrimitives", package: project),
                .product(name: "PhalaCrypto", package: project),
            ],
            path: "Sources/EnclaveBenchmarks",
            swiftSettings: [.swiftLanguageMode(.v6)]
        ),
        // The contract executor's flipper query latency and throughput, its sha256 compute against
        // bare WasmKit, a 100 KB contract's instantiation, cold and cached, and the flipper query end
        // to end over the worker API, in one run:
        // `swift run -c release ContractBenchmarks [query] [compute] [instantiate] [http]`.
        .executableTarget(
            name: "ContractBenchmarks",
            dependencies: [
                .product(name: "ContractHost", package: project),
                .product(name: "PhalaPrimitives", package: project),
                .product(name: "PhalaCrypto", package: project),
                .product(name: "PhalaClient", package: project),
                .product(name: "PhalaTesting", package: project),
                .product(name: "EnclaveAPI", package: project),
                .product(name: "WorkerRuntime", package: project),
                .product(name: "WorkerHost", package: project),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "WasmKit", package: "WasmKit"),
            ],
            path: "Sources/ContractBenchmarks",
            swiftSettings: [.swiftLanguageMode(.v6)]
        ),
    ]
)
