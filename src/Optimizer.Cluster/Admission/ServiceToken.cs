using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Optimizer.Cluster.Admission;

/// <summary>
/// The bearer token of <c>optimizer serve</c>, one per request: <c>v1.SECONDS.NONCE.MAC</c> with SECONDS the Unix time,
/// NONCE 32 random hex digits and MAC = hex(HMAC-SHA256(secret, "optimizer-serve\nSECONDS\nNONCE")), so the secret
/// itself never travels and a token is worth nothing after its validity window (see <see cref="ServiceTokenVerifier"/>).
/// </summary>
public static class ServiceToken
{
    public const string Version = "v1";

    private const int NonceBytes = 16;

    /// <summary>A fresh token for a request sent at <paramref name="now"/>.</summary>
    public static string Issue(StudySecret secret, DateTimeOffset now)
    {
        var seconds = now.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var nonce = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(NonceBytes));
        return $"{Version}.{seconds}.{nonce}.{Mac(secret, seconds, nonce)}";
    }

    /// <summary>The token's MAC over its time and nonce, as lower-case hex.</summary>
    public static string Mac(StudySecret secret, string seconds, string nonce) =>
        Convert.ToHexStringLower(secret.Sign(Encoding.UTF8.GetBytes($"optimizer-serve\n{seconds}\n{nonce}")));
}
