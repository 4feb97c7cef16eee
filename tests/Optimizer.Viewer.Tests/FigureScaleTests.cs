using Optimizer.Core.Studies;
using Optimizer.StudyFiles;
using Optimizer.Viewer.Plots;
using ScottPlot;
using ScottPlot.Panels;
using ScottPlot.TickGenerators;

namespace Optimizer.Viewer.Tests;

/// <summary>What makes a figure fit for a paper, read from ScottPlot's plot object: scales, ranges, the legend, labels.</summary>
public sealed class FigureScaleTests : IDisposable
{
    private readonly StudyStoreFile _store = new(StudyStoreFile.TwoObjectives);
    private readonly StudyDefinition _definition = StudyFileLoader.Parse(StudyStoreFile.TwoObjectives, "study.yaml");

    [Fact]
    public void A_positive_metric_spanning_more_than_two_decades_gets_a_log_axis_with_plain_labels()
    {
        _store.Complete(0.1, Values.Of(auc: 0.80, luts: 60));
        _store.Complete(0.2, Values.Of(auc: 0.90, luts: 2_000));
        _store.Complete(0.3, Values.Of(auc: 0.95, luts: 173_900));

        var plot = Pareto();

        var limits = plot.Axes.GetLimits();
        Assert.InRange(limits.Bottom, Math.Log10(60) - 0.5, Math.Log10(60));
        Assert.InRange(limits.Top, Math.Log10(173_900), Math.Log10(173_900) + 0.5);
        var ticks = Assert.IsType<NumericAutomatic>(plot.Axes.Left.TickGenerator);
        Assert.IsType<LogMinorTickGenerator>(ticks.MinorTickGenerator);
        plot.RenderInMemory(800, 600);
        var labels = plot.Axes.Left.TickGenerator.Ticks.Where(t => t.IsMajor).Select(t => t.Label).ToArray();
        Assert.Contains("1,000", labels);
        Assert.Contains("100,000", labels);
        Assert.DoesNotContain(labels, l => l.Contains('E'));
    }

    [Fact]
    public void A_metric_reaching_zero_stays_linear_and_its_range_never_goes_negative()
    {
        _store.Complete(0.1, Values.Of(auc: 0.80, luts: 0));
        _store.Complete(0.2, Values.Of(auc: 0.90, luts: 90_000));
        _store.Complete(0.3, Values.Of(auc: 0.95, luts: 200_000));

        var plot = Pareto();

        var limits = plot.Axes.GetLimits();
        Assert.Equal(0, limits.Bottom);
        Assert.InRange(limits.Top, 200_000, 220_000);
        Assert.InRange(limits.Left, 0.70, 0.80);
        Assert.IsNotType<LogMinorTickGenerator>(((NumericAutomatic)plot.Axes.Left.TickGenerator).MinorTickGenerator);
    }

    [Fact]
    public void Log_axes_are_taken_when_asked_and_refused_naming_the_metric_for_a_value_at_zero()
    {
        _store.Complete(0.1, Values.Of(auc: 0.80, luts: 0));
        _store.Complete(0.2, Values.Of(auc: 0.90, luts: 100));

        var logX = Pareto(new FigureRequest(FigureKind.Pareto, "f.png") { XScaling = AxisScaling.Log });
        var error = Assert.Throws<ArgumentException>(() => Pareto(new FigureRequest(FigureKind.Pareto, "f.png") { YScaling = AxisScaling.Log }));

        Assert.IsType<LogMinorTickGenerator>(((NumericAutomatic)logX.Axes.Bottom.TickGenerator).MinorTickGenerator);
        Assert.Equal("luts cannot be drawn on a log axis: it has the value 0", error.Message);
    }

    [Fact]
    public void Automatic_log_is_off_with_linear_scaling()
    {
        _store.Complete(0.1, Values.Of(auc: 0.80, luts: 60));
        _store.Complete(0.2, Values.Of(auc: 0.95, luts: 173_900));

        var plot = Pareto(new FigureRequest(FigureKind.Pareto, "f.png") { YScaling = AxisScaling.Linear });

        Assert.Equal(0, plot.Axes.GetLimits().Bottom);
    }

    [Theory]
    [InlineData(FigureKind.Pareto)]
    [InlineData(FigureKind.Timeline)]
    public void The_legend_sits_right_of_the_data_never_inside_it(FigureKind kind)
    {
        _store.Complete(0.1, Values.Of(auc: 0.80, luts: 60), "local-1", 0, 1);
        _store.Complete(0.2, Values.Of(auc: 0.95, luts: 500, latency: 80), "local-2", 0, 2);

        var plot = kind == FigureKind.Pareto ? Pareto() : TimelineFigure.Draw(_definition, _store.Trials(), new FigureRequest(kind, "f.png"));

        Assert.False(plot.Legend.IsVisible);
        Assert.Equal(Edge.Right, Assert.Single(plot.Axes.GetPanels().OfType<LegendPanel>()).Edge);
    }

    [Fact]
    public void History_of_one_objective_spanning_decades_is_log_and_shows_trial_0_whole()
    {
        using var store = new StudyStoreFile(StudyStoreFile.OneObjective);
        var definition = StudyFileLoader.Parse(StudyStoreFile.OneObjective, "study.yaml");
        foreach (var (loss, at) in new[] { (50.0, 1.0), (3.0, 2.0), (0.02, 3.0) })
            store.Complete(0.5, new Dictionary<string, double> { ["loss"] = loss }, "local-1", at - 1, at);

        var plot = HistoryFigure.Draw(definition, store.Trials(), new FigureRequest(FigureKind.History, "h.png"));

        var limits = plot.Axes.GetLimits();
        Assert.InRange(limits.Bottom, Math.Log10(0.02) - 0.5, Math.Log10(0.02));
        Assert.InRange(limits.Top, Math.Log10(50), Math.Log10(50) + 0.5);
        Assert.Equal(-0.5, limits.Left); // half a trial before trial 0, whose marker the axis would cut
    }

    [Theory]
    [InlineData(173_912.3, "173,912")]
    [InlineData(0.05, "0.05")]
    [InlineData(12.5, "12.5")]
    [InlineData(-0.000123456, "-0.0001235")]
    [InlineData(1e-9, "0.000000001")]
    [InlineData(0, "0")]
    public void Numbers_are_plain_never_in_exponent_notation(double value, string expected) =>
        Assert.Equal(expected, PlainNumber.Format(value));

    public void Dispose() => _store.Dispose();

    private Plot Pareto(FigureRequest? request = null) =>
        ParetoFigure.Draw(_definition, _store.Trials(), request ?? new FigureRequest(FigureKind.Pareto, "f.png"));
}
