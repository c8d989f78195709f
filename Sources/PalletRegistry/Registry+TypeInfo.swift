public import Attestation
import PhalaPrimitives
public import RuntimeSupport

// Metadata descriptions of the registry's argument and storage types, with Phala's Rust paths.

extension WorkerRegistrationInfo: TypeInfo {
    /// `phala_types::WorkerRegistrationInfoV2<AccountId32>`.
    public static var typeInfo: TypeDescription<TypeReference> {
        .composite(
            path: ["phala_types", "WorkerRegistrationInfoV2"],
            fields: [
                .named("version", UInt32.self, "u32"), .named("machine_id", [UInt8].self, "MachineId"),
                .named("pubkey", FixedBytes<32>.self, "WorkerPublicKey"),
                .named("ecdh_pubkey", FixedBytes<32>.self, "EcdhPublicKey"),
                .named("genesis_block_hash", H256.self, "H256"), .named("features", [UInt32].self, "Vec<u32>"),
                .named("operator", AccountId32?.self, "Option<AccountId>"), .named("para_id", UInt32.self, "u32"),
                .named("max_consensus_version", UInt32.self, "u32"),
            ]
        )
    }
}

extension WorkerInfo: TypeInfo {
    /// `pallet_registry::pallet::WorkerInfoV2<AccountId32>`.
    public static var typeInfo: TypeDescription<TypeReference> {
        .composite(
            path: ["pallet_registry", "pallet", "WorkerInfoV2"],
            fields: [
                .named("pubkey", FixedBytes<32>.self, "WorkerPublicKey"),
                .named("ecdh_pubkey", FixedBytes<32>.self, "EcdhPublicKey"),
                .named("runtime_version", UInt32.self, "u32"), .named("last_updated", UInt64.self, "u64"),
                .named("operator", AccountId32?.self, "Option<AccountId>"),
                .named("attestation_provider", AttestationProvider?.self, "Option<AttestationProvider>"),
                .named("confidence_level", UInt8.self, "u8"), .named("initial_score", UInt32?.self, "Option<u32>"),
                .named("features", [UInt32].self, "Vec<u32>"),
            ]
        )
    }
}

extension AttestationProvider: TypeInfo {
    /// `phala_types::AttestationProvider`: `Root`, `Ias`, `Dcap`, and our `SoftwareTEE` at 3.
    public static var typeInfo: TypeDescription<TypeReference> {
        .variant(
            path: ["phala_types", "AttestationProvider"],
            variants: allCases.map { TypeVariant(name: $0.name, index: $0.rawValue) }
        )
    }
}

extension AttestationReport: TypeInfo {
    /// `pink_types::sgx::AttestationReport`: `SgxIas` = 0, `SgxDcap` = 1, our `SoftwareTEE` = 2.
    public static var typeInfo: TypeDescription<TypeReference> {
        .variant(
            path: ["pink_types", "sgx", "AttestationReport"],
            variants: [
                TypeVariant(
                    name: "SgxIas",
                    index: 0,
                    fields: [
                        .named("ra_report", [UInt8].self, "Vec<u8>"), .named("signature", [UInt8].self, "Vec<u8>"),
                        .named("raw_signing_cert", [UInt8].self, "Vec<u8>"),
                    ]
                ),
                TypeVariant(
                    name: "SgxDcap",
                    index: 1,
                    fields: [
                        .named("quote", [UInt8].self, "Vec<u8>"),
                        .named("collateral", DcapCollateral?.self, "Option<Collateral>"),
                    ]
                ),
                TypeVariant(name: "SoftwareTEE", index: 2, fields: [TypeField(type: .of(SoftwareTEEReport.self))]),
            ]
        )
    }
}

extension DcapCollateral: TypeInfo {
    /// `pink_types::sgx::Collateral` with its one variant `SgxV30` = 0 holding the nine fields inline.
    public static var typeInfo: TypeDescription<TypeReference> {
        let text = { (name: String) in TypeField<TypeReference>.named(name, String.self, "String") }
        let bytes = { (name: String) in TypeField<TypeReference>.named(name, [UInt8].self, "Vec<u8>") }
        return .variant(
            path: ["pink_types", "sgx", "Collateral"],
            variants: [
                TypeVariant(
                    name: "SgxV30",
                    index: 0,
                    fields: [
                        text("pck_crl_issuer_chain"), text("root_ca_crl"), text("pck_crl"),
                        text("tcb_info_issuer_chain"),
                        text("tcb_info"), bytes("tcb_info_signature"), text("qe_identity_issuer_chain"),
                        text("qe_identity"),
                        bytes("qe_identity_signature"),
                    ]
                )
            ]
        )
    }
}

extension SoftwareTEEReport: TypeInfo {
    /// `phala_swift::attestation::SoftwareTEEReport` (ours): fixed-size fields, signature last.
    public static var typeInfo: TypeDescription<TypeReference> {
        .composite(
            path: ["phala_swift", "attestation", "SoftwareTEEReport"],
            fields: [
                .named("measurement", FixedBytes<32>.self, "[u8; 32]"),
                .named("report_data", FixedBytes<32>.self, "[u8; 32]"),
                .named("timestamp", UInt64.self, "u64"), .named("platform_key", FixedBytes<32>.self, "[u8; 32]"),
                .named("signature", FixedBytes<64>.self, "[u8; 64]"),
            ]
        )
    }
}

extension WorkerEndpointPayload: TypeInfo {
    /// `phala_types::WorkerEndpointPayload`.
    public static var typeInfo: TypeDescription<TypeReference> {
        .composite(
            path: ["phala_types", "WorkerEndpointPayload"],
            fields: [
                .named("pubkey", FixedBytes<32>.self, "WorkerPublicKey"),
                .named("versioned_endpoints", VersionedWorkerEndpoints.self, "VersionedWorkerEndpoints"),
                .named("signing_time", UInt64.self, "u64"),
            ]
        )
    }
}

extension VersionedWorkerEndpoints: TypeInfo {
    /// `phala_types::VersionedWorkerEndpoints`: `V1(Vec<String>)` = 0.
    public static var typeInfo: TypeDescription<TypeReference> {
        .variant(
            path: ["phala_types", "VersionedWorkerEndpoints"],
            variants: [TypeVariant(name: "V1", index: 0, fields: [TypeField(type: .of([String].self))])]
        )
    }
}
