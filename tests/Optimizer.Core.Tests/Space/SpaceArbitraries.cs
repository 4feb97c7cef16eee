using FsCheck;
using FsCheck.Fluent;
using Optimizer.Core.Space;

namespace Optimizer.Core.Tests.Space;

/// <summary>FsCheck generators of random search spaces (every parameter kind) and valid points of them.</summary>
public static class SpaceArbitraries
{
    public static Arbitrary<SpaceSample> SpaceSamples() => Arb.From(SpaceSampleGen);

    private static Gen<double> Fraction =>
        Gen.Frequency(
            (1, Gen.Constant(0.0)),
            (1, Gen.Constant(1.0)),
            (8, Gen.Choose(0, 1_000_000).Select(k => k / 1_000_000.0)));

    private static Gen<(Parameter Parameter, ParameterValue Value)> FloatLinear(string name) =>
        from low in Gen.Choose(-100_000, 100_000).Select(k => k * 0.0137)
        from width in Gen.Choose(1, 1_000_000).Select(k => k * 1e-3)
        from u in Fraction
        select ((Parameter)new FloatParameter(name, low, low + width), ParameterValue.Of(Math.Min(low + u * width, low + width)));

    private static Gen<(Parameter Parameter, ParameterValue Value)> FloatLog(string name) =>
        from exponent in Gen.Choose(-8, 4)
        from ratio in Gen.Choose(1, 100_000).Select(k => 1 + k * 0.01)
        from u in Fraction
        let low = 1.7 * Math.Pow(10, exponent)
        let high = low * ratio
        select ((Parameter)new FloatParameter(name, low, high, Log: true), ParameterValue.Of(Math.Min(low * Math.Pow(ratio, u), high)));

    private static Gen<(Parameter Parameter, ParameterValue Value)> IntLinear(string name) =>
        from low in Gen.Choose(-1_000_000, 1_000_000)
        from width in Gen.Choose(0, 1_000_000)
        from offset in Gen.Choose(0, width)
        select ((Parameter)new IntParameter(name, low, (long)low + width), ParameterValue.Of((double)low + offset));

    private static Gen<(Parameter Parameter, ParameterValue Value)> IntLog(string name) =>
        from low in Gen.Choose(1, 1000)
        from width in Gen.Choose(0, 1_000_000)
        from offset in Gen.Choose(0, width)
        select ((Parameter)new IntParameter(name, low, (long)low + width, Log: true), ParameterValue.Of((double)low + offset));

    private static Gen<(Parameter Parameter, ParameterValue Value)> Categorical(string name) =>
        from count in Gen.Choose(1, 6)
        from index in Gen.Choose(0, count - 1)
        let choices = Enumerable.Range(0, count).Select(i => $"choice{i}").ToArray()
        select ((Parameter)new CategoricalParameter(name, choices), ParameterValue.Of(choices[index]));

    private static Gen<(Parameter Parameter, ParameterValue Value)> AnyParameter(string name) =>
        Gen.OneOf(FloatLinear(name), FloatLog(name), IntLinear(name), IntLog(name), Categorical(name));

    private static Gen<SpaceSample> SpaceSampleGen =>
        from count in Gen.Choose(1, 6)
        from parameters in Gen.CollectToArray(Enumerable.Range(1, count).Select(i => AnyParameter($"p{i}")))
        select new SpaceSample(
            new SearchSpace(parameters.Select(p => p.Parameter)),
            parameters.ToDictionary(p => p.Parameter.Name, p => p.Value));
}
