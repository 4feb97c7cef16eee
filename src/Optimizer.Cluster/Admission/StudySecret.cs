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

    /// <summary>Reads the secret: the file's content without surrounding white space (a trailing newline is usual).</summary>
    /// <exception cref="InvalidDataException">The file is empty.</exception>
    public static StudySecret FromFile(string path)
    {
        var text = File.ReadAllText(path).Trim();
        if (text.Length == 0)
            throw new InvalidDataException($"the secret file '{path}' is empty; create one with: openssl rand -hex 32 > {path}");
        return FromText(text);
    }

    /// <summary>A secret from its text (tests and benchmarks).</summary>
    public static StudySecret FromText(string text) => new(Encoding.UTF8.GetBytes(text));

    /// <summary>A fresh random nonce, base64.</summary>
    public static string NewNonce() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

    /// <summary>HMAC-SHA256(secret, nonce bytes || UTF-8 name), base64.</summary>
    public string Prove(string nonce, string name)
    {
        var nonceBytes = Convert.FromBase64String(nonce);
        var message = nonceBytes.Concat(Encoding.UTF8.GetBytes(name)).ToArray();
        return Convert.ToBase64String(HMACSHA256.HashData(_key, message));
    }

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
