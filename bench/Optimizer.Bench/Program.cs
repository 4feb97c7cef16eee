using Optimizer.Bench;
using Optimizer.Bench.Dispatch;
using Optimizer.Bench.EarlyStopping;
using Optimizer.Bench.EvaluatorOutput;
using Optimizer.Bench.Latency;
using Optimizer.Bench.MultiObjective;
using Optimizer.Bench.Quality;
using Optimizer.Bench.Scaling;
using Optimizer.Bench.Serving;
using Optimizer.Bench.Soak;
using Optimizer.Bench.Stranger;

try
{
    var command = args.Length > 0 ? args[0] : throw new BenchUsageException("no command given");
    switch (command)
    {
        case "quality":
            var qualityOptions = QualityOptions.Parse(args[1..]);
            var qualityRows = QualityBenchmark.Run(qualityOptions);
            var comparisons = QualityBenchmark.Compare(qualityRows, ReferenceResults.Load());
            if (qualityOptions.Json)
            {
                QualityReport.WriteJson(new { rows = qualityRows, suite = comparisons }, Console.Out);
            }
            else
            {
                QualityReport.WriteTable(qualityRows, Console.Out);
                Console.Out.WriteLine();
                SuiteComparisonReport.WriteTable(comparisons, Console.Out);
                QualityReport.WriteOffSuitePerSeed(qualityRows, Console.Out);
            }
            return 0;
        case "latency":
            var latencyOptions = LatencyOptions.Parse(args[1..]);
            var latencyRows = LatencyBenchmark.Run(latencyOptions);
            if (latencyOptions.Json)
                LatencyReport.WriteJson(latencyRows, Console.Out);
            else
                LatencyReport.WriteTable(latencyRows, Console.Out);
            return 0;
        case "scaling":
            var scalingRows = ScalingBenchmark.Run(ScalingOptions.Parse(args[1..]), Console.Error);
            ScalingReport.WriteTable(scalingRows, Console.Out);
            return 0;
        case "dispatch":
            DispatchBenchmark.Write(await DispatchBenchmark.RunAsync(DispatchOptions.Parse(args[1..])), Console.Out);
            return 0;
        case "dispatch-worker":
            return await DispatchWorker.RunAsync(args[1..]);
        case "soak":
            var soak = await SoakBenchmark.RunAsync(SoakOptions.Parse(args[1..]), Console.Error);
            SoakBenchmark.Write(soak, Console.Out);
            if (!soak.Passed)
                Console.Error.WriteLine($"the last coordinator's stderr:\n{soak.CoordinatorErrors}");
            return soak.Passed ? 0 : 1;
        case "stranger":
            var stranger = await StrangerBenchmark.RunAsync(StrangerBenchmark.ParseAttempts(args[1..]));
            StrangerBenchmark.Write(stranger, Console.Out);
            return stranger.Dropped == stranger.Attempts ? 0 : 1;
        case "evaluator-output":
            var (megabytes, optimizer) = EvaluatorOutputBenchmark.Parse(args[1..]);
            var flood = await EvaluatorOutputBenchmark.RunAsync(megabytes, optimizer);
            EvaluatorOutputBenchmark.Write(flood, Console.Out);
            return flood.All(r => r.ExitCode == 0 && r.TrialState == "complete") ? 0 : 1;
        case "mo-quality":
            return MultiObjectiveQuality.Run(args[1..], Console.Out);
        case "mo-latency":
            return MultiObjectiveLatency.Run(args[1..], Console.Out);
        case "serve-latency":
            return await ServeLatencyBenchmark.RunAsync(ServeLatencyOptions.Parse(args[1..]), Console.Out);
        case "early-stopping":
            return EarlyStoppingBenchmark.Run(EarlyStoppingOptions.Parse(args[1..]), Console.Out);
        default:
            throw new BenchUsageException($"unknown command '{command}'");
    }
}
catch (BenchUsageException e)
{
    Console.Error.WriteLine($"bench: {e.Message}");
    Console.Error.WriteLine(QualityOptions.Usage);
    Console.Error.WriteLine(LatencyOptions.Usage);
    Console.Error.WriteLine(ScalingOptions.Usage);
    Console.Error.WriteLine(DispatchOptions.Usage);
    Console.Error.WriteLine(SoakOptions.Usage);
    Console.Error.WriteLine(StrangerBenchmark.Usage);
    Console.Error.WriteLine(EvaluatorOutputBenchmark.Usage);
    Console.Error.WriteLine(MultiObjectiveQuality.Usage);
    Console.Error.WriteLine(MultiObjectiveLatency.Usage);
    Console.Error.WriteLine(ServeLatencyOptions.Usage);
    Console.Error.WriteLine(EarlyStoppingOptions.Usage);
    return 2;
}
