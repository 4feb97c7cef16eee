namespace Optimizer.Viewer;

/// <summary>Where the viewer reads its study and where it listens.</summary>
/// <param name="StorePath">The study's storage file (.db), opened read-only.</param>
/// <param name="Host">The address to bind: 127.0.0.1 keeps the page on this machine (reach it from elsewhere through an SSH tunnel).</param>
/// <param name="Port">The TCP port; 0 picks a free one.</param>
public sealed record ViewerOptions(string StorePath, string Host = "127.0.0.1", int Port = 8080)
{
    /// <summary>How often the store is asked whether a running study changed it.</summary>
    public TimeSpan PollInterval { get; init; } = TimeSpan.FromMilliseconds(250);
}
