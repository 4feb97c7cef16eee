using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Optimizer.Core.Json;
using Optimizer.Core.Studies;
using Optimizer.Service.Serving;

namespace Optimizer.Service.Http;

/// <summary>
/// The HTTP API of <c>optimizer serve</c> (documented in the README, "Drive a study from Python"): every route under
/// <c>/v1</c>, JSON in and out, errors as <c>{"error", "code"}</c>.
/// </summary>
internal static class ServiceRoutes
{
    public static void Map(IEndpointRouteBuilder app, ServedStudy study)
    {
        var v1 = app.MapGroup("/v1");
        v1.MapGet("/study", () => JsonAnswer.Of(json => WriteStudy(json, study)));
        v1.MapGet("/trials", () => JsonAnswer.Of(json => JsonAnswer.WriteTrials(json, "trials", study.Trials)));
        v1.MapPost("/ask", async (HttpRequest request, CancellationToken cancel) =>
        {
            var body = await RequestBody.ReadAsync(request, cancel);
            var client = body.OptionalString("client") ?? request.HttpContext.Connection.RemoteIpAddress?.ToString() ?? "client";
            var trial = study.Ask(client, body.OptionalString("request_id"));
            return JsonAnswer.Of(json => WriteLeased(json, trial, study.LeaseTimeout));
        });
        v1.MapPost("/trials/{number:int}/heartbeat", async (int number, HttpRequest request, CancellationToken cancel) =>
        {
            var body = await RequestBody.ReadAsync(request, cancel);
            var trial = study.Heartbeat(number, body.RequiredInt("attempt"));
            return JsonAnswer.Of(json => WriteLeased(json, trial, study.LeaseTimeout));
        });
        v1.MapPost("/trials/{number:int}/report", async (int number, HttpRequest request, CancellationToken cancel) =>
        {
            var body = await RequestBody.ReadAsync(request, cancel);
            var stop = study.Report(number, body.RequiredInt("attempt"), body.RequiredInt("step"), body.Metrics("values"));
            return JsonAnswer.Of(json => json.WriteBoolean("should_stop", stop));
        });
        v1.MapPost("/trials/{number:int}/tell", async (int number, HttpRequest request, CancellationToken cancel) =>
        {
            var body = await RequestBody.ReadAsync(request, cancel);
            var (trial, duplicate) = study.Tell(number, body.RequiredInt("attempt"), body.Metrics("values"));
            return JsonAnswer.Of(json => WriteFinished(json, trial, duplicate));
        });
        v1.MapPost("/trials/{number:int}/fail", async (int number, HttpRequest request, CancellationToken cancel) =>
        {
            var body = await RequestBody.ReadAsync(request, cancel);
            var (trial, duplicate) = study.Fail(number, body.RequiredInt("attempt"), body.RequiredString("reason"));
            return JsonAnswer.Of(json => WriteFinished(json, trial, duplicate));
        });
        v1.MapGet("/best", () => JsonAnswer.Of(json => JsonAnswer.WriteTrials(json, "trials", BestTrials.Best(study.Trials, study.Definition))));
        v1.MapGet("/recommend", () =>
        {
            var recommendation = study.Recommend();
            return JsonAnswer.Of(json =>
            {
                JsonAnswer.WriteTrials(json, "trials", recommendation?.Trials ?? []);
                json.WriteString("method", recommendation?.Method);
                if (recommendation?.PosteriorMean is { } mean)
                    TrialJson.WriteNumber(json, "posterior_mean", mean);
                else
                    json.WriteNull("posterior_mean");
            });
        });
    }

    private static void WriteStudy(Utf8JsonWriter json, ServedStudy study)
    {
        var definition = study.Definition;
        var trials = study.Trials;
        json.WriteString("name", definition.Name);
        json.WriteStartArray("parameters");
        foreach (var parameter in definition.Space.Parameters)
        {
            json.WriteStartObject();
            json.WriteString("name", parameter.Name);
            json.WriteString("type", DefinitionJson.TypeOf(parameter));
            json.WriteEndObject();
        }
        json.WriteEndArray();
        DefinitionJson.WriteObjectives(json, definition.Objectives);
        json.WriteStartArray("required_metrics");
        foreach (var metric in definition.RequiredMetrics)
            json.WriteStringValue(metric);
        json.WriteEndArray();
        json.WriteNumber("budget", study.Budget);
        json.WriteNumber("lease_seconds", study.LeaseTimeout.TotalSeconds);
        json.WriteStartObject("trials");
        foreach (var state in Enum.GetValues<TrialState>())
            json.WriteNumber(state.ToString().ToLowerInvariant(), trials.Count(t => t.State == state));
        json.WriteEndObject();
        json.WriteBoolean("finished", study.IsFinished);
    }

    private static void WriteLeased(Utf8JsonWriter json, Trial trial, TimeSpan lease)
    {
        json.WritePropertyName("trial");
        TrialJson.Write(json, trial);
        json.WriteNumber("lease_seconds", lease.TotalSeconds);
    }

    private static void WriteFinished(Utf8JsonWriter json, Trial trial, bool duplicate)
    {
        json.WritePropertyName("trial");
        TrialJson.Write(json, trial);
        json.WriteBoolean("duplicate", duplicate);
    }
}
