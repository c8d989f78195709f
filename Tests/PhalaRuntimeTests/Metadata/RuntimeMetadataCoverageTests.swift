import Attestation
import Messaging
import PalletBalances
import PalletComputation
import PalletGrandpa
import PalletMessageQueue
import PalletPhatContracts
import PalletRegistry
import PalletStakePools
import PalletSudo
import PalletSystem
import PalletTimestamp
import PalletTransactionPayment
import PalletUtility
import PhalaPrimitives
import PhalaRuntime
import PhalaTesting
import RuntimeSupport
import SCALE
import Testing
import Tokenomics

/// Every call and event variant the runtime encodes, decoded by scalecodec 1.2.12 through the
/// metadata: the pallets' descriptions must match their Swift encodings byte for byte.
@Suite struct RuntimeMetadataCoverageTests {
    static let alice = DevAccount.alice.id
    static let bob = DevAccount.bob.id
    static let info = DispatchInfo(weight: Weight(refTime: 7, proofSize: 3))
    static let failure = DispatchError.module(ModuleError(index: PalletIndex.balances, error: 2))

    static let calls: [RuntimeCall] = [
        .system(.remark(remark: [1, 2])), .system(.remarkWithEvent(remark: [3])),
        .balances(.transferAllowDeath(dest: .id(bob), value: .pha(1))),
        .balances(.forceTransfer(source: .id(alice), dest: .id(bob), value: .pha(1))),
        .balances(.transferKeepAlive(dest: .id(bob), value: .pha(1))),
        .balances(.transferAll(dest: .id(bob), keepAlive: true)),
        .balances(.forceUnreserve(who: .id(bob), amount: .pha(1))),
        .balances(.forceSetBalance(who: .id(bob), newFree: .pha(1))),
        .timestamp(.set(now: 1_000)),
        .sudo(.sudo(call: .system(.remark(remark: [])))),
        .sudo(.sudoUncheckedWeight(call: .system(.remark(remark: [])), weight: Weight(refTime: 1, proofSize: 2))),
        .sudo(.setKey(new: .id(bob))), .sudo(.sudoAs(who: .id(bob), call: .system(.remark(remark: [])))),
        .sudo(.removeKey),
        .utility(.batch(calls: [.system(.remark(remark: []))])), .utility(.batchAll(calls: [])),
        .utility(.forceBatch(calls: [.balances(.transferAll(dest: .id(bob), keepAlive: false))])),
        .registry(.registerGatekeeper(gatekeeper: FixedBytes(repeating: 7))),
        .registry(.registerWorkerV2(pruntimeInfo: workerInfo, attestation: nil)),
        .registry(.registerWorkerV2(pruntimeInfo: workerInfo, attestation: softwareReport)),
        .registry(
            .registerWorkerV2(
                pruntimeInfo: workerInfo,
                attestation: .sgxIas(raReport: [1], signature: [2], rawSigningCert: [3])
            )
        ),
        .registry(.registerWorkerV2(pruntimeInfo: workerInfo, attestation: .sgxDcap(quote: [4], collateral: nil))),
        .registry(
            .updateWorkerEndpoint(
                endpointPayload: WorkerEndpointPayload(
                    pubkey: FixedBytes(repeating: 1),
                    versionedEndpoints: .v1(["http://a", ""]),
                    signingTime: 9
                ),
                signature: [UInt8](repeating: 5, count: 64)
            )
        ),
        .registry(.unregisterGatekeeper(gatekeeper: FixedBytes(repeating: 8))), .registry(.rotateMasterKey),
        .registry(.addPRuntime(pruntimeHash: [1, 2, 3])), .registry(.removePRuntime(pruntimeHash: [])),
        .registry(.setSoftwareTEEEnabled(enabled: true)),
        .registry(.setDcapEnabled(enabled: true)),
        .messageQueue(
            .syncOffchainMessage(
                signedMessage: SignedMessage(
                    message: Message(sender: .worker(alice.raw), destination: .miningReport, payload: [1]),
                    sequence: 7,
                    signature: [UInt8](repeating: 2, count: 64)
                )
            )
        ),
        .computation(.setCoolDownExpiration(period: 30)), .computation(.unbind(session: bob)),
        .computation(.forceHeartbeat), .computation(.forceStartComputing(session: bob, stake: .pha(3_000))),
        .computation(.forceStopComputing(session: bob)), .computation(.updateTokenomic(newParams: .khala)),
        .computation(.setHeartbeatPaused(paused: false)),
        .stakePools(.create), .stakePools(.addWorker(pid: 1, pubkey: FixedBytes(repeating: 3))),
        .stakePools(.removeWorker(pid: 1, worker: FixedBytes(repeating: 3))),
        .stakePools(.setCap(pid: 1, cap: .pha(9))),
        .stakePools(.setPayoutPref(pid: 1, payoutCommission: Permill(parts: 500_000))),
        .stakePools(.setPayoutPref(pid: 1, payoutCommission: nil)),
        .stakePools(.claimOwnerRewards(pid: 1, target: bob)), .stakePools(.checkAndMaybeForceWithdraw(pid: 1)),
        .stakePools(.contribute(pid: 1, amount: .pha(2), asVault: 4)),
        .stakePools(.withdraw(pid: 1, shares: .pha(2), asVault: nil)),
        .stakePools(.startComputing(pid: 1, worker: FixedBytes(repeating: 3), stake: .pha(5))),
        .stakePools(.stopComputing(pid: 1, worker: FixedBytes(repeating: 3))),
        .stakePools(.reclaimPoolWorker(pid: 1, worker: FixedBytes(repeating: 3))),
        .stakePools(.restartComputing(pid: 1, worker: FixedBytes(repeating: 3), stake: .pha(6))),
        .stakePools(.createVault), .stakePools(.setVaultPayoutPref(pid: 2, payoutCommission: nil)),
        .stakePools(.claimOwnerShares(vaultPid: 2, target: alice, shares: .pha(1))),
        .stakePools(.maybeGainOwnerShares(vaultPid: 2)), .stakePools(.vaultCheckAndMaybeForceWithdraw(vaultPid: 2)),
        .stakePools(.vaultContribute(pid: 2, amount: .pha(3))), .stakePools(.vaultWithdraw(pid: 2, shares: .pha(1))),
        .stakePools(.addStakerToWhitelist(pid: 1, staker: bob)),
        .stakePools(.removeStakerFromWhitelist(pid: 1, staker: bob)),
        .stakePools(.wrap(amount: .pha(10))), .stakePools(.unwrapAll), .stakePools(.unwrap(amount: .pha(1))),
        .phatContracts(
            .addCluster(
                owner: alice,
                permission: .onlyOwner(bob),
                deployWorkers: [FixedBytes(repeating: 3)],
                deposit: .pha(1),
                gasPrice: Balance(planck: 2),
                depositPerItem: Balance(planck: 3),
                depositPerByte: Balance(planck: 4),
                treasuryAccount: bob
            )
        ),
        .phatContracts(
            .addCluster(
                owner: alice,
                permission: .public,
                deployWorkers: [],
                deposit: .zero,
                gasPrice: .zero,
                depositPerItem: .zero,
                depositPerByte: .zero,
                treasuryAccount: alice
            )
        ),
        .phatContracts(
            .transferToCluster(amount: .pha(1), clusterId: H256(FixedBytes(repeating: 1)), destAccount: bob)
        ),
        .phatContracts(
            .instantiateContract(
                codeIndex: .wasmCode(H256(FixedBytes(repeating: 2))),
                data: [1],
                salt: [],
                clusterId: H256(FixedBytes(repeating: 1)),
                transfer: .pha(1),
                gasLimit: 9,
                storageDepositLimit: .pha(2),
                deposit: .zero
            )
        ),
        .phatContracts(.setPinkSystemCode(code: [0, 97, 115, 109])),
        .phatContracts(
            .clusterUploadResource(
                clusterId: H256(FixedBytes(repeating: 1)),
                resourceType: .sidevmCode,
                resourceData: [5]
            )
        ),
        .phatContracts(
            .pushContractMessage(contractId: H256(FixedBytes(repeating: 3)), payload: [6], deposit: .pha(1))
        ),
        .phatContracts(.clusterDestroy(cluster: H256(FixedBytes(repeating: 1)))),
        .phatContracts(.setPinkRuntimeVersion(version: .init(major: 1, minor: 0))),
        .phatContracts(
            .addWorkerToCluster(workerPubkey: FixedBytes(repeating: 3), clusterId: H256(FixedBytes(repeating: 1)))
        ),
        .phatContracts(
            .removeWorkerFromCluster(workerPubkey: FixedBytes(repeating: 3), clusterId: H256(FixedBytes(repeating: 1)))
        ),
    ]

