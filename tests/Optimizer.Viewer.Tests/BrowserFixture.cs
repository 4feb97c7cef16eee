using Microsoft.Playwright;

namespace Optimizer.Viewer.Tests;

/// <summary>
/// One headless Debian chromium (<c>/usr/bin/chromium</c>, installed by <c>.ci/run</c>) shared by a test class, driven by
/// Playwright's node driver from its NuGet package: no browser is downloaded. When chromium is missing and not
/// required, it starts nothing: the class's <see cref="BrowserFactAttribute"/> tests are skipped.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private const float ExpectTimeoutMilliseconds = 30_000;

    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public IBrowser Browser => _browser ?? throw new InvalidOperationException("the browser has not started");

    public async Task InitializeAsync()
    {
        if (Chromium.SkipReason is not null)
            return;
        if (!Chromium.IsInstalled)
            throw new FileNotFoundException(
                $"{Chromium.ExecutablePath} is missing and {Chromium.RequireVariable}=1 requires it: {Chromium.InstallCommand}", Chromium.ExecutablePath);
        // Every expectation waits for its real condition; the bound is generous because a loaded 2-core machine renders slowly.
        Assertions.SetDefaultExpectTimeout(ExpectTimeoutMilliseconds);
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium.ExecutablePath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
            await _browser.DisposeAsync();
        _playwright?.Dispose();
    }
}
