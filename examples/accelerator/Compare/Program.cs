using System.Diagnostics;
using Ares.Compare;

// GP-BO, random search and Nelder-Mead on the same random ARES tuning tasks (see ../README.md).
ComparisonOptions options;
try
{
    options = ComparisonOptions.Parse(args);
}
catch (Exception error) when (error is ArgumentException or FormatException)
{
    Console.Error.WriteLine(error.Message);
    Console.Error.WriteLine(ComparisonOptions.Usage);
    return 2;
}

ITuningAlgorithm[] algorithms = [StudyTuning.BayesianOptimization(), StudyTuning.TrustRegionBayesianOptimization(), StudyTuning.RandomSearch(), new NelderMeadTuning()];
var clock = Stopwatch.StartNew();
var episodes = Comparison.Run(algorithms, options);
var report = ComparisonReport.Of(options, episodes, clock.Elapsed.TotalSeconds);
Console.Write(report.Table());
if (options.JsonPath is { } path)
{
    File.WriteAllText(path, report.Json());
    Console.WriteLine($"wrote {path}");
}
return 0;
