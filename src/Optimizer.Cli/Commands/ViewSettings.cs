using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Optimizer.Cli.Commands;

/// <summary>Arguments of <c>optimizer view</c>.</summary>
internal sealed class ViewSettings : CommandSettings
{
    [CommandArgument(0, "<FILE>")]
    [Description("The study's storage file (.db); opened read-only, it may belong to a running study.")]
    public string Storage { get; init; } = "";

    [CommandOption("-p|--port <PORT>")]
    [Description("TCP port to listen on (0: any free one).")]
    [DefaultValue(8080)]
    public int Port { get; init; } = 8080;

    [CommandOption("--host <ADDRESS>")]
    [Description("Address to bind. The default keeps the page on this machine; from elsewhere use an SSH tunnel.")]
    [DefaultValue("127.0.0.1")]
    public string Host { get; init; } = "127.0.0.1";

    [CommandOption("--no-browser")]
    [Description("Only print the URL; do not open a browser.")]
    public bool NoBrowser { get; init; }

    public override ValidationResult Validate() => Port is >= 0 and <= 65535
        ? ValidationResult.Success()
        : ValidationResult.Error($"--port must be between 0 and 65535, not {Port}");
}
