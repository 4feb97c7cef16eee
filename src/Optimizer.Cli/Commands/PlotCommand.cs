using Optimizer.Core.Studies;
using Optimizer.StudyFiles;
using Optimizer.Viewer.Plots;
using Spectre.Console.Cli;

namespace Optimizer.Cli.Commands;

/// <summary><c>optimizer plot FILE.db --kind K -o FIGURE.png|svg</c>: a figure of the study for a paper, read-only.</summary>
internal sealed class PlotCommand : Command<PlotSettings>
{
    public override int Execute(CommandContext context, PlotSettings settings, CancellationToken cancellationToken)
    {
        using var store = StudyInput.OpenReadOnly(settings.Storage);
        if (store is null)
            return ExitCodes.BadInput;
        try
        {
            var definition = StudyFileLoader.Stored(store, settings.Storage);
            var request = new FigureRequest(settings.FigureKind, settings.Output, settings.Width, settings.Height)
            {
                X = settings.X,
                Y = settings.Y,
                AgainstTime = settings.AgainstTime,
                XScaling = settings.XScaling,
                YScaling = settings.YScaling,
                Reference = settings.ReferenceValues,
            };
            var trials = store.Trials();
            FigureWriter.Write(definition, trials, request, CurrentAttemptReports.Of(store, trials));
        }
        catch (Exception e) when (e is StudyDefinitionException or ArgumentException)
        {
            Console.Error.WriteLine($"error: {e.Message}");
            return ExitCodes.BadInput;
        }
        Console.WriteLine($"wrote {settings.Output}");
        return ExitCodes.Success;
    }
}
