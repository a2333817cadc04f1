using Kennisbank.Diagnostics;

namespace Kennisbank.Yaml;

/// <summary>A value together with the place it was written, so later stages can still point at it.</summary>
public readonly record struct Located<T>(T Value, SourceLocation At);
