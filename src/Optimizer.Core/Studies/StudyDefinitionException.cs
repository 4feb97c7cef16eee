namespace Optimizer.Core.Studies;

/// <summary>
/// A study file that cannot be used, located for the user: the message reads
/// <c>study.yaml:7: parameters[1].low: empty range: low (5) must be below high (1)</c>.
/// </summary>
public sealed class StudyDefinitionException(string file, int line, string? field, string reason)
    : Exception(field is null ? $"{file}:{line}: {reason}" : $"{file}:{line}: {field}: {reason}")
{
    /// <summary>The study file as it was named to the loader.</summary>
    public string File { get; } = file;

    /// <summary>The 1-based line of the offending node.</summary>
    public int Line { get; } = line;

    /// <summary>The path of the offending field (<c>evaluator.timeout</c>, <c>parameters[0].low</c>); null for the whole file.</summary>
    public string? Field { get; } = field;

    /// <summary>What is wrong, without the location.</summary>
    public string Reason { get; } = reason;
}
