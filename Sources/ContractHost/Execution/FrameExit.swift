/// How a host function ends its frame early: thrown through the interpreter and caught by the session.
///
/// `seal_return` ends the frame with data (pallet-contracts implements it as a deliberate trap); any
/// other host failure ends it with the failure's own error (pink-abi.md §2, "Traps").
enum FrameExit: Error {
    case returned(ExecReturnValue)
    case failed(ExecutionFailure)

    static func contracts(_ error: ContractsError) -> FrameExit { .failed(.contracts(error)) }
}
