using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Optimizer.Core.Json;

namespace Optimizer.Viewer.Api;

/// <summary>A JSON response written by hand with <see cref="Utf8JsonWriter"/> (the shapes are fixed by the export format).</summary>
internal static class JsonResult
{
    public static IResult Of(Action<Utf8JsonWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, TrialJson.Options(indented: false)))
            write(json);
        return Results.Bytes(buffer.ToArray(), "application/json; charset=utf-8");
    }
}
