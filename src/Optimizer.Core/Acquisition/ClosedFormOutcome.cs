using Optimizer.Core.Models;
using Optimizer.Core.Space;

namespace Optimizer.Core.Acquisition;

/// <summary>
/// An outcome known in closed form of the parameters (e.g. an FPGA resource estimate), computed exactly at the decoded
/// point and mapped to model units by a linear <see cref="OutputTransform"/>. Its gradient on the unit cube is a central
/// difference (zero along integer and categorical coordinates, where the decoded value is piecewise constant).
/// </summary>
internal sealed class ClosedFormOutcome(SearchSpace space, Func<Assignment, double> function, OutputTransform transform)
{
    private const double Step = 1e-6;

    /// <summary>The outcome at encoded <paramref name="x"/>, in model units; d value / dx into <paramref name="gradient"/> unless it is empty.</summary>
    public double Evaluate(ReadOnlySpan<double> x, Span<double> gradient)
    {
        var value = At(x);
        if (gradient.IsEmpty) return value;
        var shifted = x.ToArray();
        for (var i = 0; i < shifted.Length; i++)
        {
            var low = Math.Max(0.0, x[i] - Step);
            var high = Math.Min(1.0, x[i] + Step);
            shifted[i] = high;
            var up = At(shifted);
            shifted[i] = low;
            var down = At(shifted);
            shifted[i] = x[i];
            gradient[i] = (up - down) / (high - low);
        }
        return value;
    }

    private double At(ReadOnlySpan<double> x) => transform.Forward(function(space.Decode(x)));
}
