using System.Security.Cryptography;
using System.Text;

namespace Optimizer.Cluster.Admission;

/// <summary>
/// The shared secret of a study, read from a file that only its owner can read. It proves a worker node's right to
/// join by HMAC-SHA256 over a nonce and the node's name; the secret itself is never sent.
/// </summary>
public sealed class StudySecret
{
    private readonly byte[] _key;

    private StudySecret(byte[] key) => _key = key;

    /// <summary>
    /// Reads the secret: from a study credential (<see cref="StudyCredential"/>), the text of its secret block; from any
    /// other file, its content without surrounding white space (a trailing newline is usual).
    /// </summary>
    /// <exception cref="InvalidDataException">The file is empty.</exception>
    public static StudySecret FromFile(string path)
    {
        var text = File.ReadAllText(path);
        var secret = StudyCredential.IsCredentialText(text) ? StudyCredential.SecretText(text) ?? "" : text.Trim();
        if (secret.Length == 0)
            throw new InvalidDataException($"the secret file '{path}' is empty; create one with: optimizer secret new {path}");
        return FromText(secret);
    }

    /// <summary>A secret from its text (tests and benchmarks).</summary>
    public static StudySecret FromText(string text) => new(Encoding.UTF8.GetBytes(text));

    /// <summary>Length of a nonce in bytes.</summary>
    public const int NonceBytes = 32;

    /// <summary>A fresh random nonce, base64.</summary>
    public static string NewNonce() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(NonceBytes));

    /// <summary>HMAC-SHA256(secret, nonce bytes || UTF-8 name), base64.</summary>
    public string Prove(string nonce, string name)
    {
        var nonceBytes = Convert.FromBase64String(nonce);
        var message = nonceBytes.Concat(Encoding.UTF8.GetBytes(name)).ToArray();
        return Convert.ToBase64String(HMACSHA256.HashData(_key, message));
    }

    /// <summary>
    /// The coordinator's proof for a worker node: HMAC over the node's nonce and <c>coordinator ADDRESS for NAME</c>, so it
    /// is never a worker's proof, and binds the coordinator's own address, which the node checks against the one it joined.
    /// </summary>
    public string ProveCoordinator(string nonce, string coordinatorAddress, string name) => Prove(nonce, CoordinatorStatement(coordinatorAddress, name));

    /// <summary>Whether <paramref name="mac"/> is this secret's <see cref="ProveCoordinator"/> proof; compared in constant time.</summary>
    public bool VerifiesCoordinator(string nonce, string coordinatorAddress, string name, string mac) =>
        Verifies(nonce, CoordinatorStatement(coordinatorAddress, name), mac);

    private static string CoordinatorStatement(string coordinatorAddress, string name) => $"coordinator {coordinatorAddress} for {name}";

    /// <summary>HMAC-SHA256(secret, <paramref name="message"/>): what <see cref="ServiceToken"/> signs.</summary>
    public byte[] Sign(ReadOnlySpan<byte> message) => HMACSHA256.HashData(_key, message);

    /// <summary>Whether <paramref name="mac"/> is this secret's proof for the nonce and name; compared in constant time.</summary>
    public bool Verifies(string nonce, string name, string mac)
    {
        Span<byte> given = stackalloc byte[64];
        return Convert.TryFromBase64String(mac, given, out var length)
               && CryptographicOperations.FixedTimeEquals(given[..length], Convert.FromBase64String(Prove(nonce, name)));
    }
}
