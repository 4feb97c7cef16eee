namespace Optimizer.Bench;

/// <summary>A bench command line that cannot be run; the message says which argument is wrong and why.</summary>
public sealed class BenchUsageException(string message) : Exception(message);
