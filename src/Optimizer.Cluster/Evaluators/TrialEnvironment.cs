using System.Globalization;
using System.Text;
using System.Text.Json;
using Optimizer.Core.Space;

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
            [Params] = ParametersJson(request.Parameters),
            [ResultFile] = directory.ResultFile,
            [TrialDir] = directory.Path,
        };

    /// <summary>A JSON object: numbers for numeric parameters (integers without a fraction), strings for categorical ones.</summary>
    public static string ParametersJson(IReadOnlyDictionary<string, ParameterValue> parameters)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            foreach (var (name, value) in parameters)
            {
                if (value.Choice is { } choice)
                    writer.WriteString(name, choice);
                else
                    writer.WriteNumber(name, value.Number);
            }
            writer.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}
