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

    [CommandOption("--log-x")]
    [Description("A log x axis (pareto; history with --time). Without it, a positive metric spanning more than two decades gets one by itself.")]
    public bool LogX { get; init; }

    [CommandOption("--log-y")]
    [Description("A log y axis (pareto, history). Without it, a positive metric spanning more than two decades gets one by itself.")]
    public bool LogY { get; init; }

    [CommandOption("--linear")]
    [Description("Linear axes only: no automatic log axis.")]
    public bool Linear { get; init; }

    public FigureKind FigureKind => Enum.Parse<FigureKind>(Kind, ignoreCase: true);

    public AxisScaling XScaling => LogX ? AxisScaling.Log : Linear ? AxisScaling.Linear : AxisScaling.Auto;

    public AxisScaling YScaling => LogY ? AxisScaling.Log : Linear ? AxisScaling.Linear : AxisScaling.Auto;

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
        if (Linear && (LogX || LogY))
            return ValidationResult.Error("--linear and --log-x/--log-y contradict each other; pass one");
        if (Reference is not null && Reference.Split(',', StringSplitOptions.TrimEntries)
                .Any(v => !double.TryParse(v, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) || !double.IsFinite(d)))
            return ValidationResult.Error($"--reference must be comma-separated numbers, not '{Reference}'");
        return ValidationResult.Success();
    }
}
