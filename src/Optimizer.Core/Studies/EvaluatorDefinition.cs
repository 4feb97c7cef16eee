namespace Optimizer.Core.Studies;

/// <summary>
/// How a trial is evaluated: an argument vector (never a shell string) whose <c>{name}</c> placeholders
/// are replaced by parameter values, with an optional timeout, working directory and extra environment.
/// </summary>
public sealed record EvaluatorDefinition(
    IReadOnlyList<string> Command,
    TimeSpan? Timeout,
    string? WorkingDirectory,
    IReadOnlyDictionary<string, string> Environment)
{
    /// <summary>The study file's line of each item of <see cref="Command"/>; empty when the definition was not read from a file.</summary>
    public IReadOnlyList<int> CommandLines { get; init; } = [];
}
