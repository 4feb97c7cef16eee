using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Optimizer.Cli.Commands;

/// <summary>Arguments of <c>optimizer export</c>.</summary>
internal sealed class ExportSettings : CommandSettings
{
    [CommandArgument(0, "<FILE>")]
    [Description("The study's storage file (.db).")]
    public string Storage { get; init; } = "";

    [CommandOption("-f|--format <FORMAT>")]
    [Description("json (an array of trials) or csv (one column per parameter and per metric).")]
    [DefaultValue("json")]
    public string Format { get; init; } = "json";

    [CommandOption("-o|--output <FILE>")]
    [Description("Write here instead of stdout.")]
    public string? Output { get; init; }

    public override ValidationResult Validate() => Format is "json" or "csv"
        ? ValidationResult.Success()
        : ValidationResult.Error($"--format must be json or csv, not '{Format}'");
}
