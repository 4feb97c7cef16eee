using Optimizer.Cluster.Evaluators;
using Optimizer.Core.Space;
using Optimizer.Core.Studies;

namespace Optimizer.Cluster.Tests.Evaluators;

/// <summary>A throw-away study directory for command evaluator tests: python3 scripts written into it, trials beside it.</summary>
internal sealed class EvaluatorSandbox : IDisposable
{
    public EvaluatorSandbox()
    {
        Root = Path.Combine(Path.GetTempPath(), "optimizer-evaluator-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(StudyDirectory);
        Directory.CreateDirectory(TrialsRoot);
    }

    public string Root { get; }

    public string StudyDirectory => Path.Combine(Root, "study");

    public string TrialsRoot => Path.Combine(Root, "trials");

    public static Assignment Parameters { get; } = new Dictionary<string, ParameterValue>
    {
        ["n_trees"] = ParameterValue.Of(120),
        ["learning_rate"] = ParameterValue.Of(0.05),
        ["booster"] = ParameterValue.Of("dart"),
    };

    public static EvaluationRequest Request(int trialNumber = 7, int attempt = 1) => new(trialNumber, attempt, Parameters);

    /// <summary>Writes a python script into the study directory and returns its full path.</summary>
    public string WriteScript(string fileName, string source)
    {
        var path = Path.Combine(StudyDirectory, fileName);
        File.WriteAllText(path, source);
        return path;
    }

    /// <summary>An evaluator running <c>python3 &lt;script&gt; args...</c>.</summary>
    public CommandEvaluator Python(
        string script,
        IEnumerable<string>? arguments = null,
        string[]? requiredMetrics = null,
        TimeSpan? timeout = null,
        string? workingDirectory = null,
        IReadOnlyDictionary<string, string>? environment = null,
        EarlyStoppingDefinition? earlyStopping = null) =>
        Command(["python3", script, .. arguments ?? []], requiredMetrics, timeout, workingDirectory, environment, earlyStopping);

    public CommandEvaluator Command(
        IReadOnlyList<string> command,
        string[]? requiredMetrics = null,
        TimeSpan? timeout = null,
        string? workingDirectory = null,
        IReadOnlyDictionary<string, string>? environment = null,
        EarlyStoppingDefinition? earlyStopping = null) =>
        new(
            new EvaluatorDefinition(command, timeout ?? TimeSpan.FromMinutes(1), workingDirectory, environment ?? new Dictionary<string, string>()),
            requiredMetrics ?? ["auc"],
            StudyDirectory,
            TrialsRoot,
            earlyStopping);

    public void Dispose()
    {
        if (Directory.Exists(Root))
            Directory.Delete(Root, recursive: true);
    }
}
