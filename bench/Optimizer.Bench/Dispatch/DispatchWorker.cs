using System.Diagnostics;
using System.Globalization;
using Optimizer.Cluster.Admission;
using Optimizer.Cluster.Evaluators;
using Optimizer.Cluster.Hosting;
using Optimizer.Cluster.Workers;
using Optimizer.StudyFiles;

namespace Optimizer.Bench.Dispatch;

/// <summary>
/// The worker process of the <c>dispatch</c> benchmark (<c>bench dispatch-worker JOIN CREDENTIAL GAPS_FILE NAME [--insecure]</c>):
/// one slot, an in-process evaluator that returns at once, and the idle gap between the end of one evaluation and the
/// start of the next (report, request, assignment and both network legs) written to GAPS_FILE, one value in ms a line.
/// </summary>
public static class DispatchWorker
{
    public static async Task<int> RunAsync(IReadOnlyList<string> args)
    {
        if (args.Count is not (4 or 5) || (args.Count == 5 && args[4] != "--insecure"))
            throw new BenchUsageException("usage: bench dispatch-worker JOIN CREDENTIAL GAPS_FILE NAME [--insecure]");
        var join = NodeEndpoint.Parse(args[0], defaultPort: 4053);
        var gaps = new List<double>();
        long? lastEnd = null;
        IEvaluator EvaluatorFor(AdmittedStudy study)
        {
            var metrics = StudyFileLoader.Parse(study.DefinitionText, study.OriginInErrors, study.Name, Environment.CurrentDirectory).RequiredMetrics.ToArray();
            return new DelegateEvaluator((point, _) =>
            {
                var start = Stopwatch.GetTimestamp();
                if (lastEnd is { } end)
                    gaps.Add(Stopwatch.GetElapsedTime(end, start).TotalMilliseconds);
                var values = metrics.ToDictionary(m => m, _ => point.Values.Sum(v => v.Number));
                lastEnd = Stopwatch.GetTimestamp();
                return Task.FromResult<IReadOnlyDictionary<string, double>>(values);
            }, metrics);
        }
        var credential = StudyCredential.FromFile(args[1]);
        var transport = args.Count == 5 ? ClusterTransport.PlainTcp : ClusterTransport.Tls(credential);
        var node = new WorkerNodeOptions(args[3], 1, credential.Secret, transport.AddressOf(join));
        var end = await ClusterWorkerHost.RunAsync(new ClusterWorkerOptions(node, new NodeEndpoint("127.0.0.1", 0), join, transport),
            EvaluatorFor, Console.Error.WriteLine, CancellationToken.None);
        await File.WriteAllLinesAsync(args[2], gaps.Select(g => g.ToString("R", CultureInfo.InvariantCulture)));
        return end?.Kind == NodeEndKind.Finished ? 0 : 1;
    }
}
