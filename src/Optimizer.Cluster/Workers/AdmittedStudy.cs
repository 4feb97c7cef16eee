using System.Diagnostics.CodeAnalysis;
using Optimizer.Cluster.Evaluators;
using Optimizer.Cluster.Protocol;
using Optimizer.Core.Studies;

namespace Optimizer.Cluster.Workers;

/// <summary>
/// What a worker node learns on admission, from a coordinator that proved the study's secret: the study file's text,
/// from which it builds its evaluator, the identity of the coordinator's store, which names its trial directories
/// (<see cref="Evaluators.StudyTrialsRoot"/>), and what the node needs to parse the text as the coordinator did: the
/// coordinator's file name (<paramref name="Origin"/>, named in errors, never a path here) and the study's name.
/// </summary>
public sealed record AdmittedStudy(string DefinitionText, string StudyId, string Origin, string Name)
{
    /// <summary>The longest origin a coordinator may send: one file name.</summary>
    public const int MaxOriginLength = 255;

    /// <summary>How a node's errors name the study file: the coordinator's file name, and where it came from.</summary>
    public string OriginInErrors => $"{Origin} (from the coordinator)";

    /// <summary>Whether <paramref name="origin"/> is a file name a node may print: no directory, no control character, not too long.</summary>
    public static bool IsOrigin(string? origin) =>
        origin is { Length: > 0 and <= MaxOriginLength } && origin.IndexOfAny(['/', '\\']) < 0 && !origin.Any(char.IsControl) && origin is not ("." or "..");

    /// <summary>The study <paramref name="message"/> admits a node to, or null with the reason it cannot be one (the peer is untrusted text).</summary>
    internal static bool TryFrom(Admitted message, [NotNullWhen(true)] out AdmittedStudy? study, [NotNullWhen(false)] out string? reason)
    {
        (study, reason) = (null, null);
        if (!StudyTrialsRoot.IsStudyId(message.StudyId))
            reason = $"the coordinator sent '{message.StudyId}' as its store's identity, which is not one";
        else if (!IsOrigin(message.StudyOrigin))
            reason = $"the coordinator sent '{Printable(message.StudyOrigin)}' as its study file's name, which is not one file name of at most {MaxOriginLength} characters";
        else if (!StudyDefinition.IsUsableName(message.StudyName))
            reason = $"the coordinator sent '{Printable(message.StudyName)}' as the study's name, which cannot name a study";
        else if (message.DefinitionText is null)
            reason = "the coordinator sent no study file";
        else
            study = new AdmittedStudy(message.DefinitionText, message.StudyId, message.StudyOrigin, message.StudyName);
        return study is not null;
    }

    // A peer's text in a message to the user: cut short, control characters shown as '?'.
    private static string Printable(string? text) =>
        new((text ?? "").Take(80).Select(c => char.IsControl(c) ? '?' : c).ToArray());
}