    static let workerInfo = WorkerRegistrationInfo(
        version: 1,
        machineID: [9],
        pubkey: FixedBytes(repeating: 1),
        ecdhPubkey: FixedBytes(repeating: 2),
        genesisBlockHash: .zero,
        features: [2, 4],
        operator: alice
    )
    static let softwareReport = AttestationReport.softwareTEE(
        SoftwareTEEReport(
            measurement: [UInt8](repeating: 3, count: 32),
            reportData: [UInt8](repeating: 4, count: 32),
            timestamp: 5,
            platformKey: [UInt8](repeating: 6, count: 32),
            signature: [UInt8](repeating: 7, count: 64)
        )
    )

    static let events: [RuntimeEvent] = [
        .system(.extrinsicSucceeded(dispatchInfo: info)),
        .system(.extrinsicFailed(dispatchError: failure, dispatchInfo: info)),
        .system(.newAccount(account: alice)), .system(.killedAccount(account: alice)),
        .system(.remarked(sender: alice, hash: .zero)),
        .balances(.endowed(account: alice, freeBalance: .pha(1))),
        .balances(.dustLost(account: alice, amount: .pha(1))),
        .balances(.transferred(from: alice, to: bob, amount: .pha(1))),
        .balances(.balanceSet(who: alice, free: .pha(1))),
        .balances(.reserved(who: alice, amount: .pha(1))), .balances(.unreserved(who: alice, amount: .pha(1))),
        .balances(.deposited(who: alice, amount: .pha(1))), .balances(.withdrawn(who: alice, amount: .pha(1))),
        .balances(.frozen(who: alice, amount: .pha(1))), .balances(.thawed(who: alice, amount: .pha(1))),
        .transactionPayment(.transactionFeePaid(who: alice, actualFee: .pha(1), tip: .zero)),
        .grandpa(.newAuthorities(authoritySet: [Grandpa.Authority(id: alice.raw, weight: 1)])),
        .sudo(.sudid(sudoResult: .success(Empty()))), .sudo(.keyChanged(old: nil, new: bob)),
        .sudo(.keyChanged(old: alice, new: bob)), .sudo(.keyRemoved), .sudo(.sudoAsDone(sudoResult: .failure(failure))),
        .utility(.batchInterrupted(index: 1, error: .badOrigin)), .utility(.batchCompleted),
        .utility(.batchCompletedWithErrors), .utility(.itemCompleted), .utility(.itemFailed(error: failure)),
        .registry(.gatekeeperAdded(pubkey: FixedBytes(repeating: 1))),
        .registry(
            .workerAdded(pubkey: FixedBytes(repeating: 1), attestationProvider: .softwareTEE, confidenceLevel: 128)
        ),
        .registry(.workerUpdated(pubkey: FixedBytes(repeating: 1), attestationProvider: nil, confidenceLevel: 1)),
        .registry(.gatekeeperRemoved(pubkey: FixedBytes(repeating: 2))),
        .registry(.masterKeyRotated(rotationID: 3, masterPubkey: FixedBytes(repeating: 4))),
        .registry(.masterKeyRotationFailed(rotationLock: nil, gatekeeperRotationID: 5)),
        .registry(.masterKeyRotationFailed(rotationLock: 6, gatekeeperRotationID: 7)),
        .registry(.initialScoreSet(pubkey: FixedBytes(repeating: 8), initScore: 600)), .registry(.gatekeeperLaunched),
        .registry(.masterKeyRotationStarted(rotationID: 9)),
        .messageQueue(.messageReceived(sender: .gatekeeper, topic: .miningUpdate, sequence: 3)),
        .messageQueue(.messageReceived(sender: .pallet("PhalaRegistry"), topic: .systemEvent, sequence: 0)),
        .computation(.coolDownExpirationChanged(period: 30)),
        .computation(.workerStarted(session: bob, initV: 1 << 70, initP: 600)),
        .computation(.workerStopped(session: bob)),
        .computation(.workerReclaimed(session: bob, originalStake: .pha(3_000), slashed: .zero)),
        .computation(.sessionBound(session: bob, worker: FixedBytes(repeating: 1))),
        .computation(.sessionUnbound(session: bob, worker: FixedBytes(repeating: 1))),
        .computation(.workerEnterUnresponsive(session: bob)), .computation(.workerExitUnresponsive(session: bob)),
        .computation(.sessionSettled(session: bob, vBits: 5, payoutBits: 6)),
        .computation(.internalErrorWorkerSettleFailed(worker: FixedBytes(repeating: 2))),
        .computation(.tokenomicParametersChanged),
        .computation(.sessionSettlementDropped(session: alice, v: 7, payout: 8)),
        .computation(.benchmarkUpdated(session: alice, pInstant: 660)),
        .stakePools(.poolCreated(owner: alice, pid: 1, cid: 10_000, poolAccountID: bob)),
        .stakePools(.poolCommissionSet(pid: 1, commission: 500_000)),
        .stakePools(.poolCapacitySet(pid: 1, cap: .pha(9))),
        .stakePools(.poolWorkerAdded(pid: 1, worker: FixedBytes(repeating: 3), session: bob)),
        .stakePools(.contribution(pid: 1, user: bob, amount: .pha(2), shares: .pha(2), asVault: nil)),
        .stakePools(.ownerRewardsWithdrawn(pid: 1, user: alice, amount: .pha(1))),
        .stakePools(.rewardDismissedNotInPool(worker: FixedBytes(repeating: 3), amount: .pha(1))),
        .stakePools(.rewardDismissedNoShare(pid: 1, amount: .pha(1))),
        .stakePools(.rewardDismissedDust(pid: 1, amount: Balance(planck: 5))),
        .stakePools(.poolWorkerRemoved(pid: 1, worker: FixedBytes(repeating: 3))),
        .stakePools(.workerReclaimed(pid: 1, worker: FixedBytes(repeating: 3))),
        .stakePools(.rewardReceived(pid: 1, toOwner: .pha(1), toStakers: .pha(4))),
        .stakePools(.workingStarted(pid: 1, worker: FixedBytes(repeating: 3), amount: .pha(5))),
        .stakePools(.rewardToOwnerDismissedDust(pid: 1, amount: Balance(planck: 7))),
        .stakePools(.rewardToDistributionDismissedDust(pid: 1, amount: Balance(planck: 8))),
        .stakePools(.vaultCreated(owner: alice, pid: 2, cid: 10_001, poolAccountID: bob)),
        .stakePools(.vaultCommissionSet(pid: 2, commission: 1)),
        .stakePools(.ownerSharesClaimed(pid: 2, user: alice, shares: .pha(1))),
        .stakePools(
            .ownerSharesGained(pid: 2, shares: Balance(planck: 100), checkoutPrice: Balance(planck: 1_000_000_000_333))
        ),
        .stakePools(.vaultContribution(pid: 2, user: bob, amount: .pha(3), shares: .pha(3))),
        .stakePools(.forceShutdown(pid: 2, reason: .waiting3xGracePeriod)),
        .stakePools(.withdrawalQueued(pid: 1, user: bob, shares: .pha(1), asVault: 2)),
        .stakePools(.withdrawal(pid: 1, user: bob, amount: .pha(1), shares: .pha(1), burntShares: .zero)),
        .stakePools(.poolWhitelistCreated(pid: 1)), .stakePools(.poolWhitelistDeleted(pid: 1)),
        .stakePools(.poolWhitelistStakerAdded(pid: 1, staker: bob)),
        .stakePools(.poolWhitelistStakerRemoved(pid: 1, staker: bob)),
        .stakePools(.wrapped(user: bob, amount: .pha(10))), .stakePools(.unwrapped(user: bob, amount: .pha(1))),
        .phatContracts(
            .clusterCreated(cluster: H256(FixedBytes(repeating: 1)), systemContract: H256(FixedBytes(repeating: 2)))
        ),
        .phatContracts(
            .instantiating(
                contract: H256(FixedBytes(repeating: 3)),
                cluster: H256(FixedBytes(repeating: 1)),
                deployer: alice
            )
        ),
        .phatContracts(
            .transfered(
                cluster: H256(FixedBytes(repeating: 1)),
                account: H256(FixedBytes(repeating: 4)),
                amount: .pha(1)
            )
        ),
        .phatContracts(
            .clusterPubkeyAvailable(cluster: H256(FixedBytes(repeating: 1)), pubkey: FixedBytes(repeating: 5))
        ),
        .phatContracts(
            .clusterDeployed(
                cluster: H256(FixedBytes(repeating: 1)),
                pubkey: FixedBytes(repeating: 5),
                worker: FixedBytes(repeating: 6)
            )
        ),
        .phatContracts(
            .clusterDeploymentFailed(cluster: H256(FixedBytes(repeating: 1)), worker: FixedBytes(repeating: 6))
        ),
        .phatContracts(
            .contractPubkeyAvailable(
                contract: H256(FixedBytes(repeating: 3)),
                cluster: H256(FixedBytes(repeating: 1)),
                pubkey: FixedBytes(repeating: 7)
            )
        ),
        .phatContracts(
            .instantiated(
                contract: H256(FixedBytes(repeating: 3)),
                cluster: H256(FixedBytes(repeating: 1)),
                deployer: H256(FixedBytes(repeating: 8))
            )
        ),
        .phatContracts(.clusterDestroyed(cluster: H256(FixedBytes(repeating: 1)))),
        .phatContracts(
            .workerAddedToCluster(worker: FixedBytes(repeating: 6), cluster: H256(FixedBytes(repeating: 1)))
        ),
        .phatContracts(
            .workerRemovedFromCluster(worker: FixedBytes(repeating: 6), cluster: H256(FixedBytes(repeating: 1)))
        ),
    ]

