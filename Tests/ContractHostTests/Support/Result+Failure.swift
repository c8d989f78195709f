extension Result {
    /// The error, when this is a failure; lets a test compare a failed outcome's encoding.
    var failure: Failure? {
        if case .failure(let error) = self { return error }
        return nil
    }
}
