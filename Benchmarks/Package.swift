// swift-tools-version:6.2
// Performance benchmarks, kept apart from the main package (as SwiftNIO and WasmKit do) so that the
// tests never build the benchmark harness. Run from this folder: `swift package benchmark`.
import PackageDescription

let package = Package(
    name: "phala-swift-benchmarks",
    platforms: [.macOS(.v15)],
    dependencies: [
        .package(path: ".."),
        .package(url: "https://github.com/ordo-one/benchmark.git", from: "1.38.1", traits: ["MallocInterposer"]),
    ],
    targets: [
        .executableTarget(
            name: "FoundationBenchmarks",
            dependencies: [
                .product(name: "Benchmark", package: "benchmark"),
                .product(name: "SCALE", package: "phala-swift"),
                .product(name: "PhalaCrypto", package: "phala-swift"),
                .product(name: "PhalaPrimitives", package: "phala-swift"),
            ],
            path: "Benchmarks/FoundationBenchmarks",
            swiftSettings: [.swiftLanguageMode(.v6)],
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
        // Our sr25519 verify against Rust's schnorrkel (py-sr25519-bindings) in one run:
        // `swift run -c release Sr25519Comparison`.
        .executableTarget(
            name: "Sr25519Comparison",
            dependencies: [.product(name: "PhalaCrypto", package: "phala-swift")],
            path: "Sources/Sr25519Comparison",
            swiftSettings: [.swiftLanguageMode(.v6)]
        ),
    ]
)
