using System.Text;

namespace Kennisbank.Search;

// The machine Snowball stemmers run on (lunr-languages' lunr.stemmer.support.js): a mutable word with a
// cursor, forward limit and backward limit, and the slice [bra, ket) that the next replacement edits.
// Forward operations (suffix _b is backward) test the character at the cursor and advance on success.
// "Among" tables are matched by their documented meaning, the longest entry that matches at the cursor,
// which is what the support library's binary search computes.

/// <summary>State and primitive operations of a Snowball stemming program.</summary>
internal sealed class SnowballProgram
{
    private readonly StringBuilder _current = new();

    public int Cursor;
    public int Limit;
    public int LimitBackward;
    public int Bra;
    public int Ket;

    public void SetCurrent(string word)
    {
        _current.Clear().Append(word);
        Cursor = 0;
        Limit = word.Length;
        LimitBackward = 0;
        Bra = Cursor;
        Ket = Limit;
    }

    public string GetCurrent() => _current.ToString();

    /// <summary>If the char at the cursor is in the grouping, step over it.</summary>
    public bool InGrouping(Grouping g)
    {
        if (Cursor < Limit && g.Contains(_current[Cursor]))
        {
            Cursor++;
            return true;
        }

        return false;
    }

    /// <summary>If the char at the cursor is not in the grouping, step over it.</summary>
    public bool OutGrouping(Grouping g)
    {
        if (Cursor < Limit && !g.Contains(_current[Cursor]))
        {
            Cursor++;
            return true;
        }

        return false;
    }

    /// <summary>If the char before the cursor is not in the grouping, step back over it.</summary>
    public bool OutGroupingBackward(Grouping g)
    {
        if (Cursor > LimitBackward && !g.Contains(_current[Cursor - 1]))
        {
            Cursor--;
            return true;
        }

        return false;
    }

    /// <summary>If <paramref name="s"/> follows the cursor, step over it.</summary>
    public bool EqS(string s)
    {
        if (Limit - Cursor < s.Length)
        {
            return false;
        }

        for (int i = 0; i < s.Length; i++)
        {
            if (_current[Cursor + i] != s[i])
            {
                return false;
            }
        }

        Cursor += s.Length;
        return true;
    }

    /// <summary>If <paramref name="s"/> precedes the cursor, step back over it.</summary>
    public bool EqSBackward(string s)
    {
        if (Cursor - LimitBackward < s.Length)
        {
            return false;
        }

        for (int i = 0; i < s.Length; i++)
        {
            if (_current[Cursor - s.Length + i] != s[i])
            {
                return false;
            }
        }

        Cursor -= s.Length;
        return true;
    }

    /// <summary>
    /// Finds the longest entry of <paramref name="among"/> that starts at the cursor, moves the cursor past it
    /// and returns its result, or 0 when none matches.
    /// </summary>
    public int FindAmong(Among[] among)
    {
        int best = -1;
        for (int i = 0; i < among.Length; i++)
        {
            string s = among[i].Text;
            if ((best < 0 || s.Length > among[best].Text.Length) && Limit - Cursor >= s.Length && Matches(s, Cursor))
            {
                best = i;
            }
        }

        if (best < 0)
        {
            return 0;
        }

        Cursor += among[best].Text.Length;
        return among[best].Result;
    }

    /// <summary>
    /// Finds the longest entry of <paramref name="among"/> that ends at the cursor, moves the cursor before it
    /// and returns its result, or 0 when none matches.
    /// </summary>
    public int FindAmongBackward(Among[] among)
    {
        int best = -1;
        for (int i = 0; i < among.Length; i++)
        {
            string s = among[i].Text;
            if ((best < 0 || s.Length > among[best].Text.Length) && Cursor - LimitBackward >= s.Length
                && Matches(s, Cursor - s.Length))
            {
                best = i;
            }
        }

        if (best < 0)
        {
            return 0;
        }

        Cursor -= among[best].Text.Length;
        return among[best].Result;
    }

    /// <summary>Replaces the slice [bra, ket) with <paramref name="s"/>.</summary>
    public void SliceFrom(string s)
    {
        if (Bra < 0 || Bra > Ket || Ket > Limit || Limit > _current.Length)
        {
            throw new InvalidOperationException("faulty slice operation");
        }

        ReplaceS(Bra, Ket, s);
    }

    /// <summary>Deletes the slice [bra, ket).</summary>
    public void SliceDel() => SliceFrom("");

    private void ReplaceS(int cBra, int cKet, string s)
    {
        int adjustment = s.Length - (cKet - cBra);
        _current.Remove(cBra, cKet - cBra).Insert(cBra, s);
        Limit += adjustment;
        if (Cursor >= cKet)
        {
            Cursor += adjustment;
        }
        else if (Cursor > cBra)
        {
            Cursor = cBra;
        }
    }

    private bool Matches(string s, int at)
    {
        for (int i = 0; i < s.Length; i++)
        {
            if (_current[at + i] != s[i])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>One entry of an among table: a string and the result returned when it is the longest match.</summary>
    public readonly record struct Among(string Text, int Result);

    /// <summary>A set of characters (Snowball's "grouping"), such as the vowels.</summary>
    public sealed class Grouping(string chars)
    {
        private readonly string _chars = chars;

        public bool Contains(char c) => _chars.Contains(c);
    }
}
