using System.Globalization;
using Optimizer.Core.Json;

namespace Optimizer.Cluster.Evaluators;

/// <summary>The environment variables through which a command learns which trial it evaluates and where to report.</summary>
internal static class TrialEnvironment
{
    public const string TrialId = "OPTIMIZER_TRIAL_ID";
    public const string Attempt = "OPTIMIZER_ATTEMPT";
    public const string Params = "OPTIMIZER_PARAMS";
    public const string ResultFile = "OPTIMIZER_RESULT_FILE";
    public const string TrialDir = "OPTIMIZER_TRIAL_DIR";

    /// <summary>The study's extra variables, then the trial's (which win on a clash, so a study cannot mislabel a trial).</summary>
    public static IReadOnlyDictionary<string, string> For(
        EvaluationRequest request, TrialDirectory directory, IReadOnlyDictionary<string, string> extra) =>
        new Dictionary<string, string>(extra)
        {
            [TrialId] = request.TrialNumber.ToString(CultureInfo.InvariantCulture),
            [Attempt] = request.Attempt.ToString(CultureInfo.InvariantCulture),
            [Params] = ParameterJson.Write(request.Parameters),
            [ResultFile] = directory.ResultFile,
            [TrialDir] = directory.Path,
        };
}
