import Testing
import WorkerRuntime

@Suite struct SigningDomainTests {
    @Test func wrappingFollowsPhalasSignedContentType() {
        // phala-facts §0.4: wrap([1,2,3], RpcResponse) = [0xff,1,1,2,3]; MqMessage is unwrapped.
        #expect(SigningDomain.rpcResponse.wrap([1, 2, 3]) == [0xFF, 1, 1, 2, 3])
        #expect(SigningDomain.messageQueueMessage.wrap([1, 2, 3]) == [1, 2, 3])
        #expect(SigningDomain.allCases.map(\.rawValue) == [0, 1, 2, 3, 4, 5, 6])
    }
}
