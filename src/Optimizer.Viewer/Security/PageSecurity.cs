using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Optimizer.Viewer.Security;

/// <summary>
/// Refuses requests for a foreign Host (421) and gives every answer a Content-Security-Policy that lets the page run
/// only its own scripts: markup from a study, were it ever parsed, could not run script or send data elsewhere.
/// </summary>
internal static class PageSecurity
{
    /// <summary>Scripts, styles and data from the viewer only; no inline script, no plugins, no framing, no foreign form targets.</summary>
    public const string ContentSecurityPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
        + "base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    public static void Use(IApplicationBuilder app, HostAllowList hosts) => app.Use(async (context, next) =>
    {
        if (!hosts.Admits(context.Request.Host.Host))
        {
            context.Response.StatusCode = StatusCodes.Status421MisdirectedRequest;
            context.Response.ContentType = "text/plain; charset=utf-8";
            context.Response.Headers.XContentTypeOptions = "nosniff";
            await context.Response.WriteAsync($"this viewer does not answer for host '{context.Request.Host.Host}'; open it as localhost or 127.0.0.1\n");
            return;
        }
        var headers = context.Response.Headers;
        headers.ContentSecurityPolicy = ContentSecurityPolicy;
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "no-referrer";
        await next(context);
    });
}
