using Microsoft.Playwright;

namespace Optimizer.Viewer.Tests;

/// <summary>
/// One headless Debian chromium (<c>/usr/bin/chromium</c>, installed by <c>.ci/run</c>) shared by a test class, driven by
/// Playwright's node driver from its NuGet package: no browser is downloaded.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private const string Chromium = "/usr/bin/chromium";
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public IBrowser Browser => _browser ?? throw new InvalidOperationException("the browser has not started");

    public async Task InitializeAsync()
    {
        if (!File.Exists(Chromium))
            throw new FileNotFoundException($"{Chromium} is missing: apt-get install -y chromium (.ci/run does)", Chromium);
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium,
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
