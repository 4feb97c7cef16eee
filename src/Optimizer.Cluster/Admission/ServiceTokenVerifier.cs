using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Optimizer.Cluster.Admission;

/// <summary>
/// Checks the <see cref="ServiceToken"/> of each request: signed with the study's secret, issued within
/// <paramref name="window"/> of now (either side: clocks of two machines differ a little), and never seen before
/// (a token copied off the wire cannot be replayed). Thread-safe.
/// </summary>
public sealed class ServiceTokenVerifier(StudySecret secret, TimeProvider clock, TimeSpan window)
{
    private const int NonceHexDigits = 32;
    private const int MacHexDigits = 64;

    private readonly Lock _gate = new();
    private readonly HashSet<string> _seen = new(StringComparer.Ordinal);
    private readonly Queue<(long Seconds, string Nonce)> _seenInOrder = new();

    /// <summary>Null when <paramref name="token"/> admits the request, otherwise why not, in words for the caller.</summary>
    public string? Refusal(string? token)
    {
        if (string.IsNullOrEmpty(token))
            return "no credential: send 'Authorization: Bearer TOKEN' signed with the study's secret (see the README's HTTP API)";
        var parts = token.Split('.');
        if (parts.Length != 4 || parts[0] != ServiceToken.Version
            || !long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            || parts[2].Length != NonceHexDigits || parts[3].Length != MacHexDigits)
            return $"malformed credential: expected {ServiceToken.Version}.SECONDS.NONCE.MAC";
        var expected = Encoding.ASCII.GetBytes(ServiceToken.Mac(secret, parts[1], parts[2]));
        if (!CryptographicOperations.FixedTimeEquals(expected, Encoding.ASCII.GetBytes(parts[3].ToLowerInvariant())))
            return "wrong credential: the token is not signed with this study's secret";
        var now = clock.GetUtcNow().ToUnixTimeSeconds();
        if (Math.Abs(now - seconds) > window.TotalSeconds)
            return $"expired credential: issued {now - seconds} s from now, outside ±{window.TotalSeconds:F0} s (are the clocks of both machines set?)";
        lock (_gate)
        {
            while (_seenInOrder.Count > 0 && _seenInOrder.Peek().Seconds < now - window.TotalSeconds)
                _seen.Remove(_seenInOrder.Dequeue().Nonce);
            if (!_seen.Add(parts[2]))
                return "replayed credential: this token was already used; sign each request anew";
            _seenInOrder.Enqueue((seconds, parts[2]));
        }
        return null;
    }
}
