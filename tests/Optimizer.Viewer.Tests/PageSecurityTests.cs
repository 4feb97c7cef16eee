using System.Net;
using Optimizer.Viewer.Security;

namespace Optimizer.Viewer.Tests;

/// <summary>The viewer answers only for its own Host names (DNS rebinding) and sends its Content-Security-Policy.</summary>
public sealed class PageSecurityTests : IAsyncLifetime
{
    private readonly StudyStoreFile _store = new(StudyStoreFile.OneObjective);
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(10) };
    private ViewerServer? _viewer;

    private ViewerServer Viewer => _viewer ?? throw new InvalidOperationException("not started");

    public async Task InitializeAsync()
    {
        _store.Complete(0.5, new Dictionary<string, double> { ["loss"] = 1 });
        _viewer = await ViewerServer.StartAsync(new ViewerOptions(_store.Path, Port: 0), SqliteStudyOpener.Instance);
    }

    [Theory]
    [InlineData("evil.example")]
    [InlineData("attacker.test")]
    [InlineData("localhost.evil.example")]
    [InlineData("10.0.0.7")]
    public async Task Request_for_a_foreign_host_is_refused(string host)
    {
        foreach (var path in new[] { "", "api/study", "api/trials", "js/main.js" })
        {
            using var response = await Get(path, $"{host}:{Viewer.Url.Port}");

            Assert.Equal(HttpStatusCode.MisdirectedRequest, response.StatusCode);
            Assert.DoesNotContain("trials", await response.Content.ReadAsStringAsync());
        }
    }

    [Theory]
    [InlineData("localhost")]
    [InlineData("LOCALHOST")]
    [InlineData("127.0.0.1")]
    [InlineData("[::1]")]
    public async Task Request_for_a_loopback_host_is_answered(string host)
    {
        using var response = await Get("api/study", $"{host}:{Viewer.Url.Port}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("\"name\":\"single\"", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("")]
    [InlineData("api/study")]
    [InlineData("js/main.js")]
    public async Task Every_answer_carries_the_content_security_policy(string path)
    {
        using var response = await Get(path, $"127.0.0.1:{Viewer.Url.Port}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var policy = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self'", policy);
        Assert.Contains("default-src 'none'", policy);
        Assert.DoesNotContain("unsafe", policy);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
    }

    [Fact]
    public void Bound_name_is_admitted_and_other_names_are_not()
    {
        var hosts = HostAllowList.For("node17.cluster.example");

        Assert.True(hosts.Admits("node17.cluster.example"));
        Assert.True(hosts.Admits("localhost"));
        Assert.True(hosts.Admits("127.0.0.2"));
        Assert.False(hosts.Admits("evil.example"));
        Assert.False(hosts.Admits("10.0.0.7"));
        Assert.False(hosts.Admits(""));
    }

    [Fact]
    public void Wildcard_binding_admits_address_literals_but_not_foreign_names()
    {
        var hosts = HostAllowList.For("0.0.0.0");

        Assert.True(hosts.Admits("10.0.0.7"));
        Assert.True(hosts.Admits("[fe80::1]"));
        Assert.False(hosts.Admits("evil.example"));
    }

    public async Task DisposeAsync()
    {
        if (_viewer is not null)
            await _viewer.DisposeAsync();
        _http.Dispose();
        _store.Dispose();
    }

    private Task<HttpResponseMessage> Get(string path, string host)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, new Uri(Viewer.Url, path));
        request.Headers.Host = host;
        return _http.SendAsync(request);
    }
}
