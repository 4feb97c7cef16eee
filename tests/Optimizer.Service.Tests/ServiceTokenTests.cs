using Optimizer.Cluster.Admission;

namespace Optimizer.Service.Tests;

public sealed class ServiceTokenTests
{
    private static readonly TimeSpan Window = TimeSpan.FromSeconds(60);
    private readonly StudySecret _secret = StudySecret.FromText("correct horse");
    private readonly ManualClock _clock = ManualClock.At2026();

    [Fact]
    public void The_mac_is_the_one_the_python_client_computes()
    {
        // python3 -c "import hmac, hashlib; print(hmac.new(b'correct horse',
        //   b'optimizer-serve\n1764620000\n00112233445566778899aabbccddeeff', hashlib.sha256).hexdigest())"
        Assert.Equal("6cda17c9017d2e9971a0b191cba498cb84770411eb359386dd977943c01d6141",
            ServiceToken.Mac(_secret, "1764620000", "00112233445566778899aabbccddeeff"));
    }

    [Fact]
    public void A_fresh_token_is_admitted_once()
    {
        var verifier = new ServiceTokenVerifier(_secret, _clock, Window);
        var token = ServiceToken.Issue(_secret, _clock.GetUtcNow());

        Assert.Null(verifier.Refusal(token));
        Assert.StartsWith("replayed credential", verifier.Refusal(token));
        Assert.Null(verifier.Refusal(ServiceToken.Issue(_secret, _clock.GetUtcNow())));
    }

    [Fact]
    public void A_token_of_another_secret_is_refused()
    {
        var verifier = new ServiceTokenVerifier(_secret, _clock, Window);

        Assert.StartsWith("wrong credential", verifier.Refusal(ServiceToken.Issue(StudySecret.FromText("battery staple"), _clock.GetUtcNow())));
    }

    [Fact]
    public void A_token_outside_the_window_either_side_is_refused()
    {
        var verifier = new ServiceTokenVerifier(_secret, _clock, Window);

        Assert.StartsWith("expired credential", verifier.Refusal(ServiceToken.Issue(_secret, _clock.GetUtcNow() - Window - TimeSpan.FromSeconds(2))));
        Assert.StartsWith("expired credential", verifier.Refusal(ServiceToken.Issue(_secret, _clock.GetUtcNow() + Window + TimeSpan.FromSeconds(2))));
        Assert.Null(verifier.Refusal(ServiceToken.Issue(_secret, _clock.GetUtcNow() - Window + TimeSpan.FromSeconds(2))));
    }

    [Fact]
    public void A_nonce_is_forgotten_only_after_its_token_expired()
    {
        var verifier = new ServiceTokenVerifier(_secret, _clock, Window);
        var token = ServiceToken.Issue(_secret, _clock.GetUtcNow());
        Assert.Null(verifier.Refusal(token));

        _clock.Advance(Window + TimeSpan.FromSeconds(5));
        Assert.Null(verifier.Refusal(ServiceToken.Issue(_secret, _clock.GetUtcNow())));   // prunes the old nonce

        Assert.StartsWith("expired credential", verifier.Refusal(token));
    }

    [Theory]
    [InlineData(null, "no credential")]
    [InlineData("", "no credential")]
    [InlineData("v1.1.2.3", "malformed credential")]
    [InlineData("v2.1764620000.00112233445566778899aabbccddeeff.6cda17c9017d2e9971a0b191cba498cb84770411eb359386dd977943c01d6141", "malformed credential")]
    [InlineData("v1.-5.00112233445566778899aabbccddeeff.6cda17c9017d2e9971a0b191cba498cb84770411eb359386dd977943c01d6141", "malformed credential")]
    [InlineData("v1.1764620000.00112233445566778899aabbccddeeff.0cda17c9017d2e9971a0b191cba498cb84770411eb359386dd977943c01d6141", "wrong credential")]
    public void Malformed_and_forged_tokens_are_refused_with_the_reason(string? token, string reason)
    {
        Assert.StartsWith(reason, new ServiceTokenVerifier(_secret, _clock, Window).Refusal(token));
    }
}
