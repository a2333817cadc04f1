namespace Kennisbank.Search;

// lunr keeps fields, postings and documents in plain JavaScript objects, and JSON.stringify writes an
// object's keys in the engine's property order: first every "array index" key (a canonical decimal
// integer below 2^32 - 1, such as "12") in ascending numeric order, then all other keys in insertion
// order. So a document with ref "12" is listed before ref "b" even if it was added later, and a field
// named "1" would even precede "_index" in a posting. This class reproduces that order.

/// <summary>The order in which JavaScript enumerates an object's own string keys.</summary>
internal static class JavaScriptKeyOrder
{
    /// <summary>True if <paramref name="key"/> is an array index: "0" or [1-9][0-9]* up to 2^32 - 2.</summary>
    public static bool IsArrayIndex(string key, out uint index)
    {
        index = 0;
        if (key.Length == 0 || key.Length > 10 || (key[0] == '0' && key.Length > 1))
        {
            return false;
        }

        ulong value = 0;
        foreach (char c in key)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }

            value = value * 10 + (uint)(c - '0');
        }

        if (value > uint.MaxValue - 1)
        {
            return false;
        }

        index = (uint)value;
        return true;
    }

    /// <summary>
    /// Returns the positions 0..n-1 of <paramref name="keysInInsertionOrder"/> in JavaScript enumeration order.
    /// </summary>
    public static int[] Order(IReadOnlyList<string> keysInInsertionOrder)
    {
        var indexKeys = new List<(uint Index, int Position)>();
        var others = new List<int>(keysInInsertionOrder.Count);
        for (int i = 0; i < keysInInsertionOrder.Count; i++)
        {
            if (IsArrayIndex(keysInInsertionOrder[i], out uint index))
            {
                indexKeys.Add((index, i));
            }
            else
            {
                others.Add(i);
            }
        }

        if (indexKeys.Count == 0)
        {
            return others.ToArray();
        }

        indexKeys.Sort((a, b) => a.Index.CompareTo(b.Index));
        return indexKeys.Select(k => k.Position).Concat(others).ToArray();
    }
}
