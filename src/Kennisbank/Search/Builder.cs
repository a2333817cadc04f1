namespace Kennisbank.Search;

// Mirrors lunr.Builder with lunr.nl applied: declare the fields, add documents in order, build once.
// The result must equal what lunr.js computes for the same documents, so the work follows lunr's steps:
//   1. per document and field, tokenize and run the pipeline, counting term frequencies (lunr's add);
//      independent per document, so done in parallel, results kept in document order;
//   1b. only for fields with a kept-terms percentage (ours, not lunr's): drop each document's least
//      distinctive terms there (TermPruning); IndexedDocument gives the texts lunr.js would need to build
//      the same index;
//   2. average field lengths, then a sequential merge in document → field → first-occurrence order, which
//      hands out term indices exactly when lunr's add would meet each term for the first time, and scores every
//      posting as lunr's field vectors would (BM25, k1 = 1.2, b = 0.75, rounded to 0.001; InvertedIndex).
// Memory: a site of 100,000 articles has tens of millions of (term, field, document) postings. A document's field
// texts are made only when it is analysed (Add can take them as a function) and dropped right after; its analysed
// terms are dropped as soon as its postings are merged; the postings are the only copy of the scores.
// lunr keeps documents in objects, so their JSON order is JavaScript's key order (see JavaScriptKeyOrder).

/// <summary>Builds a lunr 2.3.9 index (Dutch pipeline) that serializes exactly as lunr.js would.</summary>
public sealed class Builder
{
    private readonly SearchField[] _fields;
    private readonly Pipeline _pipeline;
    private readonly List<string> _refs = [];
    private readonly List<Func<IReadOnlyDictionary<string, FieldValue>>> _documents = [];
    private readonly HashSet<string> _refSet = new(StringComparer.Ordinal);
    private FieldTerms[][]? _indexed;
    private bool _built;

    /// <summary>A builder for the given fields, in declaration order (lunr.Builder#field).</summary>
    public Builder(IEnumerable<SearchField> fields, Pipeline? pipeline = null)
    {
        SearchField[] declared = fields.ToArray();
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (SearchField field in declared)
        {
            if (field.Name.Contains(FieldRef.Joiner))
            {
                throw new ArgumentException($"Field '{field.Name}' contains illegal character '/'.", nameof(fields));
            }

            if (field.Name == "_index" || !names.Add(field.Name))
            {
                throw new ArgumentException($"Field name '{field.Name}' is reserved or declared twice.", nameof(fields));
            }
        }

        // lunr keeps fields in an object, so "1" would be enumerated before "title".
        _fields = JavaScriptKeyOrder.Order(declared.Select(f => f.Name).ToArray()).Select(i => declared[i]).ToArray();
        _pipeline = pipeline ?? Pipeline.Shared;
    }

    /// <summary>The fields in the order lunr enumerates them.</summary>
    public IReadOnlyList<SearchField> Fields => _fields;

    /// <summary>
    /// Adds a document (lunr.Builder#add). Fields missing from <paramref name="fields"/> are indexed as empty;
    /// unknown keys are ignored. Refs must be unique.
    /// </summary>
    public void Add(string docRef, IReadOnlyDictionary<string, FieldValue> fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        Add(docRef, () => fields);
    }

    /// <summary>
    /// Adds a document whose fields <paramref name="fields"/> makes when the index is built (and again for
    /// <see cref="IndexedDocument"/>), so that the texts of all documents are never held at once.
    /// </summary>
    public void Add(string docRef, Func<IReadOnlyDictionary<string, FieldValue>> fields)
    {
        ArgumentNullException.ThrowIfNull(docRef);
        ArgumentNullException.ThrowIfNull(fields);
        if (!_refSet.Add(docRef))
        {
            throw new ArgumentException($"A document with ref '{docRef}' was already added.", nameof(docRef));
        }

        _refs.Add(docRef);
        _documents.Add(fields);
    }

    /// <summary>Builds the index from the documents added so far.</summary>
    public LunrIndex Build()
    {
        FieldTerms[][] analysed = Analyse();
        TermPruning.Apply(analysed, _fields, AverageFieldLengths(analysed), _pipeline.TermIdLimit);
        bool pruned = _fields.Any(f => f.KeptTermsPercent is not null);
        _indexed = pruned ? analysed : null;
        _built = true;
        var scoring = new FieldScoring(_fields.Select(f => Bm25.EffectiveBoost(f.Boost)).ToArray(), AverageFieldLengths(analysed));
        var invertedIndex = InvertedIndex.Merge(analysed, scoring, _pipeline.TermIdLimit, _pipeline.TermText, keepAnalysed: pruned);
        return new LunrIndex(_fields.Select(f => f.Name).ToArray(), _refs.ToArray(), invertedIndex);
    }

    /// <summary>
    /// The fields of an added document as <see cref="Build"/> indexed them: unchanged, except that a field with a
    /// kept-terms percentage holds only the tokens of the terms that were kept. lunr.js builds the same index
    /// from these values.
    /// </summary>
    public IReadOnlyDictionary<string, FieldValue> IndexedDocument(string docRef)
    {
        if (!_built)
        {
            throw new InvalidOperationException("Build the index first.");
        }

        int d = _refs.IndexOf(docRef);
        if (d < 0)
        {
            throw new KeyNotFoundException($"No document with ref '{docRef}'.");
        }

        IReadOnlyDictionary<string, FieldValue> document = _documents[d]();
        var fields = new Dictionary<string, FieldValue>(StringComparer.Ordinal);
        for (int f = 0; f < _fields.Length; f++)
        {
            FieldValue? value = document.GetValueOrDefault(_fields[f].Name);
            fields[_fields[f].Name] = value is null || _fields[f].KeptTermsPercent is null
                ? value ?? FieldValue.Text(null)
                : value.Only(_indexed![d][f].TermIds(), _pipeline);
        }

        return fields;
    }

    private FieldTerms[][] Analyse()
    {
        var analysed = new FieldTerms[_documents.Count][];
        using var analyzers = new ThreadLocal<FieldTerms.Analyzer>(() => new FieldTerms.Analyzer(_pipeline));
        Parallel.For(0, _documents.Count, d =>
        {
            FieldTerms.Analyzer analyzer = analyzers.Value!;
            var row = new FieldTerms[_fields.Length];
            IReadOnlyDictionary<string, FieldValue> document = _documents[d]();
            for (int f = 0; f < _fields.Length; f++)
            {
                row[f] = analyzer.Analyze(document.GetValueOrDefault(_fields[f].Name));
            }

            analysed[d] = row;
        });
        return analysed;
    }

    // lunr.Builder#calculateAverageFieldLengths: every document has every field, so divide by N.
    private double[] AverageFieldLengths(FieldTerms[][] analysed)
    {
        var averages = new double[_fields.Length];
        for (int f = 0; f < _fields.Length; f++)
        {
            long sum = 0;
            foreach (FieldTerms[] row in analysed)
            {
                sum += row[f].Length;
            }

            averages[f] = (double)sum / analysed.Length;
        }

        return averages;
    }
}
