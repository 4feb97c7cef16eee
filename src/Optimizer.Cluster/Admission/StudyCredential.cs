using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;

namespace Optimizer.Cluster.Admission;

/// <summary>
/// A study's credential (<c>optimizer secret new FILE</c>): a random shared <see cref="Secret"/> for the HMAC admission
/// and a self-signed certificate with its private key for mutually authenticated TLS between the study's nodes. One text
/// file holds all three as PEM blocks (<see cref="SecretLabel"/>, <c>CERTIFICATE</c>, <c>PRIVATE KEY</c>); every node of
/// the study loads the same file and accepts only peers presenting this certificate (<see cref="Thumbprint"/>).
/// </summary>
public sealed class StudyCredential
{
    /// <summary>PEM label of the shared secret's block.</summary>
    public const string SecretLabel = "OPTIMIZER STUDY SECRET";

    private const int SecretBytes = 32;
    private const int RsaKeyBits = 2048;
    private static readonly TimeSpan CertificateLifetime = TimeSpan.FromDays(3650);

    private readonly string _text;

    private StudyCredential(StudySecret secret, X509Certificate2 certificate, string text)
    {
        Secret = secret;
        Certificate = certificate;
        _text = text;
    }

    public StudySecret Secret { get; }

    /// <summary>The study's certificate, with its private key.</summary>
    public X509Certificate2 Certificate { get; }

    /// <summary>SHA-1 thumbprint of the certificate (hex), the one a peer must present.</summary>
    public string Thumbprint => Certificate.Thumbprint;

    /// <summary>A fresh credential: 32 random bytes and a new RSA-2048 self-signed certificate valid for ten years.</summary>
    public static StudyCredential Create(DateTimeOffset now)
    {
        var secret = RandomNumberGenerator.GetBytes(SecretBytes);
        using var key = RSA.Create(RsaKeyBits);
        var request = new CertificateRequest("CN=optimizer study", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, true));
        using var certificate = request.CreateSelfSigned(now.AddMinutes(-5), now + CertificateLifetime);
        return Parse(Format(secret, certificate.ExportCertificatePem(), key.ExportPkcs8PrivateKeyPem()), "(new credential)");
    }

    /// <summary>Reads a credential file written by <see cref="WriteTo"/>.</summary>
    /// <exception cref="InvalidDataException">The file lacks the secret, the certificate or the key, or they do not parse.</exception>
    public static StudyCredential FromFile(string path) => Parse(File.ReadAllText(path), path);

    /// <summary>Whether <paramref name="text"/> looks like a credential (holds the secret's PEM block) rather than a bare secret.</summary>
    public static bool IsCredentialText(string text) => text.Contains($"-----BEGIN {SecretLabel}-----", StringComparison.Ordinal);

    /// <summary>Writes the credential to a new file only its owner may read and write (mode 600); an existing file is never replaced.</summary>
    /// <exception cref="IOException">The file exists or cannot be created.</exception>
    public void WriteTo(string path)
    {
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        using var file = new StreamWriter(path, Encoding.ASCII, options);
        file.Write(_text);
    }

    private static string Format(byte[] secret, string certificatePem, string keyPem) =>
        "# optimizer study credential: a shared secret and the study's TLS certificate with its private key.\n" +
        "# Keep it private (chmod 600) and give the same file to the coordinator and to every worker.\n" +
        new string(PemEncoding.Write(SecretLabel, secret)) + "\n" + certificatePem + "\n" + keyPem + "\n";

    /// <summary>The shared secret's text (the base64 of its block) in a credential file's text, or null when it has none.</summary>
    internal static string? SecretText(string text) => Blocks(text).GetValueOrDefault(SecretLabel)?.Base64;

    private static StudyCredential Parse(string text, string source)
    {
        var blocks = Blocks(text);
        var secret = blocks.GetValueOrDefault(SecretLabel)?.Base64;
        var certificate = blocks.GetValueOrDefault("CERTIFICATE")?.Pem;
        var key = blocks.GetValueOrDefault("PRIVATE KEY")?.Pem;
        if (secret is null || certificate is null || key is null)
            throw new InvalidDataException(
                $"'{source}' is not a study credential (it needs the {SecretLabel}, CERTIFICATE and PRIVATE KEY blocks); " +
                $"create one with: optimizer secret new {source}");
        try
        {
            using var ephemeral = X509Certificate2.CreateFromPem(certificate, key);
            // Reloaded from PKCS#12 so the key is usable by TLS on every platform, not only as an ephemeral key.
            var usable = X509CertificateLoader.LoadPkcs12(ephemeral.Export(X509ContentType.Pkcs12), null);
            return new StudyCredential(StudySecret.FromText(secret), usable, text);
        }
        catch (CryptographicException e)
        {
            throw new InvalidDataException($"'{source}': the certificate or its key cannot be read: {e.Message}", e);
        }
    }

    // The first PEM block of each label: its whole text and its base64 content.
    private static Dictionary<string, PemBlock> Blocks(string text)
    {
        var blocks = new Dictionary<string, PemBlock>(StringComparer.Ordinal);
        var rest = text.AsSpan();
        while (PemEncoding.TryFind(rest, out var fields))
        {
            blocks.TryAdd(rest[fields.Label].ToString(), new PemBlock(rest[fields.Location].ToString(), rest[fields.Base64Data].ToString()));
            rest = rest[fields.Location.End..];
        }
        return blocks;
    }

    private sealed record PemBlock(string Pem, string Base64);
}
