using Microsoft.ML.Data;

namespace BdtTrigger.Evaluator;

/// <summary>One MAGIC event as ML.NET reads it: the 10 features and whether it is a gamma (signal).</summary>
internal sealed class TrainingEvent
{
    [VectorType(MagicTelescope.MagicTelescopeEvents.FeatureCount)]
    public float[] Features { get; set; } = [];

    public bool Label { get; set; }
}
