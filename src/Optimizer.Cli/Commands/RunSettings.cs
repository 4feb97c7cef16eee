using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Optimizer.Cli.Commands;

/// <summary>Arguments of <c>optimizer run</c>.</summary>
internal sealed class RunSettings : CommandSettings
{
    [CommandArgument(0, "<STUDY>")]
    [Description("The study file (YAML).")]
    public string Study { get; init; } = "";

    [CommandOption("-w|--workers <N>")]
    [Description("Evaluations run at the same time.")]
    [DefaultValue(1)]
    public int Workers { get; init; } = 1;

    [CommandOption("--storage <FILE>")]
    [Description("The study's SQLite file; default <study name>.db beside the study file. An existing file is resumed.")]
    public string? Storage { get; init; }

    [CommandOption("--seed <S>")]
    [Description("Seed of the strategy: the same seed and history give the same proposals.")]
    [DefaultValue(0)]
    public int Seed { get; init; }

    [CommandOption("--trials <N>")]
    [Description("Budget in trials (failed ones count), instead of the study file's; also how to extend a stored study.")]
    public int? Trials { get; init; }

    [CommandOption("--retry-failed")]
    [Description("Queue the stored study's failed trials again (attempt + 1) before it goes on; they use no new budget.")]
    public bool RetryFailed { get; init; }

    [CommandOption("-q|--quiet")]
    [Description("Print only the summary: no live panel, no line per trial.")]
    public bool Quiet { get; init; }

    public override ValidationResult Validate() =>
        Workers < 1 ? ValidationResult.Error("--workers must be at least 1")
        : Trials < 1 ? ValidationResult.Error("--trials must be at least 1")
        : ValidationResult.Success();
}
