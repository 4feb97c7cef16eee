using System.Runtime.InteropServices;
using System.Text;

namespace Optimizer.Cluster.Evaluators;

/// <summary>
/// Reads the result file an evaluator wrote, refusing anything that could hang or flood the study: it must be a
/// regular file (not a FIFO, a device, a socket or a link to one, checked with lstat before it is opened) of at most
/// <see cref="MaxBytes"/>.
/// </summary>
internal static partial class ResultFile
{
    public const int MaxBytes = 1024 * 1024;

    private const int CurrentDirectory = -100; // AT_FDCWD
    private const int NoFollow = 0x100; // AT_SYMLINK_NOFOLLOW
    private const uint TypeAndSize = 0x1 | 0x200; // STATX_TYPE | STATX_SIZE
    private const int NotFound = 2; // ENOENT
    private const int StatxBytes = 256;
    private const int ModeOffset = 28; // struct statx: stx_mode (u16); the layout is the same on every architecture
    private const int SizeOffset = 40; // stx_size (u64)
    private const int TypeMask = 0xF000;

    /// <summary>The file's text; null when there is no file; a failure reason when it cannot be used.</summary>
    public static (string? Text, string? Refusal) Read(string path)
    {
        var (kind, size) = Inspect(path);
        if (kind is null)
            return (null, null);
        if (kind != "regular file")
            return (null, $"is a {kind}, not a regular file; write the metrics into a plain file");
        if (size > MaxBytes)
            return (null, $"is {size} bytes, over the {MaxBytes / 1024 / 1024} MiB limit for metrics; write large outputs elsewhere");
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        var buffer = new byte[MaxBytes + 1];
        var total = 0;
        int read;
        while (total < buffer.Length && (read = stream.Read(buffer, total, buffer.Length - total)) > 0)
            total += read;
        return total > MaxBytes
            ? (null, $"grew past the {MaxBytes / 1024 / 1024} MiB limit for metrics while being read")
            : (Encoding.UTF8.GetString(buffer, 0, total), null);
    }

    // (kind, size) as lstat sees it; kind null when there is no file.
    private static (string? Kind, long Size) Inspect(string path)
    {
        if (!OperatingSystem.IsLinux())
        {
            var info = new FileInfo(path);
            if (!info.Exists)
                return (null, 0);
            return info.LinkTarget is not null ? ("symbolic link", 0) : ("regular file", info.Length);
        }
        var buffer = new byte[StatxBytes];
        if (Statx(CurrentDirectory, path, NoFollow, TypeAndSize, buffer) != 0)
        {
            var errno = Marshal.GetLastPInvokeError();
            return errno == NotFound ? (null, 0) : throw new IOException($"cannot inspect '{path}': errno {errno}");
        }
        var mode = BitConverter.ToUInt16(buffer, ModeOffset);
        var kind = (mode & TypeMask) switch
        {
            0x8000 => "regular file",
            0x4000 => "directory",
            0xA000 => "symbolic link",
            0x1000 => "FIFO",
            0x2000 => "character device",
            0x6000 => "block device",
            0xC000 => "socket",
            _ => "file of unknown type",
        };
        return (kind, (long)BitConverter.ToUInt64(buffer, SizeOffset));
    }

    [LibraryImport("libc", EntryPoint = "statx", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Statx(int directory, string path, int flags, uint mask, [Out] byte[] buffer);
}
