using Kennisbank.Output;
using Scriban.Runtime;

namespace Kennisbank.Rendering;

/// <summary>
/// A Scriban output over a <see cref="Utf8Buffer"/>: templates write straight into UTF-8, the form pages are written
/// to disk in, and ready-made markup (an article body, a drawn partial) is appended as bytes without ever becoming
/// a string. With a <see cref="StringBuilderOutput"/> every page existed three more times (builder, string, bytes).
/// </summary>
public sealed class Utf8Output(Utf8Buffer buffer) : IScriptOutput
{
    public Utf8Buffer Buffer { get; } = buffer;

    public void Write(string text, int offset, int count) => Buffer.Write(text.AsSpan(offset, count));

    public ValueTask WriteAsync(string text, int offset, int count, CancellationToken cancellationToken)
    {
        Write(text, offset, count);
        return ValueTask.CompletedTask;
    }

    public override string ToString() => Buffer.ToString();
}
