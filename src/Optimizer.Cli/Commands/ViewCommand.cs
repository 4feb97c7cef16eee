using System.ComponentModel;
using System.Diagnostics;
using Optimizer.Core.Studies;
using Optimizer.Viewer;
using Spectre.Console.Cli;

namespace Optimizer.Cli.Commands;

/// <summary>
/// <c>optimizer view FILE.db</c>: serves the study as a live web page until Ctrl-C, prints its URL and opens a browser.
/// The store is opened read-only, so a running study may be viewed while it writes.
/// </summary>
internal sealed class ViewCommand : AsyncCommand<ViewSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, ViewSettings settings, CancellationToken cancellationToken)
    {
        if (!File.Exists(settings.Storage))
        {
            Console.Error.WriteLine($"error: {settings.Storage}: no such study file");
            return ExitCodes.BadInput;
        }
        ViewerServer server;
        try
        {
            server = await ViewerServer.StartAsync(new ViewerOptions(settings.Storage, settings.Host, settings.Port), SqliteStudyOpener.Instance, cancellationToken);
        }
        catch (Exception e) when (e is InvalidDataException or StudyDefinitionException)
        {
            Console.Error.WriteLine($"error: {settings.Storage}: {e.Message}");
            return ExitCodes.BadInput;
        }
        catch (IOException e)
        {
            Console.Error.WriteLine($"error: cannot listen on {settings.Host}:{settings.Port}: {e.Message} (choose another --port)");
            return ExitCodes.BadInput;
        }
        await using (server)
        {
            Console.WriteLine($"Viewing study '{server.StudyName}' at {server.Url} (Ctrl-C to stop)");
            if (!settings.NoBrowser)
                OpenBrowser(server.Url);
            await server.WaitForShutdownAsync(cancellationToken);
        }
        return ExitCodes.Success;
    }

    // No browser (a login node, a container) is normal: the URL is printed, so the page can still be opened by hand.
    private static void OpenBrowser(Uri url)
    {
        try
        {
            using var opener = Process.Start(new ProcessStartInfo("xdg-open", url.ToString()) { UseShellExecute = false });
        }
        catch (Win32Exception e)
        {
            Console.Error.WriteLine($"note: could not open a browser ({e.Message}); open {url} yourself");
        }
    }
}
