namespace Optimizer.Viewer.Tests;

/// <summary>A page test: skipped with the install command when chromium is missing, unless it is required.</summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        Skip = Chromium.SkipReason;
    }
}
