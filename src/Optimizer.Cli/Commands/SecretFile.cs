using Optimizer.Cluster.Admission;

namespace Optimizer.Cli.Commands;

/// <summary>Reads a study's secret file for <c>coordinator</c> and <c>worker</c>, warning when others may read it.</summary>
internal static class SecretFile
{
    private const UnixFileMode OthersMayAccess =
        UnixFileMode.GroupRead | UnixFileMode.GroupWrite | UnixFileMode.OtherRead | UnixFileMode.OtherWrite;

    /// <summary>
    /// The secret of <c>serve</c>, whose file group and others may not read or write (mode 600 or 400): or null after
    /// printing what is wrong and the chmod that fixes it.
    /// </summary>
    public static StudySecret? ReadPrivate(string path)
    {
        try
        {
            if (!OperatingSystem.IsWindows() && File.GetUnixFileMode(path) is var mode
                && (mode & (OthersMayAccess | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute)) != 0)
            {
                Console.Error.WriteLine($"error: --secret-file {path}: group or others may access it (mode {Octal(mode)}); " +
                                        $"restrict it with: chmod 600 {path}");
                return null;
            }
            return StudySecret.FromFile(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            Console.Error.WriteLine($"error: --secret-file {path}: {e.Message}");
            return null;
        }
    }

    /// <summary>The secret, or null after printing what is wrong with the file.</summary>
    public static StudySecret? Read(string path)
    {
        try
        {
            if (!OperatingSystem.IsWindows() && (File.GetUnixFileMode(path) & OthersMayAccess) != 0)
                Console.Error.WriteLine($"warning: {path} may be read by other users; restrict it with: chmod 600 {path}");
            return StudySecret.FromFile(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            Console.Error.WriteLine($"error: --secret-file {path}: {e.Message}");
            return null;
        }
    }

    private static string Octal(UnixFileMode mode) => Convert.ToString((int)mode & 0x1FF, 8).PadLeft(3, '0');
}
