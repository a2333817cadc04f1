namespace Kennisbank.Search;

// Mirrors lunr.FieldRef: the key of one field of one document, written "field/ref". lunr splits it at the
// first '/', which is why field names may not contain one while document refs may.

/// <summary>The reference to one field of one document, serialized as <c>field/ref</c>.</summary>
public readonly record struct FieldRef(string DocRef, string FieldName)
{
    /// <summary>The separator lunr puts between field name and document ref.</summary>
    public const char Joiner = '/';

    /// <summary>Parses "field/ref", splitting at the first '/'.</summary>
    public static FieldRef Parse(string s)
    {
        int n = s.IndexOf(Joiner);
        if (n < 0)
        {
            throw new FormatException($"Malformed field ref '{s}': no '/'.");
        }

        return new FieldRef(s[(n + 1)..], s[..n]);
    }

    public override string ToString() => FieldName + Joiner + DocRef;
}
