using System.Runtime.CompilerServices;

namespace Kennisbank.Search;

// Mirrors lunr.Builder with lunr.nl applied: declare the fields, add documents in order, build once.
// The result must equal what lunr.js computes for the same documents, so the work follows lunr's steps:
//   1. per document and field, tokenize and run the pipeline, counting term frequencies (lunr's add);
//      independent per document, so done in parallel, results kept in document order;
//   2. a sequential merge in document → field → first-occurrence order, which hands out term indices
//      exactly when lunr's add would meet each term for the first time;
//   3. average field lengths, then BM25 field vectors (k1 = 1.2, b = 0.75, scores rounded to 0.001),
//      again in parallel per document.
// lunr keeps documents in objects, so their JSON order is JavaScript's key order (see JavaScriptKeyOrder).

/// <summary>Builds a lunr 2.3.9 index (Dutch pipeline) that serializes exactly as lunr.js would.</summary>
public sealed class Builder
{
    /// <summary>BM25 term frequency saturation, lunr's default.</summary>
    public const double K1 = 1.2;

    /// <summary>BM25 field length normalisation, lunr's default.</summary>
    public const double B = 0.75;

    private readonly SearchField[] _fields;
    private readonly Pipeline _pipeline;
    private readonly List<string> _refs = [];
    private readonly List<IReadOnlyDictionary<string, FieldValue>> _documents = [];
    private readonly HashSet<string> _refSet = new(StringComparer.Ordinal);

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

        double boost = _fields[fieldIndex].Boost;
        if (boost == 0 || double.IsNaN(boost))
        {
            boost = 1; // lunr: `attributes.boost || 1`
        }

        var termIndices = new int[field.Terms.Length];
        var scores = new double[field.Terms.Length];
        double fieldLength = field.Length;
        for (int t = 0; t < field.Terms.Length; t++)
        {
            int termIndex = field.TermIndices[t];
            double tf = field.Frequencies[t];
            // Same operations in the same order as lunr, so the doubles are identical.
            double score = idf[termIndex] * ((K1 + 1) * tf) / (K1 * (1 - B + B * (fieldLength / averageFieldLength)) + tf);
            score *= boost;
            termIndices[t] = termIndex;
            scores[t] = score;
        }

        return FieldVector.FromScores(termIndices, scores);
    }
}
