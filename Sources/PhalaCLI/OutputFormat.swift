import ArgumentParser

/// How a command prints its result: lines for people, or JSON for scripts.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case text
    case json
}
