namespace Optimizer.Bench.Scaling;

/// <summary>
/// One line of the scaling report: median virtual time to target over the seeds (null if fewer than half reached it),
/// how many reached it, mean utilization up to the target, mean trials used, and the speed-up over one worker.
/// </summary>
public sealed record ScalingRow(
    string Problem, int Workers, string Mode, double? MedianTimeToTarget, int Reached, int Seeds, double Utilization,
    double MeanTrials, double? SpeedUp);