    static func summary() throws -> [String: Any] {
        let records = events.map { EventRecord(phase: .applyExtrinsic(1), event: $0) }
        return try RuntimeMetadataReference.summary([
            "metadata": Hex.string(Runtime().encodedMetadata),
            "storage_key": ["pallet": "System", "item": "Number", "key": ""],
            "call": ["call_module": "System", "call_function": "remark", "call_args": ["remark": "0x"]],
            "events": Hex.string(records.scaleEncoded()),
            "extrinsic": Hex.string(UncheckedExtrinsic(signature: nil, call: calls[0].scaleEncoded()).scaleEncoded()),
            "module_error": [0, 0],
            "calls": calls.map { Hex.string($0.scaleEncoded()) },
        ])
    }

    @Test func everyRuntimeCallDecodesByItsNameWithScalecodec() throws {
        let decoded = try Self.summary()["calls"] as? [[String: Any]] ?? []
        let names = decoded.map { "\($0["call_module"] ?? "").\($0["call_function"] ?? "")" }
        #expect(names == Self.calls.map(Self.name))
    }

    @Test func everyRuntimeEventDecodesByItsNameWithScalecodec() throws {
        let decoded = try Self.summary()["events"] as? [[String: Any]] ?? []
        let names = decoded.map { "\($0["module_id"] ?? "").\($0["event_id"] ?? "")" }
        #expect(names == Self.events.map(Self.name))
    }

