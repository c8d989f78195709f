// swift-tools-version:6.1
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
    .target(name: "MerkleTrie", dependencies: ["SCALE", "PhalaCrypto"], swiftSettings: settings)
]

// MARK: - L5 edges
targets += [
    .target(
        name: "PhalaCLI",
        dependencies: [
            "SCALE", "PhalaCrypto", "PhalaPrimitives",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ],
        swiftSettings: settings
    ),
    .executableTarget(name: "phala", dependencies: ["PhalaCLI"], swiftSettings: settings),
]

// MARK: - Test support
targets += [
    .target(name: "PhalaTesting", dependencies: ["SCALE", "PhalaCrypto", "PhalaPrimitives"], swiftSettings: settings)
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
    .testTarget(
        name: "PhalaCLITests",
        dependencies: ["PhalaCLI", "PhalaCrypto", .product(name: "ArgumentParser", package: "swift-argument-parser")],
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
        .library(name: "MerkleTrie", targets: ["MerkleTrie"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-crypto.git", "3.12.3"..<"5.0.0"),
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
    ],
    targets: targets
)
