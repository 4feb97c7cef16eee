using Optimizer.Cluster.Protocol;
using Optimizer.Core.Studies;

namespace Optimizer.Cluster.Coordination;

// What an attempt's evaluator wrote, kept in the store for the viewer, once its result is taken (or its pruned end arrives).
public sealed partial class Coordinator
{
    private void KeepOutput(IProtocolMessage report, int number, int attempt)
    {
        var (stdout, stderr) = report switch
        {
            TrialSucceeded succeeded => (succeeded.Stdout, succeeded.Stderr),
            TrialFailed failed => (failed.Stdout, failed.Stderr),
            _ => ("", ""),
        };
        if (!string.IsNullOrEmpty(stdout) || !string.IsNullOrEmpty(stderr))
            _store.RecordOutput(number, TrialOutput.Bounded(attempt, stdout, stderr));
    }
}
