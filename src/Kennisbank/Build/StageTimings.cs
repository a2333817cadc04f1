using System.Diagnostics;

namespace Kennisbank.Build;

/// <summary>How long each pipeline stage took in one build; printed by <c>build --timings</c>, used to find slow stages.</summary>
public sealed class StageTimings
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly List<(string Stage, TimeSpan Duration)> _stages = [];
    private TimeSpan _last;

    public IReadOnlyList<(string Stage, TimeSpan Duration)> Stages => _stages;

    public TimeSpan Elapsed => _clock.Elapsed;

    /// <summary>Marks the end of <paramref name="stage"/>, which started where the previous stage ended.</summary>
    public void Completed(string stage)
    {
        var now = _clock.Elapsed;
        _stages.Add((stage, now - _last));
        _last = now;
    }
}
