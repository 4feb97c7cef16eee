using Optimizer.Core.Strategies;
using Optimizer.Core.Studies;
using Optimizer.Service.Serving;
using Optimizer.Storage.Sqlite;
using Optimizer.StudyFiles;

namespace Optimizer.Service.Tests;

/// <summary>
/// A served study in a fresh store: <c>x</c> in [0, 1], <c>depth</c> in 1..4, minimize <c>loss</c> with a constraint metric
/// <c>latency</c> <= 10 and a closed-form <c>cost = 3 * depth</c>; no evaluator (asked and told). Deleted afterwards.
/// </summary>
internal sealed class ServedStudyFixture : IDisposable
{
    public const string StudyText = """
        name: served
        parameters:
          - {name: x, type: float, low: 0, high: 1}
          - {name: depth, type: int, low: 1, high: 4}
        objectives:
          - {name: loss, direction: minimize}
        constraints:
          - {name: latency, max: 10}
          - {name: cost, max: 100, expression: "3 * depth"}
        budget: {trials: 4}
        strategy: {kind: sobol}
        """;

    public static readonly TimeSpan Lease = TimeSpan.FromSeconds(30);

    private readonly string _directory = Directory.CreateTempSubdirectory("optimizer-service-tests-").FullName;

    private readonly IStrategy? _strategy;

    /// <param name="stopRule">The service's stop rule (never stop when null).</param>
    /// <param name="earlyStopping">An <c>early_stopping</c> mapping added to the study text, and a budget of <paramref name="trials"/>.</param>
    /// <param name="strategy">The strategy (the study file's when null).</param>
    public ServedStudyFixture(IStopRule? stopRule = null, string? earlyStopping = null, int trials = 4, IStrategy? strategy = null)
    {
        var text = StudyText.Replace("budget: {trials: 4}", $"budget: {{trials: {trials}}}", StringComparison.Ordinal) +
                   (earlyStopping is null ? "" : $"\nearly_stopping: {earlyStopping}\n");
        StorePath = Path.Combine(_directory, "served.db");
        Definition = StudyFileLoader.Parse(text, Path.Combine(_directory, "study.yaml"));
        Store = SqliteStudyStore.OpenOrCreate(StorePath, text);
        _strategy = strategy;
        Study = Open(stopRule);
    }

    public ManualClock Clock { get; } = ManualClock.At2026();

    public string StorePath { get; }

    public StudyDefinition Definition { get; }

    public SqliteStudyStore Store { get; private set; }

    public ServedStudy Study { get; private set; }

    /// <summary>A new service over the same file, as after <c>kill -9</c> and a restart.</summary>
    public ServedStudy Restart()
    {
        Study.Dispose();
        Store.Dispose();
        Store = SqliteStudyStore.Open(StorePath);
        Study = Open(null);
        return Study;
    }

    public static Dictionary<string, double> Values(double loss, double latency = 5) => new() { ["loss"] = loss, ["latency"] = latency };

    public void Dispose()
    {
        Study.Dispose();
        Store.Dispose();
        Directory.Delete(_directory, recursive: true);
    }

    private ServedStudy Open(IStopRule? stopRule) =>
        new(Store, Definition, _strategy ?? StrategyFactory.Create(Definition, seed: 1), new ServeSettings(Definition.Trials, Lease), Clock, stopRule);
}
