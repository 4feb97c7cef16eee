using Optimizer.Core.Space;
using Optimizer.Core.Studies;
using Optimizer.Storage.Sqlite;

namespace Optimizer.Viewer.Tests;

/// <summary>A study store in a temporary directory, written trial by trial as a running study would; deleted afterwards.</summary>
internal sealed class StudyStoreFile : IDisposable
{
    /// <summary>Two objectives (maximize <c>auc</c>, measured with noise sd 0.01; minimize <c>luts</c>), one constraint (<c>latency</c> at most 50).</summary>
    public const string TwoObjectives = """
        name: trigger
        parameters:
          - {name: x, type: float, low: 0, high: 1}
          - {name: lr, type: float, low: 0.001, high: 0.5, log: true}
          - {name: booster, type: categorical, choices: [gbdt, dart]}
        objectives:
          - {name: auc, direction: maximize, noise_sd: 0.01}
          - {name: luts, direction: minimize}
        constraints:
          - {name: latency, max: 50}
        evaluator:
          command: [python3, train.py, "{x}"]
        budget: {trials: 20}
        strategy: {kind: sobol}

        """;

    /// <summary>One objective (minimize <c>loss</c>).</summary>
    public const string OneObjective = """
        name: single
        parameters:
          - {name: x, type: float, low: 0, high: 1}
        objectives:
          - {name: loss, direction: minimize}
        evaluator:
          command: [python3, train.py, "{x}"]
        budget: {trials: 10}

        """;

    private static readonly DateTimeOffset Start = new(2025, 3, 1, 12, 0, 0, TimeSpan.Zero);
    private readonly string _directory;
    private readonly SqliteStudyStore _store;

    public StudyStoreFile(string definition)
    {
        _directory = Directory.CreateTempSubdirectory("optimizer-viewer-tests-").FullName;
        Path = System.IO.Path.Combine(_directory, "study.db");
        _store = SqliteStudyStore.Create(Path, definition);
    }

    public string Path { get; }

    /// <summary>A complete trial that ran on <paramref name="worker"/> from second <paramref name="from"/> to <paramref name="to"/> of the study.</summary>
    public Trial Complete(double x, IReadOnlyDictionary<string, double> values, string worker = "local-1", double from = 0, double to = 1)
    {
        var trial = StartTrial(x, worker, from);
        return _store.Complete(trial.Number, trial.Attempt, values, Start.AddSeconds(to));
    }

    public Trial Fail(double x, string reason, string worker = "local-1", double from = 0, double to = 1)
    {
        var trial = StartTrial(x, worker, from);
        return _store.Fail(trial.Number, trial.Attempt, reason, Start.AddSeconds(to));
    }

    public Trial StartTrial(double x, string worker = "local-1", double from = 0)
    {
        var parameters = new Dictionary<string, ParameterValue> { ["x"] = ParameterValue.Of(x) };
        if (_store.DefinitionText.Contains("booster"))
        {
            parameters["lr"] = ParameterValue.Of(0.01);
            parameters["booster"] = ParameterValue.Of("gbdt");
        }
        var queued = _store.Enqueue(parameters);
        return _store.Start(queued.Number, worker, Start.AddSeconds(from));
    }

    public Trial CompleteRunning(Trial running, IReadOnlyDictionary<string, double> values, double to) =>
        _store.Complete(running.Number, running.Attempt, values, Start.AddSeconds(to));

    /// <summary>Reports <paramref name="values"/> of a running trial at <paramref name="step"/>.</summary>
    public void Report(Trial running, int step, IReadOnlyDictionary<string, double> values) =>
        _store.Report(running.Number, new IntermediateReport(running.Attempt, step, values, Start.AddSeconds(step)));

    /// <summary>Stops a running trial early (state pruned) at second <paramref name="to"/>.</summary>
    public Trial Prune(Trial running, double to) => _store.Prune(running.Number, running.Attempt, Start.AddSeconds(to));

    /// <summary>Keeps what the evaluator of <paramref name="trial"/>'s attempt wrote, as the coordinator does.</summary>
    public void RecordOutput(Trial trial, string stdout, string stderr) =>
        _store.RecordOutput(trial.Number, new TrialOutput(trial.Attempt, stdout, stderr));

    public IReadOnlyList<Trial> Trials() => _store.Trials();

    public void Dispose()
    {
        _store.Dispose();
        Directory.Delete(_directory, recursive: true);
    }
}
