namespace Kennisbank.Rendering;

/// <summary>
/// Markup that is already safe (the sanitized article body, a rendered partial). Templates escape every other
/// value they print; only values wrapped in this type are written as they are.
/// </summary>
public sealed record RawHtml(string Html)
{
    public override string ToString() => Html;
}
