using System.Text.RegularExpressions;

namespace Optimizer.Cluster.Hosting;

/// <summary>
/// Turns Akka's log events into lines a person can act on: the expected events of a cluster (a refused or lost node, an
/// unreachable one, a worker that joined the wrong address) one line each, without exception stack traces, and the
/// repeated ones said once. Owned by one logger actor; not thread-safe.
/// </summary>
internal sealed partial class ClusterLogLines
{
    private readonly HashSet<string> _said = [];

    /// <summary>The line to print for an event of Akka or of ours, or null when it adds nothing to what was said.</summary>
    public string? Line(string message, Exception? cause)
    {
        var first = FirstLine(message);
        if (NonLocalRecipient().Match(first) is { Success: true } wrong)
            return Once($"address {wrong.Groups["used"].Value}",
                $"a worker joined this coordinator as {HostPort(wrong.Groups["used"].Value)}, but it listens as " +
                $"{HostPort(wrong.Groups["real"].Value)}: start the worker with --join {HostPort(wrong.Groups["real"].Value)} " +
                "(exactly the coordinator's --listen; a name and its IP address are different addresses to Akka)");
        if (Disassociated().Match(first) is { Success: true } lost)
            return $"lost the connection to {lost.Groups["address"].Value} (it stopped or left)";
        if (first.StartsWith("Disassociated", StringComparison.Ordinal))
            return null;
        if (Unreachable().Match(first) is { Success: true } unreachable)
            return Once($"unreachable {unreachable.Groups["address"].Value}",
                $"cannot reach {unreachable.Groups["address"].Value} ({unreachable.Groups["reason"].Value.Trim()}); trying again while it may come back");
        if (MarkedUnreachable().Match(first) is { Success: true } marked)
            return $"node {marked.Groups["address"].Value} stopped answering (killed, or cut off); it is removed if it does not come back";
        if (Downing().Match(first) is { Success: true } downing)
            return $"removed the unreachable node(s) {downing.Groups["addresses"].Value} from the cluster";
        if (first.StartsWith("SBR ", StringComparison.Ordinal) && first.Contains("downing all", StringComparison.Ordinal))
            return "the split-brain resolver cannot tell which nodes are cut off (nodes died in quick succession) and downs every node, " +
                   "this one too; each starts again and the workers join the coordinator anew";
        if (SeedNotJoined().Match(first) is { Success: true } seed)
            return Once($"seed {seed.Groups["seed"].Value}",
                $"no answer yet from the coordinator at {seed.Groups["seed"].Value}; still trying (is it running, with --listen " +
                "written exactly as this worker's --join, and the same --secret-file?)");
        if (first.StartsWith("Joining of seed-nodes", StringComparison.Ordinal) || first.StartsWith("Unable to REMOVE channel", StringComparison.Ordinal))
            return null;
        return cause is null ? first : $"{first}: {FirstLine(cause.Message)}";
    }

    private string? Once(string key, string line) => _said.Add(key) ? line : null;

    // Akka writes an exception's stack trace into some messages ("Reason is: [...]"): only the first line is for people.
    private static string FirstLine(string text)
    {
        var end = text.IndexOfAny(['\r', '\n']);
        return end < 0 ? text : text[..end];
    }

    private static string HostPort(string address) => address[(address.IndexOf('@') + 1)..].TrimEnd('/');

    [GeneratedRegex(@"^Dropping message .* for non-local recipient \[\[(?<used>[^\]/]+(//[^\]/]+)?)/?.*arriving at \[[^\]]+\] inbound addresses \[(?<real>[^\]]+)\]")]
    private static partial Regex NonLocalRecipient();

    [GeneratedRegex(@"^Association with remote system (?<address>\S+) has failed; .*EndpointDisassociatedException")]
    private static partial Regex Disassociated();

    [GeneratedRegex(@"^Tried to associate with unreachable remote address \[(?<address>[^\]]+)\].*Reason: \[(?<reason>[^\]]*)\]?")]
    private static partial Regex Unreachable();

    [GeneratedRegex(@"Marking node\(s\) as UNREACHABLE \[Member\(address = (?<address>[^,]+),")]
    private static partial Regex MarkedUnreachable();

    [GeneratedRegex(@"^SBR took decision \S+ and is downing \[(?<addresses>[^\]]+)\]")]
    private static partial Regex Downing();

    [GeneratedRegex(@"^Couldn't join seed nodes after .* seed-nodes=\[(?<seed>[^\]]+)\]")]
    private static partial Regex SeedNotJoined();
}
