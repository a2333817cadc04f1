using System.Diagnostics;

namespace Kennisbank.Build;

/// <summary>How long each pipeline stage took in one build; printed by <c>build --timings</c>, used to find slow stages.</summary>
public sealed class StageTimings
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly List<StageTiming> _stages = [];
    private TimeSpan _last;
    private TimeSpan _lastPauses = GC.GetTotalPauseDuration();
    private long _lastAllocated = GC.GetTotalAllocatedBytes();

    public IReadOnlyList<StageTiming> Stages => _stages;

    public TimeSpan Elapsed => _clock.Elapsed;

    /// <summary>Marks the end of <paramref name="stage"/>, which started where the previous stage ended.</summary>
    public void Completed(string stage)
    {
        var now = _clock.Elapsed;
        var pauses = GC.GetTotalPauseDuration();
        var allocated = GC.GetTotalAllocatedBytes();
        _stages.Add(new StageTiming(stage, now - _last, pauses - _lastPauses, allocated - _lastAllocated));
        _last = now;
        _lastPauses = pauses;
        _lastAllocated = allocated;
    }
}

/// <summary>
/// One stage's wall time, how much of it the garbage collector had the program paused, and how many bytes it
/// allocated (what makes those pauses: the less a stage allocates, the less often everything stops).
/// </summary>
public sealed record StageTiming(string Stage, TimeSpan Duration, TimeSpan GarbageCollectionPauses, long AllocatedBytes);
