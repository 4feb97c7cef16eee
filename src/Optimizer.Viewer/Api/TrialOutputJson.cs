using System.Text.Json;
using Optimizer.Core.Studies;

namespace Optimizer.Viewer.Api;

/// <summary><c>{"trial": 7, "attempt": 1, "stdout": "...", "stderr": "..."}</c>; <c>attempt</c> null and both texts empty when none is kept.</summary>
internal static class TrialOutputJson
{
    public static void Write(Utf8JsonWriter json, int trial, TrialOutput? output)
    {
        json.WriteStartObject();
        json.WriteNumber("trial", trial);
        if (output is null)
            json.WriteNull("attempt");
        else
            json.WriteNumber("attempt", output.Attempt);
        json.WriteString("stdout", output?.Stdout ?? "");
        json.WriteString("stderr", output?.Stderr ?? "");
        json.WriteEndObject();
    }
}
