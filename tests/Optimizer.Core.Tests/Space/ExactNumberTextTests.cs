using System.Globalization;
using FsCheck.Xunit;
using Optimizer.Core.Space;

namespace Optimizer.Core.Tests.Space;

/// <summary>A parameter's number as an evaluator's argument: exact, in Python's notation, negatives never in exponent form.</summary>
public class ExactNumberTextTests
{
    [Theory]
    [InlineData(1e-4, "0.0001")]
    [InlineData(1e-5, "1e-05")]
    [InlineData(0.00012, "0.00012")]
    [InlineData(1.5e-7, "1.5e-07")]
    [InlineData(0.1, "0.1")]
    [InlineData(1.0 / 3, "0.3333333333333333")]
    [InlineData(120.0, "120")]
    [InlineData(9999999999999998.0, "9999999999999998")]
    [InlineData(1e16, "1e+16")]
    [InlineData(123456789012345678.0, "1.2345678901234568e+17")]
    [InlineData(5e-324, "5e-324")]
    [InlineData(double.MaxValue, "1.7976931348623157e+308")]
    [InlineData(0.0, "0")]
    public void Positive_numbers_are_written_as_python_repr_writes_them(double value, string expected)
    {
        Assert.Equal(expected, ExactNumberText.Format(value));
    }

    [Theory]
    [InlineData(-1e-5, "-0.00001")]
    [InlineData(-1.5e-7, "-0.00000015")]
    [InlineData(-2.5, "-2.5")]
    [InlineData(-1e16, "-10000000000000000")]
    [InlineData(-120.0, "-120")]
    public void Negative_numbers_are_positional(double value, string expected)
    {
        Assert.Equal(expected, ExactNumberText.Format(value));
    }

    [Property(MaxTest = 5000)]
    public bool Every_finite_number_reads_back_as_itself(double value) =>
        !double.IsFinite(value) || double.Parse(ExactNumberText.Format(value), CultureInfo.InvariantCulture).Equals(value == 0 ? 0.0 : value);

    [Property(MaxTest = 2000)]
    public bool No_number_is_written_with_a_capital_exponent_or_a_negative_exponent_form(double value)
    {
        var text = ExactNumberText.Format(value);
        return !text.Contains('E') && !(text.StartsWith('-') && text.Contains('e'));
    }
}
