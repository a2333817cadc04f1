using System.Globalization;

namespace Kennisbank.Search;

// JSON.stringify writes numbers with JavaScript's Number::toString: the shortest digits that round-trip
// (which .NET Core's "R" formatting also finds), laid out as plain decimals for 1e-7 <= |x| < 1e21 and
// as d.ddde±n otherwise. The index holds millions of scores of the form n/1000; for those the shortest
// round-trip digits are exactly n's digits (every decimal of at most 15 significant digits maps to its own
// double), so FormatThousandths writes them without going through double formatting at all.

/// <summary>Formats doubles exactly as JavaScript's Number.prototype.toString / JSON.stringify do.</summary>
internal static class JavaScriptNumber
{
    /// <summary>The JSON.stringify text of <paramref name="value"/> ("null" for NaN and infinities).</summary>
    public static string Format(double value)
    {
        if (double.IsNaN(value) || double.IsInfinity(value))
        {
            return "null";
        }

        if (value == 0)
        {
            return "0"; // also -0
        }

        // "R" gives the shortest round-trip digits, either plain ("123.45") or with an exponent ("1E-07").
        string shortest = Math.Abs(value).ToString("R", CultureInfo.InvariantCulture);
        (string digits, int exponent) = Decompose(shortest);
        string sign = value < 0 ? "-" : "";
        int k = digits.Length;
        int n = exponent; // value = 0.digits × 10^n

        if (k <= n && n <= 21)
        {
            return sign + digits + new string('0', n - k);
        }

        if (0 < n && n <= 21)
        {
            return sign + digits[..n] + "." + digits[n..];
        }

        if (-6 < n && n <= 0)
        {
            return sign + "0." + new string('0', -n) + digits;
        }

        string e = n - 1 >= 0 ? "+" + (n - 1).ToString(CultureInfo.InvariantCulture)
            : (n - 1).ToString(CultureInfo.InvariantCulture);
        return k == 1 ? sign + digits + "e" + e : sign + digits[0] + "." + digits[1..] + "e" + e;
    }

    /// <summary>
    /// Writes n/1000 for a non-negative integral n below 10^15 as JavaScript would (e.g. 12345 → "12.345",
    /// 500 → "0.5", 3000 → "3"), into <paramref name="destination"/>; returns the number of bytes written.
    /// </summary>
    public static int FormatThousandths(long n, Span<byte> destination)
    {
        long whole = n / 1000;
        int fraction = (int)(n % 1000);
        int pos = 0;
        if (whole == 0)
        {
            destination[pos++] = (byte)'0';
        }
        else
        {
            Span<byte> tmp = stackalloc byte[20];
            int t = 0;
            while (whole > 0)
            {
                tmp[t++] = (byte)('0' + (int)(whole % 10));
                whole /= 10;
            }

            while (t > 0)
            {
                destination[pos++] = tmp[--t];
            }
        }

        if (fraction != 0)
        {
            destination[pos++] = (byte)'.';
            destination[pos++] = (byte)('0' + fraction / 100);
            if (fraction % 100 != 0)
            {
                destination[pos++] = (byte)('0' + fraction / 10 % 10);
                if (fraction % 10 != 0)
                {
                    destination[pos++] = (byte)('0' + fraction % 10);
                }
            }
        }

        return pos;
    }

    // Splits .NET's round-trip text ("1.2345E-07", "123.45", "1E+21") into significant digits and the
    // exponent n such that value = 0.d1d2d3… × 10^n.
    private static (string Digits, int Exponent) Decompose(string s)
    {
        int e = 0;
        int ePos = s.IndexOfAny(['E', 'e']);
        if (ePos >= 0)
        {
            e = int.Parse(s.AsSpan(ePos + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
            s = s[..ePos];
        }

        int dot = s.IndexOf('.');
        string intPart = dot < 0 ? s : s[..dot];
        string fracPart = dot < 0 ? "" : s[(dot + 1)..];
        string all = intPart + fracPart;
        int exponent = intPart.Length + e;
        int lead = 0;
        while (lead < all.Length - 1 && all[lead] == '0')
        {
            lead++;
        }

        exponent -= lead;
        string digits = all[lead..].TrimEnd('0');
        return (digits.Length == 0 ? "0" : digits, exponent);
    }
}
