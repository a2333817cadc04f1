using static Kennisbank.Search.SnowballProgram;

namespace Kennisbank.Search;

// The algorithm of lunr.nl.stemmer, lunr-languages' JavaScript port of the Snowball Dutch stemmer, step
// for step, quirks included (it is the port's behaviour, not the Snowball specification, that the index
// must match): prelude (strip accents, mark consonant i/y as I/Y), regions R1/R2, the standard suffixes
// (-en/-ene/-s/-se, -e, -heid, -end/-ing/-ig/-lijk/-baar/-bar, undoubling) and the postlude.
// DutchStemmer memoizes it.

/// <summary>One run of the Dutch Snowball stemmer: program state plus the regions and flag its routines share.</summary>
internal sealed class DutchStemming
{
    private static readonly Among[] Accents =
    [
        new("", 6), new("\u00E1", 1), new("\u00E4", 1), new("\u00E9", 2), new("\u00EB", 2), new("\u00ED", 3),
        new("\u00EF", 3), new("\u00F3", 4), new("\u00F6", 4), new("\u00FA", 5), new("\u00FC", 5),
    ];

    private static readonly Among[] MarkedVowels = [new("", 3), new("I", 2), new("Y", 1)];
    private static readonly Among[] Doubles = [new("dd", -1), new("kk", -1), new("tt", -1)];

    private static readonly Among[] PluralEndings =
        [new("ene", 2), new("se", 3), new("en", 2), new("heden", 1), new("s", 3)];

    private static readonly Among[] DerivationalEndings =
        [new("end", 1), new("ig", 2), new("ing", 1), new("lijk", 3), new("baar", 4), new("bar", 5)];

    private static readonly Among[] LongVowels = [new("aa", -1), new("ee", -1), new("oo", -1), new("uu", -1)];

    private static readonly Grouping Vowels = new("aeiouy\u00E8");
    private static readonly Grouping VowelsAndI = new("Iaeiouy\u00E8");
    private static readonly Grouping VowelsAndJ = new("aeijouy\u00E8");

    private readonly SnowballProgram _p = new();
    private int _p1;
    private int _p2;
    private bool _eFound;

    public DutchStemming(string word) => _p.SetCurrent(word);

    public string Stem()
    {
        int start = _p.Cursor;
        Prelude();
        _p.Cursor = start;
        MarkRegions();
        _p.LimitBackward = start;
        _p.Cursor = _p.Limit;
        StandardSuffix();
        _p.Cursor = _p.LimitBackward;
        Postlude();
        return _p.GetCurrent();
    }

    private void Prelude()
    {
        int start = _p.Cursor;
        while (true)
        {
            _p.Bra = _p.Cursor;
            int among = _p.FindAmong(Accents);
            _p.Ket = _p.Cursor;
            if (among is >= 1 and <= 5)
            {
                _p.SliceFrom(among switch { 1 => "a", 2 => "e", 3 => "i", 4 => "o", _ => "u" });
                continue;
            }

            if (_p.Cursor >= _p.Limit)
            {
                break;
            }

            _p.Cursor++;
        }

        _p.Cursor = start;
        _p.Bra = start;
        if (_p.EqS("y"))
        {
            _p.Ket = _p.Cursor;
            _p.SliceFrom("Y");
        }
        else
        {
            _p.Cursor = start;
        }

        while (true)
        {
            int v2 = _p.Cursor;
            if (_p.InGrouping(Vowels))
            {
                int v3 = _p.Cursor;
                _p.Bra = v3;
                if (_p.EqS("i"))
                {
                    // Note: when no vowel follows, the loop goes on after the 'i' (as the JS port does).
                    _p.Ket = _p.Cursor;
                    if (_p.InGrouping(Vowels))
                    {
                        _p.SliceFrom("I");
                        _p.Cursor = v2;
                    }
                }
                else
                {
                    _p.Cursor = v3;
                    if (_p.EqS("y"))
                    {
                        _p.Ket = _p.Cursor;
                        _p.SliceFrom("Y");
                        _p.Cursor = v2;
                    }
                    else if (StepFrom(v2))
                    {
                        break;
                    }
                }
            }
            else if (StepFrom(v2))
            {
                break;
            }
        }
    }

    // Moves to position + 1; true when already at the end (the loop is done).
    private bool StepFrom(int position)
    {
        _p.Cursor = position;
        if (position >= _p.Limit)
        {
            return true;
        }

        _p.Cursor++;
        return false;
    }

    private void MarkRegions()
    {
        _p1 = _p.Limit;
        _p2 = _p1;
        if (!SkipToAfterVowelConsonant())
        {
            _p1 = Math.Max(_p.Cursor, 3);
            if (!SkipToAfterVowelConsonant())
            {
                _p2 = _p.Cursor;
            }
        }
    }

    // Advances past the next vowel followed by a non-vowel; true when the word ends first.
    private bool SkipToAfterVowelConsonant()
    {
        while (!_p.InGrouping(Vowels))
        {
            if (_p.Cursor >= _p.Limit)
            {
                return true;
            }

            _p.Cursor++;
        }

        while (!_p.OutGrouping(Vowels))
        {
            if (_p.Cursor >= _p.Limit)
            {
                return true;
            }

            _p.Cursor++;
        }

        return false;
    }

