namespace Optimizer.Cluster.Evaluators;

/// <summary>
/// The directory of one attempt of one trial, <c>&lt;root&gt;/trial-0007-a1/</c>: distinct per (trial, attempt), so a rerun
/// never reads or overwrites what an earlier attempt left. It holds the result file the command may write.
/// </summary>
internal sealed record TrialDirectory(string Path)
{
    public const string ResultFileName = "result.json";

    public string ResultFile => System.IO.Path.Combine(Path, ResultFileName);

    public static TrialDirectory For(string root, int trialNumber, int attempt) =>
        new(System.IO.Path.GetFullPath(System.IO.Path.Combine(root, $"trial-{trialNumber:D4}-a{attempt}")));

    /// <summary>Creates the directory and removes a result file left by an interrupted run of the same attempt.</summary>
    public void Prepare()
    {
        Directory.CreateDirectory(Path);
        File.Delete(ResultFile);
    }
}
