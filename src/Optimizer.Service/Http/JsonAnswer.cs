using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Optimizer.Core.Json;
using Optimizer.Core.Studies;

namespace Optimizer.Service.Http;

/// <summary>A JSON answer written with <see cref="Utf8JsonWriter"/>; trials in the <c>optimizer export</c> shape (<see cref="TrialJson"/>).</summary>
internal static class JsonAnswer
{
    public static IResult Of(Action<Utf8JsonWriter> write, int status = StatusCodes.Status200OK)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, TrialJson.Options(indented: false)))
        {
            json.WriteStartObject();
            write(json);
            json.WriteEndObject();
        }
        return new Answer(buffer.ToArray(), status);
    }

    /// <summary><c>{"error": message, "code": code}</c>.</summary>
    public static IResult Error(int status, string code, string message) => Of(json =>
    {
        json.WriteString("error", message);
        json.WriteString("code", code);
    }, status);

    public static void WriteTrials(Utf8JsonWriter json, string name, IEnumerable<Trial> trials)
    {
        json.WritePropertyName(name);
        TrialJson.WriteArray(json, trials);
    }

    private sealed class Answer(byte[] body, int status) : IResult
    {
        public Task ExecuteAsync(HttpContext context)
        {
            context.Response.StatusCode = status;
            context.Response.ContentType = "application/json; charset=utf-8";
            context.Response.ContentLength = body.Length;
            return context.Response.Body.WriteAsync(body).AsTask();
        }
    }
}
