namespace Kennisbank.Model;

/// <summary>A tag as the editor wrote it, and the slug its page lives at.</summary>
public sealed record Tag(string Label, string Slug);
