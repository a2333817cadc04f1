namespace Kennisbank.Search;

// An index term as the pipeline hands it to the builder: the term text plus a small integer id, unique per
// distinct text within one Pipeline. The ids only let the builder count and merge with arrays instead of
// hashing strings; they are not lunr's term indices, which the builder assigns in document order.

/// <summary>A distinct term produced by a <see cref="Pipeline"/>, with a dense id.</summary>
internal sealed class Term(string text, int id)
{
    public string Text { get; } = text;

    public int Id { get; } = id;

    public override string ToString() => Text;
}
