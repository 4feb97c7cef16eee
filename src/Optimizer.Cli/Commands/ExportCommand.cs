using Optimizer.Cli.Output;
using Optimizer.Core.Studies;
using Spectre.Console.Cli;

namespace Optimizer.Cli.Commands;

/// <summary><c>optimizer export FILE.db</c>: every trial as JSON or CSV, read-only, safe while a run writes the file.</summary>
internal sealed class ExportCommand : Command<ExportSettings>
{
    public override int Execute(CommandContext context, ExportSettings settings, CancellationToken cancellationToken)
    {
        using var store = StudyInput.OpenReadOnly(settings.Storage);
        if (store is null)
            return ExitCodes.BadInput;
        var trials = store.Trials();
        if (settings.Output is null)
        {
            Write(trials, settings.Format, Console.Out);
            return ExitCodes.Success;
        }
        using var file = new StreamWriter(settings.Output);
        Write(trials, settings.Format, file);
        return ExitCodes.Success;
    }

    private static void Write(IReadOnlyList<Trial> trials, string format, TextWriter output)
    {
        if (format == "csv")
            TrialCsv.Write(trials, output);
        else
            output.WriteLine(TrialJson.Serialize(trials, indented: true));
    }
}
