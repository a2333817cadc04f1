namespace Kennisbank.Search;

// One entry of lunr's inverted index: a term, its term index (its dimension in the vector space, handed
// out in order of first occurrence) and, per field, the documents the term occurs in. lunr writes this as
// {"_index": n, "<field>": {"<ref>": {}}, ...}; with no metadata whitelisted every document maps to {}.

/// <summary>A term's entry in the inverted index.</summary>
internal sealed class Posting(string term, int termIndex, int fieldCount)
{
    public string Term { get; } = term;

    /// <summary>lunr's "_index": the term's position in the vector space.</summary>
    public int TermIndex { get; } = termIndex;

    /// <summary>Per field (in index field order), the ordinals of the documents containing the term.</summary>
    public List<int>?[] DocumentsByField { get; } = new List<int>?[fieldCount];

    /// <summary>The term's idf, set once all documents are merged.</summary>
    public double Idf { get; set; }

    public void Add(int field, int document) => (DocumentsByField[field] ??= new List<int>(2)).Add(document);

    /// <summary>lunr.idf's document count: (field, document) pairs, summed over fields.</summary>
    public int DocumentsWithTerm => DocumentsByField.Sum(docs => docs?.Count ?? 0);
}
