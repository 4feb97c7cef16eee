namespace Optimizer.Service.Serving;

/// <summary>
/// Who holds each running trial, and until when: a client's heartbeats move its deadline, and a trial whose deadline
/// passed is returned to the queue by its owner. Not thread-safe: owned by <see cref="ServedStudy"/> under its lock.
/// </summary>
internal sealed class TrialLeases(TimeSpan timeout)
{
    private readonly Dictionary<int, TrialLease> _leases = [];

    public TimeSpan Timeout { get; } = timeout;

    public int Count => _leases.Count;

    public void Grant(int number, int attempt, string holder, DateTimeOffset now) =>
        _leases[number] = new TrialLease(attempt, holder, now + Timeout);

    /// <summary>Moves the deadline of the trial's lease for <paramref name="attempt"/>; false when that attempt holds none.</summary>
    public bool Renew(int number, int attempt, DateTimeOffset now)
    {
        if (!_leases.TryGetValue(number, out var lease) || lease.Attempt != attempt)
            return false;
        _leases[number] = lease with { Expires = now + Timeout };
        return true;
    }

    public void Release(int number) => _leases.Remove(number);

    /// <summary>The trials whose lease expired before <paramref name="now"/>, by number.</summary>
    public IReadOnlyList<int> Lapsed(DateTimeOffset now) =>
        _leases.Where(l => l.Value.Expires < now).Select(l => l.Key).Order().ToArray();
}

/// <summary>A running attempt held by <paramref name="Holder"/> (the client's name) until <paramref name="Expires"/>.</summary>
internal sealed record TrialLease(int Attempt, string Holder, DateTimeOffset Expires);
