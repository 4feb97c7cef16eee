namespace Optimizer.Viewer.Tests;

/// <summary>
/// Where the page tests find Debian's chromium, and whether its absence skips them (a developer's machine) or fails
/// them (<c>OPTIMIZER_REQUIRE_BROWSER=1</c>, set by <c>.ci/run</c>, which installs it).
/// </summary>
internal static class Chromium
{
    public const string ExecutablePath = "/usr/bin/chromium";
    public const string RequireVariable = "OPTIMIZER_REQUIRE_BROWSER";
    public const string InstallCommand = "apt-get install -y chromium";

    public static bool IsInstalled => File.Exists(ExecutablePath);

    public static bool IsRequired => Environment.GetEnvironmentVariable(RequireVariable) == "1";

    /// <summary>Null when the page tests run; otherwise why they are skipped and how to run them.</summary>
    public static string? SkipReason => IsInstalled || IsRequired
        ? null
        : $"{ExecutablePath} is missing: {InstallCommand} to run the page tests ({RequireVariable}=1 makes them required)";
}
