using System.Globalization;
using Ares.Evaluator;
using Ares.Tuning;

// One measurement of the simulated ARES experimental area for the study's evaluator (see ../README.md):
// the task is fixed by --task-seed, the step (beam drift) is the trial number, the noise depends on both.
EvaluationArguments arguments;
try
{
    arguments = EvaluationArguments.Parse(args, Environment.GetEnvironmentVariable);
}
catch (ArgumentException invalid)
{
    Console.Error.WriteLine(invalid.Message);
    Console.Error.WriteLine(EvaluationArguments.Usage);
    return 2;
}

var machine = new AresMachine(TaskDistribution.Sample(new Random(arguments.TaskSeed)), ScreenNoise.Default);
var noise = new Random(unchecked(arguments.TaskSeed * 7919 + arguments.Step * 104729 + arguments.Attempt));
var reading = machine.Measure(arguments.Settings, arguments.Step, noise);
var error = machine.Error(reading);
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"{{\"log_mae\": {Math.Log(error):R}, \"mae_um\": {error * 1e6:R}, \"on_screen\": {(reading.OnScreen ? 1 : 0)}}}"));
return 0;
