using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Optimizer.Bench.Latency;
using Optimizer.Cluster.Admission;
using Optimizer.Core.Json;
using Optimizer.Core.Outcomes;
using Optimizer.Core.Problems;
using Optimizer.Core.Space;
using Optimizer.Core.Studies;
using Optimizer.Service;
using Optimizer.Service.Serving;
using Optimizer.Storage.Sqlite;
using Optimizer.StudyFiles;

namespace Optimizer.Bench.Serving;

/// <summary>
/// The cost of the service: the latency of an ask through <c>optimizer serve</c>'s HTTP API (token, JSON, the store's
/// transitions, on 127.0.0.1) against an in-process <see cref="Study.Ask"/>, both with the same GP strategy, seed and
/// history (Hartmann6 on a scrambled-Sobol design of n points), each ask told at once. Also the round trip of a request
/// that proposes nothing (<c>GET /v1/study</c>) and each HTTP ask less the proposal time the service recorded for it
/// (<c>proposal_seconds</c>): the service's own cost, free of the proposal's variance on a loaded machine.
/// </summary>
public static class ServeLatencyBenchmark
{
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(10);

    public static async Task<int> RunAsync(ServeLatencyOptions options, TextWriter output)
    {
        var problem = new Hartmann6();
        var history = SobolHistory.Create(problem, options.Observations, options.Seed);
        var definition = StudyFileLoader.Parse(StudyText(problem, options.Observations + options.Asks + 1), "serve-latency.yaml");

        var (inProcess, inProcessPoints) = MeasureInProcess(problem, definition, history, options);
        var (http, httpPoints, transport, overhead) = await MeasureHttpAsync(problem, definition, history, options);
        var samePoints = inProcessPoints.Zip(httpPoints).All(p => p.First.SequenceEqual(p.Second));

        var rows = new[]
        {
            Row("in-process Study.Ask()", inProcess), Row("HTTP ask (serve)", http),
            Row("HTTP ask - its proposal", overhead), Row("HTTP GET /v1/study", transport),
        };
        TextTable.Write(["path", "median ms", "p90 ms", "mean ms"], rows, textColumns: 1, output);
        output.WriteLine($"n = {options.Observations}, {options.Asks} asks each, Hartmann6, seed {options.Seed}; " +
                         $"service cost per ask (median of HTTP ask - its proposal) = {Ms(Quantiles.Of(overhead, 0.5))} ms; " +
                         $"same proposals on both paths: {(samePoints ? "yes" : "no")}");
        output.WriteLine(Json(options, inProcess, http, overhead, transport, samePoints));
        return 0;
    }

    private static (List<double> Seconds, List<double[]> Points) MeasureInProcess(
        IProblem problem, StudyDefinition definition, IReadOnlyList<Observation> history, ServeLatencyOptions options)
    {
        var study = new Study(definition.Space, definition.Objectives, StrategyFactory.Create(definition, options.Seed));
        foreach (var observation in history)
        {
            study.Enqueue(observation.Parameters);
            study.Tell(study.Ask(), observation.Values);
        }
        var seconds = new List<double>();
        var points = new List<double[]>();
        for (var i = 0; i < options.Asks; i++)
        {
            var started = Stopwatch.GetTimestamp();
            var trial = study.Ask();
            seconds.Add(Stopwatch.GetElapsedTime(started).TotalSeconds);
            points.Add(definition.Space.Encode(trial.Parameters));
            study.Tell(trial, problem.Evaluate(trial.Parameters));
        }
        return (seconds, points);
    }

