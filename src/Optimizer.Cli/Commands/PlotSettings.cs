using System.ComponentModel;
using System.Globalization;
using Optimizer.Viewer.Plots;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Optimizer.Cli.Commands;

/// <summary>Arguments of <c>optimizer plot</c>.</summary>
internal sealed class PlotSettings : CommandSettings
{
    [CommandArgument(0, "<FILE>")]
    [Description("The study's storage file (.db), read-only.")]
    public string Storage { get; init; } = "";

    [CommandOption("-k|--kind <KIND>")]
    [Description("pareto, history, timeline, parallel or curves.")]
    [DefaultValue("pareto")]
    public string Kind { get; init; } = "pareto";

    [CommandOption("-o|--output <FILE>")]
    [Description("The figure to write: FILE.png or FILE.svg.")]
    public string Output { get; init; } = "";

    [CommandOption("--width <PIXELS>")]
    [DefaultValue(800)]
    public int Width { get; init; } = 800;

    [CommandOption("--height <PIXELS>")]
    [DefaultValue(600)]
    public int Height { get; init; } = 600;

    [CommandOption("-x <OBJECTIVE>")]
    [Description("pareto: the objective on the x axis (default the first).")]
    public string? X { get; init; }

    [CommandOption("-y <OBJECTIVE>")]
    [Description("pareto: the objective on the y axis (default the second).")]
    public string? Y { get; init; }

    [CommandOption("--time")]
    [Description("history: against wall time in seconds instead of trial number.")]
    public bool AgainstTime { get; init; }

    [CommandOption("--reference <VALUES>")]
    [Description("history: the hypervolume's reference point, one value per objective in its own direction, comma-separated (default: inferred).")]
    public string? Reference { get; init; }

    public FigureKind FigureKind => Enum.Parse<FigureKind>(Kind, ignoreCase: true);

    public IReadOnlyList<double>? ReferenceValues =>
        Reference?.Split(',', StringSplitOptions.TrimEntries).Select(v => double.Parse(v, CultureInfo.InvariantCulture)).ToArray();

    public override ValidationResult Validate()
    {
        if (!Enum.TryParse<FigureKind>(Kind, ignoreCase: true, out _) || int.TryParse(Kind, out _))
            return ValidationResult.Error($"--kind must be pareto, history, timeline, parallel or curves, not '{Kind}'");
        if (Output.Length == 0 || !FigureWriter.Extensions.Contains(Path.GetExtension(Output).ToLowerInvariant()))
            return ValidationResult.Error($"--output must name a .png or .svg file, not '{Output}'");
        if (Width < 1 || Height < 1)
            return ValidationResult.Error($"--width and --height must be positive, not {Width} x {Height}");
        if (Reference is not null && Reference.Split(',', StringSplitOptions.TrimEntries)
                .Any(v => !double.TryParse(v, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) || !double.IsFinite(d)))
            return ValidationResult.Error($"--reference must be comma-separated numbers, not '{Reference}'");
        return ValidationResult.Success();
    }
}
