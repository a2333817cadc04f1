namespace Kennisbank.Search;

// What lunr.Builder#add records for one field of one document: the field length (number of tokens the
// pipeline kept, lunr's fieldLengths) and the frequency of each term (fieldTermFrequencies). Terms are
// kept in order of first occurrence, because that order decides which term gets the next term index.
// Analysing is independent per document, so the builder runs it in parallel; the Analyzer holds the
// per-thread scratch space that lets it work without allocating per token.

/// <summary>The distinct terms of one field of one document, with their frequencies, in first-occurrence order.</summary>
internal sealed class FieldTerms
{
    public static readonly FieldTerms Empty = new([], [], 0);

    public FieldTerms(string[] terms, int[] frequencies, int length)
    {
        Terms = terms;
        Frequencies = frequencies;
        Length = length;
    }

    /// <summary>Distinct terms in order of first occurrence; each is the stemmer's shared instance.</summary>
    public string[] Terms { get; }

    /// <summary>Term frequency of Terms[i].</summary>
    public int[] Frequencies { get; }

    /// <summary>Number of tokens the pipeline kept (lunr's field length).</summary>
    public int Length { get; }

    /// <summary>The postings of Terms[i], filled in by the builder's merge step.</summary>
    public Posting[] Postings { get; set; } = [];

    /// <summary>Tokenizes and runs the pipeline over field values; one instance per thread.</summary>
    internal sealed class Analyzer(Pipeline pipeline)
    {
        // Terms are shared string instances, so comparing references is enough and cheapest.
        private readonly Dictionary<string, int> _slots = new(ReferenceEqualityComparer.Instance);
        private readonly List<string> _terms = [];
        private readonly List<int> _frequencies = [];
        private int _length;

        public FieldTerms Analyze(FieldValue? value)
        {
            if (value is null)
            {
                return Empty;
            }

            if (value.Items is { } items)
            {
                foreach (string item in items)
                {
                    Count(pipeline.Process(JavaScriptCase.ToLower(item)));
                }
            }
            else
            {
                string text = JavaScriptCase.ToLower(value.TextValue ?? "");
                foreach (Range range in new Tokenizer.TokenRanges(text))
                {
                    Count(pipeline.Process(text.AsSpan()[range]));
                }
            }

            var result = _length == 0 ? Empty : new FieldTerms(_terms.ToArray(), _frequencies.ToArray(), _length);
            _slots.Clear();
            _terms.Clear();
            _frequencies.Clear();
            _length = 0;
            return result;
        }

        private void Count(string? term)
        {
            if (term is null)
            {
                return;
            }

            _length++;
            if (_slots.TryGetValue(term, out int slot))
            {
                _frequencies[slot]++;
            }
            else
            {
                _slots.Add(term, _terms.Count);
                _terms.Add(term);
                _frequencies.Add(1);
            }
        }
    }
}
