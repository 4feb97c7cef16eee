using Optimizer.Core.Studies;
using Optimizer.StudyFiles;
using Optimizer.Viewer.Plots;

namespace Optimizer.Viewer.Tests;

public sealed class FigureTests : IDisposable
{
    private readonly StudyStoreFile _store = new(StudyStoreFile.TwoObjectives);
    private readonly StudyDefinition _definition = StudyFileLoader.Parse(StudyStoreFile.TwoObjectives, "study.yaml");

    public FigureTests()
    {
        _store.Complete(0.6, Values.Of(auc: 0.9, luts: 500), "local-1", 0, 2);
        _store.Complete(0.2, Values.Of(auc: 0.8, luts: 100), "local-2", 0, 3);
        _store.Complete(0.9, Values.Of(auc: 0.95, luts: 50, latency: 80), "local-2", 3, 5);
        _store.Fail(0.99, "diverged", "local-1", 2, 4);
        _store.StartTrial(0.5, "local-1", 4);
    }

    [Theory]
    [InlineData(FigureKind.Pareto)]
    [InlineData(FigureKind.History)]
    [InlineData(FigureKind.Timeline)]
    [InlineData(FigureKind.Parallel)]
    public void Png_figure_has_the_requested_size(FigureKind kind)
    {
        var output = System.IO.Path.ChangeExtension(_store.Path, $"{kind}.png");

        FigureWriter.Write(_definition, _store.Trials(), new FigureRequest(kind, output, 640, 480));

        Assert.Equal((640, 480), ImageFile.PngSize(output));
    }

    [Theory]
    [InlineData(FigureKind.Pareto)]
    [InlineData(FigureKind.Timeline)]
    public void Svg_figure_is_an_svg_document_of_the_requested_size(FigureKind kind)
    {
        var output = System.IO.Path.ChangeExtension(_store.Path, $"{kind}.svg");

        FigureWriter.Write(_definition, _store.Trials(), new FigureRequest(kind, output, 1000, 400));

        Assert.Equal((1000, 400), ImageFile.SvgSize(output));
    }

    [Fact]
    public void History_against_time_with_a_given_reference_is_drawn()
    {
        var output = System.IO.Path.ChangeExtension(_store.Path, "history-time.png");

        FigureWriter.Write(_definition, _store.Trials(), new FigureRequest(FigureKind.History, output, 300, 200)
        {
            AgainstTime = true,
            Reference = [0.5, 1000],
        });

        Assert.Equal((300, 200), ImageFile.PngSize(output));
    }

    [Fact]
    public void An_unknown_objective_on_an_axis_is_refused_with_the_objectives_named()
    {
        var output = System.IO.Path.ChangeExtension(_store.Path, "pareto.png");

        var error = Assert.Throws<ArgumentException>(() =>
            FigureWriter.Write(_definition, _store.Trials(), new FigureRequest(FigureKind.Pareto, output) { X = "energy" }));

        Assert.Contains("auc, luts", error.Message);
        Assert.False(File.Exists(output));
    }

    [Fact]
    public void An_output_that_is_neither_png_nor_svg_is_refused()
    {
        Assert.Throws<ArgumentException>(() => FigureWriter.Write(_definition, _store.Trials(),
            new FigureRequest(FigureKind.Pareto, System.IO.Path.ChangeExtension(_store.Path, "pdf"))));
    }

    public void Dispose() => _store.Dispose();
}
