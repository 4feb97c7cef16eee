namespace Optimizer.Cluster.Evaluators;

/// <summary>
/// Where the trial directories of one store live, <c>DIR/.trials/NAME-ID/</c> with ID the first 12 characters of the
/// store's identity (<c>meta.study_id</c>): <c>run</c>, <c>coordinator</c> and every worker name it the same way, so two
/// stores of one study file never share a trial directory, and neither reads the other's results.
/// </summary>
public static class StudyTrialsRoot
{
    /// <summary>How much of the identity names the directory: 48 random bits.</summary>
    public const int IdCharacters = 12;

    /// <summary>The root under <paramref name="directory"/> for the store identified by <paramref name="studyId"/>.</summary>
    /// <exception cref="ArgumentException"><paramref name="studyId"/> is not a store identity (<see cref="IsStudyId"/>).</exception>
    public static string For(string directory, string studyName, string studyId) =>
        IsStudyId(studyId)
            ? Path.Combine(directory, ".trials", $"{studyName}-{studyId[..IdCharacters]}")
            : throw new ArgumentException($"'{studyId}' is not a study identity", nameof(studyId));

    /// <summary>Whether <paramref name="studyId"/> looks like a store identity (lower-case hex, 12 to 64 digits), safe in a path.</summary>
    public static bool IsStudyId(string? studyId) =>
        studyId is { Length: >= IdCharacters and <= 64 } && studyId.All(char.IsAsciiHexDigitLower);
}
