namespace Kennisbank.Content;

/// <summary>An article file as read from disk: its path for messages (relative, forward slashes) and its text.</summary>
public sealed record SourceFile(string DisplayPath, string FullPath, string Text);
