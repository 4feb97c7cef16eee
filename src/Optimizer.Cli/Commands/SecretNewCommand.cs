using Optimizer.Cluster.Admission;
using Spectre.Console.Cli;

namespace Optimizer.Cli.Commands;

/// <summary>
/// <c>optimizer secret new FILE</c>: writes a fresh study credential (a shared secret and a self-signed TLS certificate
/// with its key) to a new file of mode 600. An existing file is never replaced.
/// </summary>
internal sealed class SecretNewCommand : Command<SecretNewSettings>
{
    public override int Execute(CommandContext context, SecretNewSettings settings, CancellationToken cancellationToken)
    {
        try
        {
            StudyCredential.Create(DateTimeOffset.UtcNow).WriteTo(settings.File);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"error: {settings.File}: {e.Message}");
            return ExitCodes.BadInput;
        }
        Console.Error.WriteLine($"wrote a new study credential to {settings.File} (mode 600); copy it, kept private, to the " +
                                $"coordinator's and every worker's machine and pass it with --secret-file {settings.File}");
        return ExitCodes.Success;
    }
}
