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
    /// <summary>
    /// A study file without an <c>evaluator</c> section: its trials are asked and told by a script through
    /// <c>optimizer serve</c>; <c>run</c>, <c>coordinator</c> and workers refuse it.
    /// </summary>
    public static EvaluatorDefinition None { get; } = new([], null, null, new Dictionary<string, string>());

    /// <summary>False for <see cref="None"/>: there is no command to run.</summary>
    public bool HasCommand => Command.Count > 0;

    /// <summary>
    /// The directory the command runs in: <see cref="WorkingDirectory"/> resolved against <paramref name="studyDirectory"/>
    /// (a relative <c>workdir</c> is relative to the study file), or null when none is set and each trial runs in its own.
    /// </summary>
    public string? WorkingDirectoryUnder(string studyDirectory) =>
        WorkingDirectory is { } configured ? Path.GetFullPath(configured, studyDirectory) : null;

    /// <summary>The study file's line of each item of <see cref="Command"/>; empty when the definition was not read from a file.</summary>
    public IReadOnlyList<int> CommandLines { get; init; } = [];
}
