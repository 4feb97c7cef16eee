namespace Optimizer.Core.Studies;

/// <summary>
/// The last lines an attempt's evaluator wrote to stdout and stderr, as the runner kept them (at most
/// <see cref="MaxChars"/> characters each): what the viewer shows of a trial's run. Text, never markup.
/// </summary>
public sealed record TrialOutput(int Attempt, string Stdout, string Stderr)
{
    /// <summary>The most characters kept of each stream; a longer text keeps its end.</summary>
    public const int MaxChars = 4096;

    /// <summary>The same output with each stream cut to its last <see cref="MaxChars"/> characters (null reads as empty).</summary>
    public static TrialOutput Bounded(int attempt, string? stdout, string? stderr) => new(attempt, Tail(stdout), Tail(stderr));

    private static string Tail(string? text) => text is null ? "" : text.Length <= MaxChars ? text : text[^MaxChars..];
}
