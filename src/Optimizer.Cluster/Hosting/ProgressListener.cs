using Akka.Actor;
using Optimizer.Cluster.Protocol;

namespace Optimizer.Cluster.Hosting;

/// <summary>Hands every <see cref="ProgressChanged"/> on the event stream to a callback, one at a time, in order.</summary>
internal sealed class ProgressListener : ReceiveActor
{
    public ProgressListener(Action<ProgressChanged> onProgress) => Receive<ProgressChanged>(onProgress);

    public static Props Props(Action<ProgressChanged> onProgress) => Akka.Actor.Props.Create(() => new ProgressListener(onProgress));

    protected override void PreStart() => Context.System.EventStream.Subscribe(Self, typeof(ProgressChanged));
}
