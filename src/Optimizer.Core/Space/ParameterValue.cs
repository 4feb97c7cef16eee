namespace Optimizer.Core.Space;

/// <summary>The value of one parameter in a trial: a number (float or integer) or a categorical choice.</summary>
public readonly record struct ParameterValue
{
    private ParameterValue(double number, string? choice)
    {
        Number = number;
        Choice = choice;
    }

    /// <summary>The numeric value; NaN for a categorical value.</summary>
    public double Number { get; }

    /// <summary>The categorical choice; null for a numeric value.</summary>
    public string? Choice { get; }

    public bool IsCategorical => Choice is not null;

    public static ParameterValue Of(double number) => new(number, null);

    public static ParameterValue Of(string choice) => new(double.NaN, choice ?? throw new ArgumentNullException(nameof(choice)));

    /// <summary>Invariant text: the number as <see cref="ExactNumberText"/> writes it, or the choice itself.</summary>
    public override string ToString() => Choice ?? ExactNumberText.Format(Number);
}
