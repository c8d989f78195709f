import PhalaCrypto
import PhalaPrimitives
import SCALE
import Testing

@testable import WorkerRuntime

@Suite struct GatekeeperKeysTests {
    /// Two workers and a first gatekeeper holding a genesis key, all from one seeded source.
    struct Network {
        var random = SeededRandomSource(seed: 42)
        let first: WorkerIdentity
        let second: WorkerIdentity
        let outsider: WorkerIdentity
        var firstKeys: GatekeeperKeys

        init() {
            first = WorkerIdentity(random: &random)
            second = WorkerIdentity(random: &random)
            outsider = WorkerIdentity(random: &random)
            firstKeys = GatekeeperKeys(generatingFirstKey: &random)
        }
    }

    @Test func theFirstGatekeeperGeneratesADeterministicGenesisKey() {
        let one = Network()
        let two = Network()
        #expect(one.firstKeys.masterPublicKey == two.firstKeys.masterPublicKey)
        #expect(one.firstKeys.current.rotationID == 0)
        #expect(one.firstKeys.current.blockHeight == 0)
        #expect(one.firstKeys.masterPublicKey != one.first.publicKey)
    }

    @Test func aHandoverGivesTheNewGatekeeperTheSameMasterKey() throws {
        var network = Network()
        let handover = network.firstKeys.handover(to: network.second.publicInfo, blockNumber: 12)
        let received = try GatekeeperKeys(receiving: handover, as: network.second)
        #expect(received.masterPublicKey == network.firstKeys.masterPublicKey)
        #expect(received.history.count == 1)
        #expect(network.firstKeys.ivSequence == 1)
    }

    @Test func aHandoverIsDeterministicAndRoundTripsThroughSCALE() throws {
        var network = Network()
        var copy = network.firstKeys
        let handover = network.firstKeys.handover(to: network.second.publicInfo, blockNumber: 12)
        #expect(copy.handover(to: network.second.publicInfo, blockNumber: 12) == handover)
        let encoded = handover.scaleEncoded()
        // dest 32, count 1, rotation 8, height 4, ecdh 32, compact 80 (2 bytes) + 80, iv 12.
        #expect(encoded.count == 32 + 1 + 8 + 4 + 32 + 2 + 80 + 12)
        #expect(try MasterKeyHandover(scaleDecoding: encoded) == handover)
    }

