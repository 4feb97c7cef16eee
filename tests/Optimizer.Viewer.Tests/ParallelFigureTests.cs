using Optimizer.Core.Space;
using Optimizer.Core.Studies;
using Optimizer.StudyFiles;
using Optimizer.Viewer.Plots;
using ScottPlot;
using ScottPlot.Plottables;

namespace Optimizer.Viewer.Tests;

/// <summary>Parallel coordinates legible at the default size: names apart and inside the figure, bounds clear of the axis lines.</summary>
public sealed class ParallelFigureTests
{
    // Nine axes with names as long as the examples' (bdt-trigger has eight).
    private const string ManyAxes = """
        name: wide
        parameters:
          - {name: n_trees, type: int, low: 10, high: 400}
          - {name: max_depth, type: int, low: 2, high: 8}
          - {name: learning_rate, type: float, low: 0.001, high: 0.5, log: true}
          - {name: min_child_samples, type: int, low: 5, high: 100}
          - {name: colsample_bytree, type: float, low: 0.3, high: 1}
          - {name: precision_bits, type: int, low: 4, high: 16}
        objectives:
          - {name: signal_efficiency, direction: maximize}
          - {name: luts, direction: minimize}
        constraints:
          - {name: latency_clocks, max: 50}
        evaluator:
          command: [python3, train.py]
        budget: {trials: 20}

        """;

    private static readonly FigureRequest Default = new(FigureKind.Parallel, "parallel.png");

    [Fact]
    public void At_the_default_size_axis_names_neither_overlap_nor_leave_the_figure()
    {
        var (plot, names) = Drawn();
        var slant = ParallelFigure.NameSlant * Math.PI / 180;
        var axisPixels = Enumerable.Range(0, names.Length).Select(i => plot.GetPixel(new Coordinates(i, 0)).X).ToArray();
        var dataBottom = plot.RenderManager.LastRender.DataRect.Bottom;

        for (var i = 0; i < names.Length; i++)
        {
            var size = ParallelFigure.NameSize(plot, names[i]);
            // A name slants down to the left from its axis: its far end must stay inside the figure.
            Assert.True(axisPixels[i] - size.Width * Math.Cos(slant) - size.Height >= 0, $"'{names[i]}' runs off the left edge");
            Assert.True(dataBottom + size.Width * Math.Sin(slant) + size.Height <= Default.Height, $"'{names[i]}' runs off the bottom");
            // Two parallel slanted names are apart when the gap between their axes, across the slant, exceeds their height.
            if (i > 0)
                Assert.True((axisPixels[i] - axisPixels[i - 1]) * Math.Sin(slant) >= size.Height, $"'{names[i - 1]}' and '{names[i]}' overlap");
        }
        Assert.True(axisPixels[^1] <= Default.Width, "the last axis is cut off");
    }

    [Fact]
    public void Axis_lines_stop_at_their_bounds_and_no_grid_runs_through_the_labels()
    {
        var (plot, names) = Drawn();

        var lines = plot.GetPlottables<LinePlot>().ToArray();
        Assert.Equal(names.Length, lines.Length);
        Assert.All(lines, l => Assert.Equal((0.0, 1.0), (Math.Min(l.Start.Y, l.End.Y), Math.Max(l.Start.Y, l.End.Y))));
        var bounds = plot.GetPlottables<Text>().ToArray();
        Assert.Equal(2 * names.Length, bounds.Length);
        Assert.All(bounds, b => Assert.True(b.Location.Y < 0 || b.Location.Y > 1, $"bound '{b.LabelText}' sits on its axis line"));
        Assert.False(plot.Grid.IsVisible);
    }

    [Fact]
    public void Bounds_are_plain_numbers_and_a_metric_spanning_decades_is_a_log_axis()
    {
        var (plot, names) = Drawn();

        var bounds = plot.GetPlottables<Text>().Select(t => t.LabelText).ToArray();
        Assert.Contains("173,900", bounds);
        Assert.DoesNotContain(bounds, b => b.Contains("E+"));
        Assert.Contains("luts (log)", names);
        Assert.Contains("signal_efficiency", names);
    }

    private static (Plot Plot, string[] Names) Drawn()
    {
        var definition = StudyFileLoader.Parse(ManyAxes, "study.yaml");
        var trials = new[] { (0.2, 60.0), (0.5, 2_000.0), (0.9, 173_900.0) }.Select((p, i) => Trial(definition, i, p.Item1, p.Item2)).ToArray();
        var plot = ParallelFigure.Draw(definition, trials, Default);
        plot.RenderInMemory(Default.Width, Default.Height);
        var names = ((ScottPlot.TickGenerators.NumericManual)plot.Axes.Bottom.TickGenerator).Ticks.Select(t => t.Label).ToArray();
        return (plot, names);
    }

    private static Trial Trial(StudyDefinition definition, int number, double u, double luts)
    {
        var parameters = definition.Space.Parameters.ToDictionary(p => p.Name, p => p switch
        {
            FloatParameter f => ParameterValue.Of(f.Low + u * (f.High - f.Low)),
            IntParameter n => ParameterValue.Of(Math.Round(n.Low + u * (n.High - n.Low))),
            _ => throw new NotSupportedException(p.Name),
        });
        var values = new Dictionary<string, double> { ["signal_efficiency"] = 0.5 + u / 4, ["luts"] = luts, ["latency_clocks"] = 10 + 20 * u };
        return new Trial(number, TrialState.Complete, parameters, values, 1, "local-1", null, null, null);
    }
}
