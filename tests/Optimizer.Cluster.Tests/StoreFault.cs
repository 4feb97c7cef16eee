using Optimizer.Core.Space;
using Optimizer.Core.Studies;

namespace Optimizer.Cluster.Tests;

/// <summary>A real store whose <see cref="Start"/> throws what <see cref="OnStart"/> returns, when it returns one.</summary>
public sealed class StoreFault(IStudyStore store) : IStudyStore
{
    public Func<Exception?> OnStart { get; set; } = () => null;

    public string DefinitionText => store.DefinitionText;

    public IReadOnlyList<Trial> Trials() => store.Trials();

    public IReadOnlyList<IntermediateReport> IntermediateReports(int number) => store.IntermediateReports(number);

    public IReadOnlyList<TrialReport> AllIntermediateReports() => store.AllIntermediateReports();

    public long ChangeStamp() => store.ChangeStamp();

    public Trial Enqueue(Assignment parameters, double? proposalSeconds = null) => store.Enqueue(parameters, proposalSeconds);

    public Trial Start(int number, string worker, DateTimeOffset at, double? queueWaitSeconds = null) =>
        OnStart() is { } failure ? throw failure : store.Start(number, worker, at, queueWaitSeconds);

    public Trial Complete(int number, int attempt, IReadOnlyDictionary<string, double> values, DateTimeOffset at, double? evaluationSeconds = null) =>
        store.Complete(number, attempt, values, at, evaluationSeconds);

    public Trial Fail(int number, int attempt, string reason, DateTimeOffset at, double? evaluationSeconds = null) =>
        store.Fail(number, attempt, reason, at, evaluationSeconds);

    public Trial Prune(int number, int attempt, DateTimeOffset at, double? evaluationSeconds = null) => store.Prune(number, attempt, at, evaluationSeconds);

    public Trial Interrupt(int number, int attempt, DateTimeOffset at) => store.Interrupt(number, attempt, at);

    public Trial Requeue(int number) => store.Requeue(number);

    public bool Report(int number, IntermediateReport report) => store.Report(number, report);

    public TrialOutput? Output(int number) => store.Output(number);

    public bool RecordOutput(int number, TrialOutput output) => store.RecordOutput(number, output);

    public void Dispose() => store.Dispose();
}
