using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Optimizer.Cluster.Admission;
using Optimizer.Service.Http;
using Optimizer.Service.Serving;

namespace Optimizer.Service;

/// <summary>
/// The web server of <c>optimizer serve</c>: the routes of <see cref="ServiceRoutes"/> over one <see cref="ServedStudy"/>,
/// every request admitted by its <see cref="ServiceToken"/> (401 otherwise, before anything is read or changed).
/// </summary>
public sealed class AskTellServer : IAsyncDisposable
{
    /// <summary>Largest request body accepted: a tell is a few hundred bytes.</summary>
    public const long MaxRequestBytes = 1 << 20;

    private readonly WebApplication _app;

    private AskTellServer(WebApplication app, Uri url)
    {
        _app = app;
        Url = url;
    }

    /// <summary>Where the API is, with the port actually bound.</summary>
    public Uri Url { get; }

    /// <summary>Starts listening on <paramref name="host"/>:<paramref name="port"/> (port 0: any free one).</summary>
    public static async Task<AskTellServer> StartAsync(ServedStudy study, ServiceTokenVerifier verifier, string host, int port,
        CancellationToken cancellationToken = default)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls($"http://{(host.Contains(':') ? $"[{host}]" : host)}:{port}");
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = MaxRequestBytes);
        builder.Logging.ClearProviders();
        builder.Logging.AddConsole(console => console.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.Configure<ConsoleLifetimeOptions>(lifetime => lifetime.SuppressStatusMessages = true);
        var app = builder.Build();
        app.Use((context, next) => Answer(context, next, verifier, app.Logger));
        ServiceRoutes.Map(app, study);
        app.MapFallback(() => JsonAnswer.Error(StatusCodes.Status404NotFound, "not-found",
            "no such route; the API is under /v1 (see the README's HTTP API)"));
        await app.StartAsync(cancellationToken);
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        return new AskTellServer(app, new Uri(address.TrimEnd('/') + "/"));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    // The credential first, then the route; what a route throws for a bad request becomes its JSON answer.
    private static async Task Answer(HttpContext context, RequestDelegate next, ServiceTokenVerifier verifier, ILogger logger)
    {
        var header = context.Request.Headers.Authorization.ToString();
        var token = header.StartsWith("Bearer ", StringComparison.Ordinal) ? header["Bearer ".Length..].Trim() : null;
        if (verifier.Refusal(token) is { } refusal)
        {
            context.Response.Headers.WWWAuthenticate = "Bearer realm=\"optimizer-serve\"";
            await JsonAnswer.Error(StatusCodes.Status401Unauthorized, "unauthorized", refusal).ExecuteAsync(context);
            return;
        }
        try
        {
            await next(context);
        }
        catch (ServiceRequestException e)
        {
            if (e.Code == "wait")
                context.Response.Headers.RetryAfter = "1";
            await JsonAnswer.Error(e.Status, e.Code, e.Message).ExecuteAsync(context);
        }
        catch (BadHttpRequestException e)
        {
            await JsonAnswer.Error(e.StatusCode, "bad-request", e.Message).ExecuteAsync(context);
        }
        catch (Exception e) when (!context.Response.HasStarted)
        {
            // A bug or a broken store: logged with its stack trace here, answered in one line there.
            logger.LogError(e, "{Method} {Path} failed", context.Request.Method, context.Request.Path);
            await JsonAnswer.Error(StatusCodes.Status500InternalServerError, "internal", $"the service failed: {e.Message}").ExecuteAsync(context);
        }
    }
}
