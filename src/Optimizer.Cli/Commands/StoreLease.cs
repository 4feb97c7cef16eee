using System.Globalization;
using System.Net;

namespace Optimizer.Cli.Commands;

/// <summary>
/// The exclusive right of one <c>run</c> or <c>coordinator</c> process to write a study store: a POSIX record lock
/// (fcntl, through <see cref="FileStream.Lock"/>) on <c>STORE.lock</c> beside it, which names its holder (host, pid,
/// since). The kernel drops the lock when its process dies, however it dies, so a stale lease is taken over at once; on
/// NFS the lock server does the same. POSIX locks belong to a process: one process takes one lease per store.
/// </summary>
internal sealed class StoreLease : IDisposable
{
    private const long LockedBytes = 1;
    private readonly FileStream _file;

    private StoreLease(FileStream file, string holder, string? previousHolder)
    {
        _file = file;
        Holder = holder;
        PreviousHolder = previousHolder;
    }

    /// <summary>This process, as the lock file names it: <c>pid 4242 on host login01 since 2026-12-01T21:40:00Z</c>.</summary>
    public string Holder { get; }

    /// <summary>The holder named in the lock file when this process took it: one that died without letting go, or null.</summary>
    public string? PreviousHolder { get; }

    public static string LockPathOf(string storePath) => storePath + ".lock";

    /// <summary>Takes the lease of the store at <paramref name="storePath"/>.</summary>
    /// <exception cref="StoreInUseException">Another living process holds it.</exception>
    /// <exception cref="IOException">The lock file cannot be created or written (a read-only directory).</exception>
    /// <exception cref="UnauthorizedAccessException">The lock file belongs to someone else.</exception>
    public static StoreLease Acquire(string storePath, DateTimeOffset now)
    {
        var file = Open(storePath);
        try
        {
            var previous = ReadHolder(file);
            if (!OperatingSystem.IsMacOS())
            {
                try
                {
                    file.Lock(0, LockedBytes);
                }
                catch (IOException)
                {
                    throw new StoreInUseException(storePath, previous ?? "another process");
                }
            }
            var holder = string.Create(CultureInfo.InvariantCulture,
                $"pid {Environment.ProcessId} on host {Dns.GetHostName()} since {now.UtcDateTime:yyyy-MM-ddTHH:mm:ssZ}");
            file.SetLength(0);
            using (var writer = new StreamWriter(file, leaveOpen: true))
                writer.WriteLine(holder);
            file.Flush(flushToDisk: true);
            return new StoreLease(file, holder, previous);
        }
        catch
        {
            file.Dispose();
            throw;
        }
    }

    // Emptied, so the next holder knows this one let go; the file stays, since removing it would let two processes lock two inodes.
    public void Dispose()
    {
        _file.SetLength(0);
        _file.Dispose();
    }

    // ReadWrite sharing: another process may open the file to read who holds it; the record lock is what excludes. On
    // macOS, where .NET has no record locks, the open itself excludes (flock), and the holder cannot be read.
    private static FileStream Open(string storePath)
    {
        var path = LockPathOf(storePath);
        if (!OperatingSystem.IsMacOS())
            return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.ReadWrite);
        try
        {
            return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException) when (File.Exists(path))
        {
            throw new StoreInUseException(storePath, "another process");
        }
    }

    private static string? ReadHolder(FileStream file)
    {
        using var reader = new StreamReader(file, leaveOpen: true);
        var line = reader.ReadLine()?.Trim();
        file.Position = 0;
        return string.IsNullOrEmpty(line) ? null : line;
    }
}
