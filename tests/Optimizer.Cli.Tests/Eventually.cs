namespace Optimizer.Cli.Tests;

/// <summary>Waits for a condition on another process's state (a store file), checked every 50 ms, like TestKit's AwaitCondition.</summary>
internal static class Eventually
{
    public static async Task True(Func<bool> condition, TimeSpan timeout, string what)
    {
        using var deadline = new CancellationTokenSource(timeout);
        using var ticks = new PeriodicTimer(TimeSpan.FromMilliseconds(50));
        while (!condition())
        {
            if (deadline.IsCancellationRequested)
                throw new TimeoutException($"still waiting after {timeout.TotalSeconds} s for {what}");
            await ticks.WaitForNextTickAsync();
        }
    }
}