    static func name(_ call: RuntimeCall) -> String {
        switch call {
        case .system(let call): "System.\(call.name)"
        case .balances(let call): "Balances.\(call.name)"
        case .timestamp(let call): "Timestamp.\(call.name)"
        case .sudo(let call): "Sudo.\(call.name)"
        case .utility(let call): "Utility.\(call.name)"
        case .registry(let call): "PhalaRegistry.\(call.name)"
        case .messageQueue(let call): "PhalaMq.\(call.name)"
        case .computation(let call): "PhalaComputation.\(call.name)"
        case .stakePools(let call): "PhalaStakePoolv2.\(call.name)"
        case .phatContracts(let call): "PhalaPhatContracts.\(call.name)"
        }
    }

    static func name(_ event: RuntimeEvent) -> String {
        switch event {
        case .system(let event): "System.\(event.name)"
        case .balances(let event): "Balances.\(event.name)"
        case .transactionPayment(let event): "TransactionPayment.\(event.name)"
        case .grandpa(let event): "Grandpa.\(event.name)"
        case .sudo(let event): "Sudo.\(event.name)"
        case .utility(let event): "Utility.\(event.name)"
        case .registry(let event): "PhalaRegistry.\(event.name)"
        case .messageQueue(let event): "PhalaMq.\(event.name)"
        case .computation(let event): "PhalaComputation.\(event.name)"
        case .stakePools(let event): "PhalaStakePoolv2.\(event.name)"
        case .phatContracts(let event): "PhalaPhatContracts.\(event.name)"
        }
    }
}
