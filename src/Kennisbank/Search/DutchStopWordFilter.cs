namespace Kennisbank.Search;

// Mirrors lunr.nl.stopWordFilter: drops the 101 most common Dutch words. The list is lunr-languages'
// space-separated string, which starts with a space, so its split yields "" as well: the empty string is a
// stop word, and that is what removes tokens the trimmer emptied ("–", "…", "&"). lunr compares with
// the token as-is, after trimming and before stemming, case-sensitively (tokens are already lowercase).

/// <summary>The Dutch stop word filter.</summary>
public static class DutchStopWordFilter
{
    /// <summary>The pipeline label lunr registers this function under.</summary>
    public const string Label = "stopWordFilter-nl";

    /// <summary>lunr.nl's stop word list, including the empty string from its leading space.</summary>
    public static readonly IReadOnlyList<string> StopWords =
        (" aan al alles als altijd andere ben bij daar dan dat de der deze die dit doch doen door dus een eens en" +
         " er ge geen geweest haar had heb hebben heeft hem het hier hij hoe hun iemand iets ik in is ja je kan" +
         " kon kunnen maar me meer men met mij mijn moet na naar niet niets nog nu of om omdat onder ons ook op" +
         " over reeds te tegen toch toen tot u uit uw van veel voor want waren was wat werd wezen wie wil worden" +
         " wordt zal ze zelf zich zij zijn zo zonder zou").Split(' ');

    private static readonly int MaxLength = StopWords.Max(w => w.Length);

    private static readonly HashSet<string> Set = new(StopWords, StringComparer.Ordinal);

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> SpanLookup =
        Set.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>True if the (trimmed, lowercase) token is a stop word; "" is one.</summary>
    public static bool IsStopWord(ReadOnlySpan<char> token) => token.Length <= MaxLength && SpanLookup.Contains(token);

    /// <summary>The pipeline function: null when the token is dropped.</summary>
    public static Token? Run(Token token) => IsStopWord(token.Value) ? null : token;
}
