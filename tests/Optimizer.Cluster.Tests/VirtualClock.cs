using Akka.TestKit;

namespace Optimizer.Cluster.Tests;

/// <summary>
/// A <see cref="TestScheduler"/>'s virtual time as a <see cref="TimeProvider"/>, timestamps included: <see cref="SchedulerClock"/>
/// takes its timestamps from the scheduler's monotonic clock, which the test scheduler leaves on real time, so durations
/// measured on it (a trial's evaluation time) would not follow <see cref="TestScheduler.Advance"/>.
/// </summary>
internal sealed class VirtualClock(TestScheduler scheduler) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => scheduler.Now.ToUniversalTime();

    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    public override long GetTimestamp() => scheduler.Now.UtcTicks;
}
