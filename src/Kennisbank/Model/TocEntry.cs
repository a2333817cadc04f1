namespace Kennisbank.Model;

/// <summary>An entry of "Op deze pagina": a level-2 or level-3 heading with its stable id.</summary>
public sealed record TocEntry(int Level, string Text, string Id);
