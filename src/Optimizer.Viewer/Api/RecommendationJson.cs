using System.Text.Json;
using Optimizer.Core.Json;
using Optimizer.Core.Studies;

namespace Optimizer.Viewer.Api;

/// <summary>
/// <c>/api/recommended</c>: <c>objective</c> (its name), <c>trial</c> (the recommended trial's number), <c>predicted</c>
/// and <c>predicted_sd</c> (the posterior mean and standard deviation there, in the objective's units); every field null
/// for several objectives or fewer than two complete trials.
/// </summary>
internal static class RecommendationJson
{
    public static void Write(Utf8JsonWriter json, StudyDefinition definition, Recommendation? recommendation)
    {
        json.WriteStartObject();
        if (recommendation is null)
        {
            foreach (var field in new[] { "objective", "trial", "predicted", "predicted_sd" })
                json.WriteNull(field);
        }
        else
        {
            json.WriteString("objective", definition.Objectives[0].Name);
            json.WriteNumber("trial", recommendation.Trial.Number);
            TrialJson.WriteNumber(json, "predicted", recommendation.PredictedValue);
            TrialJson.WriteNumber(json, "predicted_sd", recommendation.PredictedStandardDeviation);
        }
        json.WriteEndObject();
    }
}
