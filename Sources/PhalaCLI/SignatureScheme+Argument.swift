public import ArgumentParser
public import PhalaCrypto

/// Lets `--scheme sr25519|ed25519` parse straight into the crypto library's scheme type.
extension SignatureScheme: ExpressibleByArgument {}
