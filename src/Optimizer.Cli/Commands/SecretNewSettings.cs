using System.ComponentModel;
using Spectre.Console.Cli;

namespace Optimizer.Cli.Commands;

/// <summary>Arguments of <c>optimizer secret new</c>.</summary>
internal sealed class SecretNewSettings : CommandSettings
{
    [CommandArgument(0, "<FILE>")]
    [Description("Where to write the credential; must not exist yet.")]
    public string File { get; init; } = "";
}
