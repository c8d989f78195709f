// Placeholder until this target gains its first file.
