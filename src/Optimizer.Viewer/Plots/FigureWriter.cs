using Optimizer.Core.Studies;
using ScottPlot;

namespace Optimizer.Viewer.Plots;

/// <summary>Draws a figure of a study with ScottPlot and writes it as PNG or SVG, by the output file's extension.</summary>
public static class FigureWriter
{
    /// <summary>The extensions <see cref="Write"/> accepts.</summary>
    public static readonly IReadOnlyList<string> Extensions = [".png", ".svg"];

    /// <summary>Draws <paramref name="request"/>'s figure of <paramref name="trials"/> and writes its file.</summary>
    /// <param name="intermediate">The trials' intermediate reports (<see cref="CurrentAttemptReports"/>), which the learning curves show.</param>
    /// <exception cref="ArgumentException">An unknown extension, a size below 1, or an objective the study does not have.</exception>
    public static void Write(StudyDefinition definition, IReadOnlyList<Trial> trials, FigureRequest request,
        IReadOnlyDictionary<int, IReadOnlyList<IntermediateReport>>? intermediate = null)
    {
        var extension = Path.GetExtension(request.Output).ToLowerInvariant();
        if (!Extensions.Contains(extension))
            throw new ArgumentException($"'{request.Output}' must end in .png or .svg");
        if (request.Width < 1 || request.Height < 1)
            throw new ArgumentException($"the size must be positive, not {request.Width} x {request.Height}");
        var plot = Draw(definition, trials, request, intermediate ?? new Dictionary<int, IReadOnlyList<IntermediateReport>>());
        if (extension == ".svg")
            plot.SaveSvg(request.Output, request.Width, request.Height);
        else
            plot.SavePng(request.Output, request.Width, request.Height);
    }

    private static Plot Draw(StudyDefinition definition, IReadOnlyList<Trial> trials, FigureRequest request,
        IReadOnlyDictionary<int, IReadOnlyList<IntermediateReport>> intermediate) => request.Kind switch
        {
            FigureKind.Curves => CurvesFigure.Draw(definition, trials, intermediate),
            FigureKind.Pareto => ParetoFigure.Draw(definition, trials, request),
            FigureKind.History => HistoryFigure.Draw(definition, trials, request),
            FigureKind.Timeline => TimelineFigure.Draw(definition, trials, request),
            FigureKind.Parallel => ParallelFigure.Draw(definition, trials, request),
            _ => throw new ArgumentOutOfRangeException(nameof(request), request.Kind, "unknown figure kind"),
        };
}
