using System.ComponentModel;
using Spectre.Console.Cli;

namespace Optimizer.Cli.Commands;

/// <summary>Arguments of <c>optimizer coordinator</c>.</summary>
internal sealed class CoordinatorCommandSettings : HostedStudySettings
{
    [CommandArgument(0, "<STUDY>")]
    [Description("The study file (YAML).")]
    public string Study { get; init; } = "";

    [CommandOption("--listen <HOST:PORT>")]
    [Description("Address workers join (--join); use a name or IP the worker machines reach. Default 127.0.0.1:4053.")]
    [DefaultValue("127.0.0.1:4053")]
    public string Listen { get; init; } = "127.0.0.1:4053";

    [CommandOption("--secret-file <FILE>")]
    [Description("The study credential from `optimizer secret new FILE` (mode 600); workers must hold the same file.")]
    public override string SecretFile { get; init; } = "";

    [CommandOption("--insecure")]
    [Description("Plain TCP instead of TLS: anyone who reaches the port can read and send cluster messages. Every node must agree.")]
    public bool Insecure { get; init; }

    [CommandOption("--storage <FILE>")]
    [Description("The study's SQLite file; default <study name>.db beside the study file. An existing file is resumed.")]
    public string? Storage { get; init; }

    [CommandOption("--seed <S>")]
    [Description("Seed of the strategy.")]
    [DefaultValue(0)]
    public int Seed { get; init; }

    [CommandOption("--trials <N>")]
    [Description("Budget in trials (failed ones count, re-runs of a lost trial do not), instead of the study file's.")]
    public override int? Trials { get; init; }

    [CommandOption("--retry-failed")]
    [Description("Queue the stored study's failed trials again (attempt + 1) before workers join; they use no new budget.")]
    public bool RetryFailed { get; init; }

    [CommandOption("--lease-timeout <SECONDS>")]
    [Description("A running trial whose worker sends no heartbeat for this long is run again elsewhere.")]
    [DefaultValue(60)]
    public override int LeaseTimeoutSeconds { get; init; } = 60;

    [CommandOption("-q|--quiet")]
    [Description("Print only the summary.")]
    public bool Quiet { get; init; }
}
