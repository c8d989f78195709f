import ContractHost
import PhalaPrimitives
import PhalaTesting
import SCALE

/// Our C checker (check_system's labels, pink-abi.md §8.3) deployed with `default()` by ALICE in a pink
/// world, with the 1024-byte cache quota the runtime tests grant (§8.2).
final class DeployedChecker {
    let contract: BuiltContract
    let environment: FakeEnvironment
    var world: ContractWorld
    let address: AccountId32

    init(environment: FakeEnvironment = FakeEnvironment()) throws {
        contract = try ContractBuilder.build("checker")
        self.environment = environment
        world = ContractWorld(pink: environment)
        address = try world.deploy(contract)
        environment.cache.setQuota(1024, for: address)
    }

    /// Calls message `label` with `arguments` in `mode`; a transaction's state changes are applied.
    func call<each Argument: ScaleEncodable>(
        _ label: String,
        _ arguments: repeat each Argument,
        mode: ExecutionMode
    ) throws -> ExecutionOutcome {
        world.call(address, try contract.message(label, repeat each arguments), mode: mode)
    }

    /// The reply of a successful call, or nil when it failed or reverted.
    func reply<each Argument: ScaleEncodable>(
        _ label: String,
        _ arguments: repeat each Argument,
        mode: ExecutionMode
    ) throws -> [UInt8]? {
        try call(label, repeat each arguments, mode: mode).successData
    }
}
