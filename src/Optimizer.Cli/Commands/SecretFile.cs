using Optimizer.Cluster.Admission;

namespace Optimizer.Cli.Commands;

/// <summary>Reads a study's secret file for <c>coordinator</c> and <c>worker</c>, warning when others may read it.</summary>
internal static class SecretFile
{
    private const UnixFileMode OthersMayAccess =
        UnixFileMode.GroupRead | UnixFileMode.GroupWrite | UnixFileMode.OtherRead | UnixFileMode.OtherWrite;

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
}
