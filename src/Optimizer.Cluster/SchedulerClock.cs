using Akka.Actor;

namespace Optimizer.Cluster;

/// <summary>
/// An actor system's scheduler as a <see cref="TimeProvider"/>, so that leases, recorded times and actor timers read one
/// clock: the wall clock in a running study, virtual time under Akka's <c>TestScheduler</c>.
/// </summary>
public sealed class SchedulerClock(IScheduler scheduler) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => scheduler.Now.ToUniversalTime();

    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    public override long GetTimestamp() => scheduler.MonotonicClock.Ticks;
}
