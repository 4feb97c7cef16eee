using Optimizer.Cluster.Admission;
using Optimizer.Cluster.Hosting;

namespace Optimizer.Cli.Commands;

/// <summary>
/// Loads the study's credential for <c>coordinator</c> and <c>worker</c>: refuses a file that group or others may
/// access, and chooses the transport: TLS pinned to the credential's certificate, or plain TCP with <c>--insecure</c>.
/// </summary>
internal static class SecretFile
{
    private const UnixFileMode OthersMayAccess =
        UnixFileMode.GroupRead | UnixFileMode.GroupWrite | UnixFileMode.GroupExecute |
        UnixFileMode.OtherRead | UnixFileMode.OtherWrite | UnixFileMode.OtherExecute;

    /// <summary>
    /// The secret of <c>serve</c>, whose file group and others may not read or write (mode 600 or 400): or null after
    /// printing what is wrong and the chmod that fixes it.
    /// </summary>
    public static StudySecret? ReadPrivate(string path)
    {
        try
        {
            return IsPrivate(path) ? StudySecret.FromFile(path) : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            Console.Error.WriteLine($"error: --secret-file {path}: {e.Message}");
            return null;
        }
    }

    /// <summary>The transport and the admission secret, or null after printing one line on what is wrong.</summary>
    /// <param name="insecure">--insecure: plain TCP; a bare secret file (no certificate) is then accepted too.</param>
    public static (ClusterTransport Transport, StudySecret Secret)? Read(string path, bool insecure)
    {
        try
        {
            if (!IsPrivate(path))
                return null;
            if (insecure)
            {
                Console.Error.WriteLine("warning: --insecure: cluster traffic is plain TCP, neither authenticated nor encrypted; " +
                                        "anyone who reaches this port can read it and send messages (only the secret's admission check remains)");
                return (ClusterTransport.PlainTcp, StudySecret.FromFile(path));
            }
            if (!StudyCredential.IsCredentialText(File.ReadAllText(path)))
            {
                Console.Error.WriteLine($"error: --secret-file {path} holds a bare secret, not a study credential; " +
                                        $"create one with: optimizer secret new FILE (or run every node with --insecure)");
                return null;
            }
            var credential = StudyCredential.FromFile(path);
            return (ClusterTransport.Tls(credential), credential.Secret);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            Console.Error.WriteLine($"error: --secret-file {path}: {e.Message}");
            return null;
        }
    }

    // Group and others may neither read nor write nor enter it (mode 600 or 400); otherwise says so, with the chmod that fixes it.
    private static bool IsPrivate(string path)
    {
        if (OperatingSystem.IsWindows())
            return true;
        var mode = File.GetUnixFileMode(path);
        if ((mode & OthersMayAccess) == 0)
            return true;
        Console.Error.WriteLine($"error: --secret-file {path}: group or others may access it (mode {Octal(mode)}); restrict it with: chmod 600 {path}");
        return false;
    }

    private static string Octal(UnixFileMode mode) => Convert.ToString((int)mode & 0x1FF, 8).PadLeft(3, '0');
}
