using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Optimizer.Core.Studies;
using Optimizer.Viewer.Api;
using Optimizer.Viewer.Live;
using Optimizer.Viewer.Security;

namespace Optimizer.Viewer;

/// <summary>
/// The viewer: a local web server over one study store, opened read-only. Serves the page (<c>wwwroot</c> beside the
/// assembly), the JSON API (<c>/api/study</c>, <c>/api/trials</c>, <c>/api/pareto</c>, <c>/api/hypervolume</c>, <c>/api/importance</c>, <c>/api/recommended</c>) and a
/// live feed of changes (<c>/api/events</c>, server-sent events) while a study runs.
/// </summary>
public sealed class ViewerServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly IReadOnlyStudyStore _store;

    private ViewerServer(WebApplication app, IReadOnlyStudyStore store, Uri url, string studyName)
    {
        _app = app;
        _store = store;
        Url = url;
        StudyName = studyName;
    }

    /// <summary>Where the page is, with the port actually bound.</summary>
    public Uri Url { get; }

    /// <summary>The study's name, from its stored definition.</summary>
    public string StudyName { get; }

    /// <summary>Opens the store through <paramref name="opener"/> and starts listening.</summary>
    /// <exception cref="FileNotFoundException">No store at the path.</exception>
    /// <exception cref="InvalidDataException">The file is not a study store.</exception>
    /// <exception cref="StudyDefinitionException">The stored study definition no longer parses.</exception>
    public static async Task<ViewerServer> StartAsync(ViewerOptions options, IStudyOpener opener, CancellationToken cancellationToken = default)
    {
        var store = opener.OpenReadOnly(options.StorePath);
        try
        {
            var definition = opener.Definition(store, options.StorePath);
            var watcher = new StoreWatcher(store, definition, options.PollInterval);
            var app = Build(options, watcher);
            await app.StartAsync(cancellationToken);
            var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
            return new ViewerServer(app, store, new Uri(address.TrimEnd('/') + "/"), definition.Name);
        }
        catch
        {
            store.Dispose();
            throw;
        }
    }

    /// <summary>Completes when the host stops: Ctrl-C or SIGTERM, or <paramref name="cancellationToken"/>.</summary>
    public Task WaitForShutdownAsync(CancellationToken cancellationToken = default) => _app.WaitForShutdownAsync(cancellationToken);

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        _store.Dispose();
    }

    private static WebApplication Build(ViewerOptions options, StoreWatcher watcher)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            ContentRootPath = AppContext.BaseDirectory,
            WebRootPath = Path.Combine(AppContext.BaseDirectory, "wwwroot"),
        });
        builder.WebHost.UseUrls($"http://{options.Host}:{options.Port}");
        builder.Logging.ClearProviders();
        builder.Logging.AddConsole(console => console.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.Configure<ConsoleLifetimeOptions>(lifetime => lifetime.SuppressStatusMessages = true);
        builder.Services.AddSingleton<IHostedService>(watcher);

        var app = builder.Build();
        PageSecurity.Use(app, HostAllowList.For(options.Host));
        app.UseDefaultFiles();
        app.UseStaticFiles();
        ApiRoutes.Map(app, watcher);
        return app;
    }
}
