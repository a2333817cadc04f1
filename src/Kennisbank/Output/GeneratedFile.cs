namespace Kennisbank.Output;

/// <summary>A finished output file: its site path and its bytes. The origin names what produced it, for collision messages.</summary>
public sealed record GeneratedFile(string SitePath, ReadOnlyMemory<byte> Content, string Origin);
