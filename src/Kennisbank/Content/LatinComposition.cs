using System.Text;

namespace Kennisbank.Content;

/// <summary>
/// Unicode composition (NFC) for a Latin letter followed by one combining accent: "e" + U+0308 becomes "ë", so a tag
/// typed on a Mac (which may save decomposed letters) has the same label as the same tag typed elsewhere. A table,
/// because the tool runs with invariant globalization, where <see cref="string.Normalize()"/> changes nothing; it
/// holds every letter of U+00C0–U+017F that decomposes into two characters (from Python's unicodedata).
/// </summary>
public static class LatinComposition
{
    // Triples: base letter, combining mark, composed letter.
    private const string Table =
        "A\u0300\u00C0A\u0301\u00C1A\u0302\u00C2A\u0303\u00C3A\u0308\u00C4A\u030A\u00C5C\u0327\u00C7E\u0300\u00C8E\u0301\u00C9E\u0302\u00CAE\u0308\u00CBI\u0300\u00CCI\u0301\u00CDI\u0302\u00CEI\u0308\u00CFN\u0303\u00D1O\u0300\u00D2O\u0301\u00D3O\u0302\u00D4O\u0303\u00D5O\u0308\u00D6U\u0300\u00D9U\u0301\u00DAU\u0302\u00DBU\u0308\u00DCY\u0301\u00DDa\u0300\u00E0a\u0301\u00E1a\u0302\u00E2a\u0303\u00E3a\u0308\u00E4a\u030A\u00E5c\u0327\u00E7e\u0300\u00E8e\u0301\u00E9e\u0302\u00EAe\u0308\u00EBi\u0300\u00ECi\u0301\u00EDi\u0302\u00EEi\u0308\u00EFn\u0303\u00F1o\u0300\u00F2o\u0301\u00F3o\u0302\u00F4o\u0303\u00F5o\u0308\u00F6u\u0300\u00F9u\u0301\u00FAu\u0302\u00FBu\u0308\u00FCy\u0301\u00FDy\u0308\u00FFA\u0304\u0100a\u0304\u0101A\u0306\u0102a\u0306\u0103A\u0328\u0104a\u0328\u0105C\u0301\u0106c\u0301\u0107C\u0302\u0108c\u0302\u0109C\u0307\u010Ac\u0307\u010BC\u030C\u010Cc\u030C\u010DD\u030C\u010Ed\u030C\u010FE\u0304\u0112e\u0304\u0113E\u0306\u0114e\u0306\u0115E\u0307\u0116e\u0307\u0117E\u0328\u0118e\u0328\u0119E\u030C\u011Ae\u030C\u011BG\u0302\u011Cg\u0302\u011DG\u0306\u011Eg\u0306\u011FG\u0307\u0120g\u0307\u0121G\u0327\u0122g\u0327\u0123H\u0302\u0124h\u0302\u0125I\u0303\u0128i\u0303\u0129I\u0304\u012Ai\u0304\u012BI\u0306\u012Ci\u0306\u012DI\u0328\u012Ei\u0328\u012FI\u0307\u0130J\u0302\u0134j\u0302\u0135K\u0327\u0136k\u0327\u0137L\u0301\u0139l\u0301\u013AL\u0327\u013Bl\u0327\u013CL\u030C\u013Dl\u030C\u013EN\u0301\u0143n\u0301\u0144N\u0327\u0145n\u0327\u0146N\u030C\u0147n\u030C\u0148O\u0304\u014Co\u0304\u014DO\u0306\u014Eo\u0306\u014FO\u030B\u0150o\u030B\u0151R\u0301\u0154r\u0301\u0155R\u0327\u0156r\u0327\u0157R\u030C\u0158r\u030C\u0159S\u0301\u015As\u0301\u015BS\u0302\u015Cs\u0302\u015DS\u0327\u015Es\u0327\u015FS\u030C\u0160s\u030C\u0161T\u0327\u0162t\u0327\u0163T\u030C\u0164t\u030C\u0165U\u0303\u0168u\u0303\u0169U\u0304\u016Au\u0304\u016BU\u0306\u016Cu\u0306\u016DU\u030A\u016Eu\u030A\u016FU\u030B\u0170u\u030B\u0171U\u0328\u0172u\u0328\u0173W\u0302\u0174w\u0302\u0175Y\u0302\u0176y\u0302\u0177Y\u0308\u0178Z\u0301\u0179z\u0301\u017AZ\u0307\u017Bz\u0307\u017CZ\u030C\u017Dz\u030C\u017E";

    private static readonly Dictionary<(char Letter, char Mark), char> Composed = Build();

    public static string Compose(string text)
    {
        if (!text.Any(IsCombiningMark))
            return text;
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (IsCombiningMark(c) && builder.Length > 0 && Composed.TryGetValue((builder[^1], c), out var letter))
                builder[^1] = letter;
            else
                builder.Append(c);
        }

        return builder.ToString();
    }

    private static bool IsCombiningMark(char c) => c is >= '\u0300' and <= '\u036F';

    private static Dictionary<(char, char), char> Build()
    {
        var table = new Dictionary<(char, char), char>();
        for (var i = 0; i + 2 < Table.Length; i += 3)
            table[(Table[i], Table[i + 1])] = Table[i + 2];
        return table;
    }
}
