import Testing
import WorkerRuntime

@Suite struct RandomSourceTests {
    @Test func theSystemSourceReturnsExactlyTheBytesAskedFor() {
        var random = SystemRandomSource()
        #expect(random.bytes(count: 0).isEmpty)
        #expect(random.bytes(count: 13).count == 13)
        // Two 32-byte draws collide with probability 2^-256.
        #expect(random.bytes(count: 32) != random.bytes(count: 32))
    }
}
