namespace Optimizer.Core.Strategies;

/// <summary>
/// When a GP strategy's next proposal is still a point of its initial design. The design ends once <paramref name="Size"/>
/// trials have finished (failures count, never re-issued); with a <paramref name="HandOutLimit"/> it also ends once that
/// many trials have been handed out (finished plus running) and <paramref name="MinimumFinished"/> have finished, so many
/// asynchronous workers stop receiving blind points while few workers (who never hand out that many before the design
/// finishes) are unaffected. Either way the model needs <paramref name="MinimumSuccesses"/> successes.
/// </summary>
/// <param name="Size">design trials that end the design once finished.</param>
/// <param name="HandOutLimit">handed-out trials that also end it; null: none.</param>
/// <param name="MinimumFinished">finished trials the hand-out limit needs.</param>
/// <param name="MinimumSuccesses">successful trials the model needs.</param>
internal readonly record struct InitialDesignRule(int Size, int? HandOutLimit, int MinimumFinished, int MinimumSuccesses)
{
    /// <summary>Whether a proposal with <paramref name="finished"/> trials finished (<paramref name="succeeded"/> of them successfully) and <paramref name="pending"/> running is a design point.</summary>
    public bool IsDesignPoint(int finished, int succeeded, int pending)
    {
        if (succeeded < MinimumSuccesses)
            return true;
        if (finished >= Math.Max(Size, 1))
            return false;
        return HandOutLimit is not { } limit || finished + pending < limit || finished < MinimumFinished;
    }
}
