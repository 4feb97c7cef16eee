using System.ComponentModel;
using Spectre.Console.Cli;

namespace Optimizer.Cli.Commands;

/// <summary>Arguments of <c>optimizer serve</c>.</summary>
internal sealed class ServeSettings : HostedStudySettings
{
    [CommandArgument(0, "<STUDY>")]
    [Description("The study file (YAML); its evaluator section is optional here.")]
    public string Study { get; init; } = "";

    [CommandOption("--listen <HOST:PORT>")]
    [Description("Address of the HTTP API. Default 127.0.0.1:8765 (this machine only); port 0 picks a free one.")]
    [DefaultValue("127.0.0.1:8765")]
    public string Listen { get; init; } = "127.0.0.1:8765";

    [CommandOption("--secret-file <FILE>")]
    [Description("File holding the study's secret (chmod 600); clients sign each request with it.")]
    public override string SecretFile { get; init; } = "";

    [CommandOption("--storage <FILE>")]
    [Description("The study's SQLite file; default <study name>.db beside the study file. An existing file is resumed.")]
    public string? Storage { get; init; }

    [CommandOption("--seed <S>")]
    [Description("Seed of the strategy.")]
    [DefaultValue(0)]
    public int Seed { get; init; }

    [CommandOption("--trials <N>")]
    [Description("Budget in trials (failed ones count, re-runs of a lapsed trial do not), instead of the study file's.")]
    public override int? Trials { get; init; }

    [CommandOption("--lease-timeout <SECONDS>")]
    [Description("A trial whose client sends no heartbeat, report or result for this long is handed to another client.")]
    [DefaultValue(60)]
    public override int LeaseTimeoutSeconds { get; init; } = 60;
}
