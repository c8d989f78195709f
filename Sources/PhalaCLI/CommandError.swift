/// A failure this command line reports to the user: the message says what went wrong and what to do.
///
/// ArgumentParser prints it as `Error: <description>` on stderr and exits with status 1.
struct CommandError: Error, CustomStringConvertible {
    /// What went wrong and what to do.
    let description: String

    init(_ description: String) {
        self.description = description
    }
}
