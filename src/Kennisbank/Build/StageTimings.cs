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
    private TimeSpan _lastProcessor = Environment.CpuUsage.TotalTime;

    public IReadOnlyList<StageTiming> Stages => _stages;

    public TimeSpan Elapsed => _clock.Elapsed;

    /// <summary>Marks the end of <paramref name="stage"/>, which started where the previous stage ended.</summary>
    public void Completed(string stage)
    {
        var now = _clock.Elapsed;
        var pauses = GC.GetTotalPauseDuration();
        var allocated = GC.GetTotalAllocatedBytes();
        var processor = Environment.CpuUsage.TotalTime;
        _stages.Add(new StageTiming(stage, now - _last, pauses - _lastPauses, allocated - _lastAllocated) { ProcessorTime = processor - _lastProcessor });
        _lastProcessor = processor;
        _last = now;
        _lastPauses = pauses;
        _lastAllocated = allocated;
    }
}

/// <summary>
/// One stage's wall time, how much of it the garbage collector had the program paused, and how many bytes it
/// allocated (what makes those pauses: the less a stage allocates, the less often everything stops), and the CPU time
/// (user + system, all threads) it used: on a shared machine that, not the wall time, compares two versions.
/// </summary>
public sealed record StageTiming(string Stage, TimeSpan Duration, TimeSpan GarbageCollectionPauses, long AllocatedBytes)
{
    public TimeSpan ProcessorTime { get; init; }
}
