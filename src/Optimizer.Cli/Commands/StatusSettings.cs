using System.ComponentModel;
using Spectre.Console.Cli;

namespace Optimizer.Cli.Commands;

/// <summary>Arguments of <c>optimizer status</c>.</summary>
internal sealed class StatusSettings : CommandSettings
{
    [CommandArgument(0, "<FILE>")]
    [Description("The study's storage file (.db).")]
    public string Storage { get; init; } = "";
}
