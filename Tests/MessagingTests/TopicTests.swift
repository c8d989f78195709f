import Messaging
import PhalaPrimitives
import SCALE
import Testing

/// Topic validity and names from phala-facts.md §5.1–5.2.
@Suite struct TopicTests {
    @Test func emptyTopicsAndForbiddenFirstCharactersAreInvalid() {
        #expect(!Topic(bytes: []).isValid)
        for character in "~!@#$%&*_+-=|<>?,./;:'" {
            #expect(!Topic("\(character)phala").isValid, "\(character)")
        }
        #expect(Topic("phala/system/event").isValid)
        #expect(Topic("^phala/registry/event").isValid)
    }

    @Test func aCaretMarksOnChainOnlyTopics() {
        #expect(Topic.miningUpdate.isOnChainOnly)
        #expect(Topic.registryEvent.isOnChainOnly)
        #expect(!Topic.systemEvent.isOnChainOnly)
        #expect(!Topic.miningReport.isOnChainOnly)
    }

    @Test func namedTopicsMatchPhalasNames() {
        #expect(Topic.systemEvent.description == "phala/system/event")
        #expect(Topic.gatekeeperRegistryEvent.description == "^phala/registry/gk_event")
        #expect(Topic.clusterWorkerReport.description == "phala/cluster/worker/report")
        #expect(Topic.contractRegistryEvent.description == "^phala/registry/contract")
        let contract = H256(FixedBytes<32>(repeating: 0xA5))
        #expect(
            Topic.contractCommand(contract).description
                == "phala/contract/" + String(repeating: "a5", count: 32) + "/command"
        )
    }

    @Test func aTopicEncodesAsBytesWithACompactLength() throws {
        #expect(Topic("ab").scaleEncoded() == [0x08, 0x61, 0x62])
        #expect(try Topic(scaleDecoding: [0x08, 0x61, 0x62]) == Topic("ab"))
    }
}