    private void Postlude()
    {
        while (true)
        {
            _p.Bra = _p.Cursor;
            int among = _p.FindAmong(MarkedVowels);
            _p.Ket = _p.Cursor;
            switch (among)
            {
                case 1:
                    _p.SliceFrom("y");
                    break;
                case 2:
                    _p.SliceFrom("i");
                    break;
                default:
                    if (_p.Cursor >= _p.Limit)
                    {
                        return;
                    }

                    _p.Cursor++;
                    break;
            }
        }
    }

    private bool R1 => _p1 <= _p.Cursor;

    private bool R2 => _p2 <= _p.Cursor;

    private void Undouble()
    {
        int v1 = _p.Limit - _p.Cursor;
        if (_p.FindAmongBackward(Doubles) != 0)
        {
            _p.Cursor = _p.Limit - v1;
            _p.Ket = _p.Cursor;
            if (_p.Cursor > _p.LimitBackward)
            {
                _p.Cursor--;
                _p.Bra = _p.Cursor;
                _p.SliceDel();
            }
        }
    }

    private void EEnding()
    {
        _eFound = false;
        _p.Ket = _p.Cursor;
        if (_p.EqSBackward("e"))
        {
            _p.Bra = _p.Cursor;
            if (R1)
            {
                int v1 = _p.Limit - _p.Cursor;
                if (_p.OutGroupingBackward(Vowels))
                {
                    _p.Cursor = _p.Limit - v1;
                    _p.SliceDel();
                    _eFound = true;
                    Undouble();
                }
            }
        }
    }

    private void EnEnding()
    {
        if (R1)
        {
            int v1 = _p.Limit - _p.Cursor;
            if (_p.OutGroupingBackward(Vowels))
            {
                _p.Cursor = _p.Limit - v1;
                if (!_p.EqSBackward("gem"))
                {
                    _p.Cursor = _p.Limit - v1;
                    _p.SliceDel();
                    Undouble();
                }
            }
        }
    }

    private void StandardSuffix()
    {
        int v1 = _p.Limit - _p.Cursor;
        _p.Ket = _p.Cursor;
        int among = _p.FindAmongBackward(PluralEndings);
        if (among != 0)
        {
            _p.Bra = _p.Cursor;
            switch (among)
            {
                case 1:
                    if (R1)
                    {
                        _p.SliceFrom("heid");
                    }

                    break;
                case 2:
                    EnEnding();
                    break;
                case 3:
                    if (R1 && _p.OutGroupingBackward(VowelsAndJ))
                    {
                        _p.SliceDel();
                    }

                    break;
            }
        }

        _p.Cursor = _p.Limit - v1;
        EEnding();

        _p.Cursor = _p.Limit - v1;
        _p.Ket = _p.Cursor;
        if (_p.EqSBackward("heid"))
        {
            _p.Bra = _p.Cursor;
            if (R2)
            {
                int v2 = _p.Limit - _p.Cursor;
                if (!_p.EqSBackward("c"))
                {
                    _p.Cursor = _p.Limit - v2;
                    _p.SliceDel();
                    _p.Ket = _p.Cursor;
                    if (_p.EqSBackward("en"))
                    {
                        _p.Bra = _p.Cursor;
                        EnEnding();
                    }
                }
            }
        }

        _p.Cursor = _p.Limit - v1;
        _p.Ket = _p.Cursor;
        among = _p.FindAmongBackward(DerivationalEndings);
        if (among != 0)
        {
            _p.Bra = _p.Cursor;
            DerivationalSuffix(among);
        }

        _p.Cursor = _p.Limit - v1;
        if (_p.OutGroupingBackward(VowelsAndI))
        {
            int v6 = _p.Limit - _p.Cursor;
            if (_p.FindAmongBackward(LongVowels) != 0 && _p.OutGroupingBackward(Vowels))
            {
                _p.Cursor = _p.Limit - v6;
                _p.Ket = _p.Cursor;
                if (_p.Cursor > _p.LimitBackward)
                {
                    _p.Cursor--;
                    _p.Bra = _p.Cursor;
                    _p.SliceDel();
                }
            }
        }
    }

    private void DerivationalSuffix(int among)
    {
        switch (among)
        {
            case 1: // -end, -ing, then -ig unless preceded by e, else undouble
                if (R2)
                {
                    _p.SliceDel();
                    int v3 = _p.Limit - _p.Cursor;
                    _p.Ket = _p.Cursor;
                    if (_p.EqSBackward("ig"))
                    {
                        _p.Bra = _p.Cursor;
                        if (R2)
                        {
                            int v4 = _p.Limit - _p.Cursor;
                            if (!_p.EqSBackward("e"))
                            {
                                _p.Cursor = _p.Limit - v4;
                                _p.SliceDel();
                                return;
                            }
                        }
                    }

                    _p.Cursor = _p.Limit - v3;
                    Undouble();
                }

                return;
            case 2: // -ig, unless preceded by e
                if (R2)
                {
                    int v5 = _p.Limit - _p.Cursor;
                    if (!_p.EqSBackward("e"))
                    {
                        _p.Cursor = _p.Limit - v5;
                        _p.SliceDel();
                    }
                }

                return;
            case 3: // -lijk, then the e-ending
                if (R2)
                {
                    _p.SliceDel();
                    EEnding();
                }

                return;
            case 4: // -baar
                if (R2)
                {
                    _p.SliceDel();
                }

                return;
            case 5: // -bar, only after a removed e
                if (R2 && _eFound)
                {
                    _p.SliceDel();
                }

                return;
        }
    }
}