    private static async Task<(List<double> Seconds, List<double[]> Points, List<double> Transport, List<double> Overhead)> MeasureHttpAsync(
        IProblem problem, StudyDefinition definition, IReadOnlyList<Observation> history, ServeLatencyOptions options)
    {
        var directory = Directory.CreateTempSubdirectory("optimizer-serve-latency-").FullName;
        try
        {
            using var store = SqliteStudyStore.Create(Path.Combine(directory, "study.db"), "name: serve-latency\n");
            var at = DateTimeOffset.UtcNow;
            foreach (var observation in history)
            {
                var trial = store.Enqueue(observation.Parameters);
                store.Start(trial.Number, "history", at);
                store.Complete(trial.Number, 1, observation.Values, at);
            }
            var secret = StudySecret.FromText(Convert.ToHexString(Guid.NewGuid().ToByteArray()));
            using var study = new ServedStudy(store, definition, StrategyFactory.Create(definition, options.Seed),
                new ServeSettings(definition.Trials, Lease), TimeProvider.System);
            await using var server = await AskTellServer.StartAsync(study, new ServiceTokenVerifier(secret, TimeProvider.System, TimeSpan.FromMinutes(1)),
                "127.0.0.1", 0);
            using var client = new HttpClient { BaseAddress = server.Url };
            var seconds = new List<double>();
            var points = new List<double[]>();
            var overhead = new List<double>();
            for (var i = 0; i < options.Asks; i++)
            {
                var started = Stopwatch.GetTimestamp();
                using var asked = await PostAsync(client, secret, "v1/ask", "{\"client\": \"bench\"}");
                seconds.Add(Stopwatch.GetElapsedTime(started).TotalSeconds);
                var trial = asked.RootElement.GetProperty("trial");
                overhead.Add(seconds[^1] - trial.GetProperty("proposal_seconds").GetDouble());
                var parameters = ParameterJson.Read(trial.GetProperty("params").GetRawText());
                points.Add(definition.Space.Encode(parameters));
                var values = string.Join(", ", problem.Evaluate(parameters).Select(v => $"\"{v.Key}\": {v.Value.ToString("R", CultureInfo.InvariantCulture)}"));
                using var told = await PostAsync(client, secret, $"v1/trials/{trial.GetProperty("number").GetInt32()}/tell",
                    $"{{\"attempt\": {trial.GetProperty("attempt").GetInt32()}, \"values\": {{{values}}}}}");
            }
            var transport = new List<double>();
            for (var i = 0; i < options.Asks; i++)
            {
                var started = Stopwatch.GetTimestamp();
                using var request = Signed(new HttpRequestMessage(HttpMethod.Get, "v1/study"), secret);
                using var answer = await client.SendAsync(request);
                answer.EnsureSuccessStatusCode();
                await answer.Content.ReadAsByteArrayAsync();
                transport.Add(Stopwatch.GetElapsedTime(started).TotalSeconds);
            }
            return (seconds, points, transport, overhead);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    private static async Task<JsonDocument> PostAsync(HttpClient client, StudySecret secret, string path, string body)
    {
        using var request = Signed(new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(body, Encoding.UTF8, "application/json") }, secret);
        using var answer = await client.SendAsync(request);
        var text = await answer.Content.ReadAsStringAsync();
        if (!answer.IsSuccessStatusCode)
            throw new InvalidOperationException($"{path}: HTTP {(int)answer.StatusCode}: {text}");
        return JsonDocument.Parse(text);
    }

    private static HttpRequestMessage Signed(HttpRequestMessage request, StudySecret secret)
    {
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", ServiceToken.Issue(secret, DateTimeOffset.UtcNow));
        return request;
    }

    private static string StudyText(IProblem problem, int trials)
    {
        var text = new StringBuilder("name: serve-latency\nparameters:\n");
        foreach (var parameter in problem.Space.Parameters.Cast<FloatParameter>())
            text.Append(CultureInfo.InvariantCulture, $"  - {{name: {parameter.Name}, type: float, low: {parameter.Low}, high: {parameter.High}}}\n");
        text.Append(CultureInfo.InvariantCulture, $"objectives:\n  - {{name: {problem.Objectives[0].Name}, direction: minimize}}\n");
        text.Append(CultureInfo.InvariantCulture, $"budget: {{trials: {trials}}}\nstrategy: {{kind: gp}}\n");
        return text.ToString();
    }

    private static string[] Row(string path, IReadOnlyList<double> seconds) =>
        [path, Ms(Quantiles.Of(seconds, 0.5)), Ms(Quantiles.Of(seconds, 0.9)), Ms(seconds.Average())];

    private static string Ms(double seconds) => (seconds * 1000).ToString("F1", CultureInfo.InvariantCulture);

    private static string Json(ServeLatencyOptions options, List<double> inProcess, List<double> http, List<double> overhead, List<double> transport,
        bool samePoints)
    {
        static object Summary(List<double> s) => new { median_ms = Quantiles.Of(s, 0.5) * 1000, p90_ms = Quantiles.Of(s, 0.9) * 1000, mean_ms = s.Average() * 1000 };
        return JsonSerializer.Serialize(new
        {
            n = options.Observations,
            asks = options.Asks,
            seed = options.Seed,
            in_process = Summary(inProcess),
            http_ask = Summary(http),
            http_ask_less_proposal = Summary(overhead),
            http_round_trip = Summary(transport),
            same_proposals = samePoints,
        });
    }
}
