using System.Net.ServerSentEvents;
using System.Runtime.CompilerServices;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Optimizer.Core.Json;
using Optimizer.Viewer.Analysis;
using Optimizer.Viewer.Live;

namespace Optimizer.Viewer.Api;

/// <summary>
/// The JSON API under <c>/api</c> (a trial's evaluator output at <c>/api/trials/N/output</c>, the recommended trial at
/// <c>/api/recommended</c>) and the live feed <c>/api/events</c>.
/// </summary>
internal static class ApiRoutes
{
    // Proxies and tunnels drop connections silent for long; a repeated event keeps the feed open.
    private static readonly TimeSpan KeepAlive = TimeSpan.FromSeconds(15);

    public static void Map(IEndpointRouteBuilder routes, StoreWatcher watcher)
    {
        var recommendation = new SnapshotRecommendation();
        routes.MapGet("/api/study", () => JsonResult.Of(json => StudyJson.Write(json, watcher.Current.Definition)));
        routes.MapGet("/api/trials", () =>
        {
            var snapshot = watcher.Current;
            return JsonResult.Of(json => TrialJson.WriteArray(json, snapshot.Trials, intermediate: snapshot.Intermediate));
        });
        routes.MapGet("/api/trials/{number:int}/output", (int number) =>
            watcher.Current.Trials.Any(t => t.Number == number)
                ? JsonResult.Of(json => TrialOutputJson.Write(json, number, watcher.Output(number)))
                : Results.NotFound($"no trial {number}"));
        routes.MapGet("/api/pareto", () =>
        {
            var snapshot = watcher.Current;
            return JsonResult.Of(json => TrialJson.WriteArray(json, StudyFront.Of(snapshot.Definition, snapshot.Trials)));
        });
        routes.MapGet("/api/recommended", () =>
        {
            var snapshot = watcher.Current;
            return JsonResult.Of(json => RecommendationJson.Write(json, snapshot.Definition, recommendation.Of(snapshot)));
        });
        routes.MapGet("/api/importance", () =>
        {
            var snapshot = watcher.Current;
            return JsonResult.Of(json => ImportanceJson.Write(json, snapshot.Definition, snapshot.Trials));
        });
        routes.MapGet("/api/hypervolume", (string? reference) =>
        {
            var snapshot = watcher.Current;
            var (values, error) = ReferenceQuery.Parse(reference, snapshot.Definition.Objectives.Count);
            if (error is not null)
                return Results.BadRequest(error);
            var history = ProgressHistory.Of(snapshot.Definition, snapshot.Trials, values);
            return JsonResult.Of(json => HistoryJson.Write(json, snapshot.Definition, history));
        });
        routes.MapGet("/api/events", (CancellationToken cancellationToken) =>
            TypedResults.ServerSentEvents(Changes(watcher, cancellationToken)));
    }

    // First the current version, then one event per change: {"version":v,"trials":n}.
    private static async IAsyncEnumerable<SseItem<string>> Changes(StoreWatcher watcher, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var snapshot = watcher.Current;
        while (!cancellationToken.IsCancellationRequested)
        {
            yield return new SseItem<string>($"{{\"version\":{snapshot.Version},\"trials\":{snapshot.Trials.Count}}}", "change");
            try
            {
                snapshot = await watcher.NextAfterAsync(snapshot.Version, cancellationToken).WaitAsync(KeepAlive, cancellationToken);
            }
            catch (TimeoutException)
            {
                // Nothing changed within KeepAlive: the same state is sent again.
            }
            catch (OperationCanceledException)
            {
                yield break;
            }
        }
    }
}
