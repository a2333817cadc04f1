namespace Kennisbank.FrontMatter;

/// <summary>
/// A file split in two: the YAML between the <c>---</c> lines and the Markdown body after them.
/// The line numbers let both parts report positions in the original file.
/// </summary>
public sealed record FrontMatterBlock(string Yaml, int YamlFirstLine, string Body, int BodyFirstLine);
