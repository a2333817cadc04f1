namespace Kennisbank.Markdown;

/// <summary>
/// A part of an editor's raw HTML that the sanitizer left out because it would load something from elsewhere
/// (KB311) or lay itself over the page (KB312): what it was, in which element, and the text to find it by in the
/// Markdown source (<see cref="Needle"/>, else the element's start tag).
/// </summary>
public sealed record DroppedHtml(string Code, string What, string Element, string Needle);