    @Test func anotherWorkerCannotOpenAHandover() throws {
        var network = Network()
        let handover = network.firstKeys.handover(to: network.second.publicInfo, blockNumber: 12)
        #expect(throws: GatekeeperKeyError.handoverForAnotherWorker) {
            try GatekeeperKeys(receiving: handover, as: network.outsider)
        }
        // Readdressing the message does not help: the keys are encrypted to the second worker's ECDH key.
        let readdressed = MasterKeyHandover(destination: network.outsider.publicKey, entries: handover.entries)
        #expect(throws: GatekeeperKeyError.notEncryptedToThisWorker(network.outsider.publicKey.bytes)) {
            try GatekeeperKeys(receiving: readdressed, as: network.outsider)
        }
    }

    @Test func aTamperedHandoverIsRefused() throws {
        var network = Network()
        let handover = network.firstKeys.handover(to: network.second.publicInfo, blockNumber: 12)
        let entry = handover.entries[0]
        var flipped = entry.encryptedKey.encryptedKey
        flipped[5] ^= 1
        let tampered = MasterKeyHandover(
            destination: handover.destination,
            entries: [
                .init(
                    rotationID: 0,
                    blockHeight: 0,
                    encryptedKey: EncryptedKey(
                        ecdhPublicKey: entry.encryptedKey.ecdhPublicKey,
                        encryptedKey: flipped,
                        iv: entry.encryptedKey.iv
                    )
                )
            ]
        )
        #expect(throws: GatekeeperKeyError.notEncryptedToThisWorker(network.second.publicKey.bytes)) {
            try GatekeeperKeys(receiving: tampered, as: network.second)
        }
    }

    @Test func afterARotationBothGatekeepersHoldTheNewKeyAndTheOldOnes() throws {
        var network = Network()
        var secondKeys = try GatekeeperKeys(
            receiving: network.firstKeys.handover(to: network.second.publicInfo, blockNumber: 3),
            as: network.second
        )
        let clusterID = H256(FixedBytes(repeating: 7))
        let oldClusterKey = try network.firstKeys.clusterKey(clusterID: clusterID).exposedValue.publicKey
        let genesisKey = network.firstKeys.masterPublicKey

        let gatekeepers = [network.first.publicInfo, network.second.publicInfo]
        let onChain: Set = [network.first.publicKey, network.second.publicKey]
        let rotation = network.firstKeys.proposeRotation(
            rotationID: 1,
            gatekeepers: gatekeepers,
            blockNumber: 20,
            signer: network.first,
            random: &network.random
        )
        let decoded = try MasterKeyRotation(scaleDecoding: rotation.scaleEncoded())
        #expect(decoded == rotation)
        try network.firstKeys.applyRotation(decoded, as: network.first, gatekeepers: onChain, blockHeight: 21)
        try secondKeys.applyRotation(decoded, as: network.second, gatekeepers: onChain, blockHeight: 21)

        #expect(network.firstKeys.masterPublicKey == secondKeys.masterPublicKey)
        #expect(network.firstKeys.masterPublicKey != genesisKey)
        #expect(secondKeys.current.rotationID == 1)
        #expect(secondKeys.current.blockHeight == 21)
        #expect(try secondKeys.masterKey(rotationID: 0).publicKey == genesisKey)
        #expect(try secondKeys.clusterKey(clusterID: clusterID, rotationID: 0).exposedValue.publicKey == oldClusterKey)
        #expect(try secondKeys.clusterKey(clusterID: clusterID).exposedValue.publicKey != oldClusterKey)
        #expect(throws: GatekeeperKeyError.unknownRotation(2)) {
            try secondKeys.clusterKey(clusterID: clusterID, rotationID: 2)
        }

        // A gatekeeper registered after the rotation receives both keys.
        let third = try GatekeeperKeys(
            receiving: network.firstKeys.handover(to: network.outsider.publicInfo, blockNumber: 30),
            as: network.outsider
        )
        #expect(third.history.map(\.publicKey) == secondKeys.history.map(\.publicKey))
        #expect(third.history.map(\.blockHeight) == [0, 21])
    }

    @Test func aRotationIsCheckedBeforeItIsApplied() throws {
        var network = Network()
        var secondKeys = try GatekeeperKeys(
            receiving: network.firstKeys.handover(to: network.second.publicInfo, blockNumber: 3),
            as: network.second
        )
        let onChain: Set = [network.first.publicKey, network.second.publicKey]
        let rotation = network.firstKeys.proposeRotation(
            rotationID: 1,
            gatekeepers: [network.first.publicInfo],
            blockNumber: 20,
            signer: network.first,
            random: &network.random
        )
        #expect(throws: GatekeeperKeyError.notListedInRotation) {
            try secondKeys.applyRotation(rotation, as: network.second, gatekeepers: onChain, blockHeight: 21)
        }
        #expect(throws: GatekeeperKeyError.rotationSenderNotGatekeeper) {
            try secondKeys.applyRotation(
                rotation,
                as: network.second,
                gatekeepers: [network.second.publicKey],
                blockHeight: 21
            )
        }
        let forged = MasterKeyRotation(
            rotationID: 1,
            secretKeys: rotation.secretKeys,
            sender: network.second.publicKey,
            signature: rotation.signature
        )
        #expect(throws: GatekeeperKeyError.invalidRotationSignature) {
            try secondKeys.applyRotation(forged, as: network.second, gatekeepers: onChain, blockHeight: 21)
        }
        let skipping = network.firstKeys.proposeRotation(
            rotationID: 2,
            gatekeepers: [network.second.publicInfo],
            blockNumber: 20,
            signer: network.first,
            random: &network.random
        )
        #expect(throws: GatekeeperKeyError.rotationOutOfOrder(expected: 1, found: 2)) {
            try secondKeys.applyRotation(skipping, as: network.second, gatekeepers: onChain, blockHeight: 21)
        }
        #expect(secondKeys.history.count == 1)
    }

    @Test func aHistoryMustStartAtRotationZeroWithoutGaps() throws {
        let network = Network()
        #expect(throws: GatekeeperKeyError.emptyHistory) { try GatekeeperKeys(history: []) }
        let key = network.firstKeys.current
        let skipped = RotatedMasterKey(rotationID: 2, blockHeight: 5, key: key.key)
        #expect(throws: GatekeeperKeyError.rotationOutOfOrder(expected: 1, found: 2)) {
            try GatekeeperKeys(history: [key, skipped])
        }
    }

    @Test func randomNumbersUseTheMasterKeyInForceAtTheBlock() throws {
        var network = Network()
        let last = [UInt8](repeating: 0, count: 32)
        let before = network.firstKeys.randomNumber(blockNumber: 15, lastRandomNumber: last)
        #expect(before.count == 32)
        #expect(before == network.firstKeys.randomNumber(blockNumber: 15, lastRandomNumber: last))
        #expect(before != network.firstKeys.randomNumber(blockNumber: 20, lastRandomNumber: last))
        let rotation = network.firstKeys.proposeRotation(
            rotationID: 1,
            gatekeepers: [network.first.publicInfo],
            blockNumber: 20,
            signer: network.first,
            random: &network.random
        )
        try network.firstKeys.applyRotation(
            rotation,
            as: network.first,
            gatekeepers: [network.first.publicKey],
            blockHeight: 21
        )
        #expect(network.firstKeys.randomNumber(blockNumber: 15, lastRandomNumber: last) == before)
        #expect(network.firstKeys.masterKey(atBlock: 20).rotationID == 0)
        #expect(network.firstKeys.masterKey(atBlock: 21).rotationID == 1)
    }
}
