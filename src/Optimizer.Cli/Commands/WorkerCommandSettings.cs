using System.ComponentModel;
using Optimizer.Core.Studies;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Optimizer.Cli.Commands;

/// <summary>Arguments of <c>optimizer worker</c>.</summary>
internal sealed class WorkerCommandSettings : CommandSettings
{
    [CommandOption("--join <HOST:PORT>")]
    [Description("The coordinator's --listen address, written exactly as the coordinator was given it.")]
    public string Join { get; init; } = "";

    [CommandOption("--secret-file <FILE>")]
    [Description("The study credential (mode 600), the same file as the coordinator's.")]
    public string SecretFile { get; init; } = "";

    [CommandOption("--insecure")]
    [Description("Plain TCP instead of TLS: anyone who reaches the port can read and send cluster messages. Every node must agree.")]
    public bool Insecure { get; init; }

    [CommandOption("--slots <N>")]
    [Description("Evaluations this worker runs at the same time.")]
    [DefaultValue(1)]
    public int Slots { get; init; } = 1;

    [CommandOption("--name <NAME>")]
    [Description("Name recorded on the trials this worker runs; default <host name>-<process id>.")]
    public string? Name { get; init; }

    [CommandOption("--workdir <DIR>")]
    [Description("Where the study's files (train.py, ...) are on this machine, and where trial directories go. Default: here.")]
    public string? Workdir { get; init; }

    [CommandOption("--listen <HOST:PORT>")]
    [Description("This worker's own address, which the coordinator must reach; port 0 picks a free one. Default 127.0.0.1:0.")]
    [DefaultValue("127.0.0.1:0")]
    public string Listen { get; init; } = "127.0.0.1:0";

    [CommandOption("--give-up-after <DURATION>")]
    [Description("Exit (code 1) when no coordinator has admitted this worker for this long, e.g. 10m, 1h.")]
    [DefaultValue("10m")]
    public string GiveUpAfter { get; init; } = "10m";

    public override ValidationResult Validate() =>
        Join.Length == 0 ? ValidationResult.Error("--join HOST:PORT is required")
        : SecretFile.Length == 0 ? ValidationResult.Error("--secret-file is required")
        : Slots < 1 ? ValidationResult.Error("--slots must be at least 1")
        : Duration.Problem(GiveUpAfter, out _) is { } problem ? ValidationResult.Error($"--give-up-after: {problem}")
        : ValidationResult.Success();
}
