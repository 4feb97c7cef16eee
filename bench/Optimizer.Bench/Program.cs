using Optimizer.Bench;
using Optimizer.Bench.MultiObjective;
using Optimizer.Bench.Quality;

try
{
    if (args.Length > 0 && args[0] == "mo-quality")
        return MultiObjectiveQuality.Run(args[1..], Console.Out);
    if (args.Length > 0 && args[0] == "mo-latency")
        return MultiObjectiveLatency.Run(args[1..], Console.Out);
    if (args.Length == 0 || args[0] != "quality")
        throw new BenchUsageException(args.Length == 0 ? "no command given" : $"unknown command '{args[0]}'");
    var options = QualityOptions.Parse(args[1..]);
    var rows = QualityBenchmark.Run(options);
    if (options.Json)
        QualityReport.WriteJson(rows, Console.Out);
    else
        QualityReport.WriteTable(rows, Console.Out);
    return 0;
}
catch (BenchUsageException e)
{
    Console.Error.WriteLine($"bench: {e.Message}");
    Console.Error.WriteLine(QualityOptions.Usage);
    Console.Error.WriteLine(MultiObjectiveQuality.Usage);
    Console.Error.WriteLine(MultiObjectiveLatency.Usage);
    return 2;
}
