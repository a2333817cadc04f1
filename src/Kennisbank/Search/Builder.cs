using System.Runtime.CompilerServices;

namespace Kennisbank.Search;

// Mirrors lunr.Builder with lunr.nl applied: declare the fields, add documents in order, build once.
// The result must equal what lunr.js computes for the same documents, so the work follows lunr's steps:
//   1. per document and field, tokenize and run the pipeline, counting term frequencies (lunr's add);
//      independent per document, so done in parallel, results kept in document order;
//   1b. only for fields with a kept-terms percentage (ours, not lunr's): drop each document's least
//      distinctive terms there (TermPruning); IndexedDocument gives the texts lunr.js would need to build
//      the same index;
//   2. a sequential merge in document → field → first-occurrence order, which hands out term indices
//      exactly when lunr's add would meet each term for the first time;
//   3. average field lengths, then BM25 field vectors (k1 = 1.2, b = 0.75, scores rounded to 0.001),
//      again in parallel per document.
// lunr keeps documents in objects, so their JSON order is JavaScript's key order (see JavaScriptKeyOrder).

/// <summary>Builds a lunr 2.3.9 index (Dutch pipeline) that serializes exactly as lunr.js would.</summary>
public sealed class Builder
{
    private readonly SearchField[] _fields;
    private readonly Pipeline _pipeline;
    private readonly List<string> _refs = [];
    private readonly List<IReadOnlyDictionary<string, FieldValue>> _documents = [];
    private readonly HashSet<string> _refSet = new(StringComparer.Ordinal);
    private FieldTerms[][]? _indexed;

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
        int documentCount = _documents.Count;
        FieldTerms[][] analysed = Analyse();
        TermPruning.Apply(analysed, _fields, AverageFieldLengths(analysed), _pipeline.TermIdLimit);
        _indexed = analysed;
        var invertedIndex = InvertedIndex.Merge(analysed, _fields.Length, _pipeline.TermIdLimit);

        var idf = new double[invertedIndex.Terms.Length];
        for (int t = 0; t < idf.Length; t++)
        {
            idf[t] = Idf.Compute(invertedIndex.DocumentsWithTerm(t), documentCount);
        }

        double[] averageFieldLengths = AverageFieldLengths(analysed);
        var vectors = new FieldVector[documentCount][];
        Parallel.For(0, documentCount, d =>
        {
            var row = new FieldVector[_fields.Length];
            for (int f = 0; f < _fields.Length; f++)
            {
                row[f] = CreateFieldVector(analysed[d][f], f, averageFieldLengths[f], idf);
            }

            vectors[d] = row;
        });

        return new LunrIndex(_fields.Select(f => f.Name).ToArray(), _refs.ToArray(), vectors, invertedIndex);
    }

    /// <summary>
    /// The fields of an added document as <see cref="Build"/> indexed them: unchanged, except that a field with a
    /// kept-terms percentage holds only the tokens of the terms that were kept. lunr.js builds the same index
    /// from these values.
    /// </summary>
    public IReadOnlyDictionary<string, FieldValue> IndexedDocument(string docRef)
    {
        FieldTerms[][] indexed = _indexed ?? throw new InvalidOperationException("Build the index first.");
        int d = _refs.IndexOf(docRef);
        if (d < 0)
        {
            throw new KeyNotFoundException($"No document with ref '{docRef}'.");
        }

        var fields = new Dictionary<string, FieldValue>(StringComparer.Ordinal);
        for (int f = 0; f < _fields.Length; f++)
        {
            FieldValue? value = _documents[d].GetValueOrDefault(_fields[f].Name);
            fields[_fields[f].Name] = value is null || _fields[f].KeptTermsPercent is null
                ? value ?? FieldValue.Text(null)
                : value.Only(indexed[d][f].Terms, _pipeline);
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
            IReadOnlyDictionary<string, FieldValue> document = _documents[d];
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

    // lunr.Builder#createFieldVectors for one field of one document.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private FieldVector CreateFieldVector(FieldTerms field, int fieldIndex, double averageFieldLength, double[] idf)
    {
        if (field.Terms.Length == 0)
        {
            return FieldVector.Empty;
        }

        double boost = Bm25.EffectiveBoost(_fields[fieldIndex].Boost);
        var termIndices = new int[field.Terms.Length];
        var scores = new double[field.Terms.Length];
        double fieldLength = field.Length;
        for (int t = 0; t < field.Terms.Length; t++)
        {
            int termIndex = field.TermIndices[t];
            double tf = field.Frequencies[t];
            termIndices[t] = termIndex;
            scores[t] = Bm25.Score(idf[termIndex], tf, fieldLength, averageFieldLength, boost);
        }

        return FieldVector.FromScores(termIndices, scores);
    }
}
