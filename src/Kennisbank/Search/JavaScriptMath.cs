namespace Kennisbank.Search;

// The two Math functions whose results end up in the index must behave exactly like V8's.
// Math.round rounds halves towards +∞ (unlike Math.Round's default). Math.log in V8 is the fdlibm
// algorithm, and glibc's log (behind .NET's Math.Log) disagrees with it in the last bit for about one in
// nine idf inputs (measured against Node 20), so the idf is computed with the same fdlibm reduction and
// polynomial here: log(x) = k·ln2 + log(1+f), with log(1+f) from s = f/(2+f) and a degree-14 series.

/// <summary>Bit-exact ports of JavaScript's Math.round and Math.log (V8 / fdlibm).</summary>
internal static class JavaScriptMath
{
    /// <summary>Math.round: the nearest integer, halves rounded towards +∞.</summary>
    public static double Round(double x)
    {
        double floor = Math.Floor(x);
        return x - floor >= 0.5 ? floor + 1 : floor;
    }

    private const double Ln2Hi = 6.93147180369123816490e-01;
    private const double Ln2Lo = 1.90821492927058770002e-10;
    private const double Lg1 = 6.666666666666735130e-01;
    private const double Lg2 = 3.999999999940941908e-01;
    private const double Lg3 = 2.857142874366239149e-01;
    private const double Lg4 = 2.222219843214978396e-01;
    private const double Lg5 = 1.818357216161805012e-01;
    private const double Lg6 = 1.531383769920937332e-01;
    private const double Lg7 = 1.479819860511658591e-01;

    /// <summary>Math.log as V8 computes it, for positive normal finite x (other inputs use Math.Log).</summary>
    public static double Log(double x)
    {
        long bits = BitConverter.DoubleToInt64Bits(x);
        int high = (int)(bits >> 32);
        uint low = (uint)bits;
        if (high < 0x00100000 || high >= 0x7ff00000)
        {
            return Math.Log(x); // zero, negative, subnormal, infinite or NaN: never an idf input
        }

        int k = (high >> 20) - 1023;
        high &= 0x000fffff;
        int i = (high + 0x95f64) & 0x100000;
        // Scale the mantissa into [sqrt(2)/2, sqrt(2)) by picking exponent 0 or -1.
        double m = BitConverter.Int64BitsToDouble(((long)(high | (i ^ 0x3ff00000)) << 32) | low);
        k += i >> 20;
        double f = m - 1.0;
        double dk = k;

        if ((0x000fffff & (2 + high)) < 3)
        {
            // |f| < 2^-20
            if (f == 0)
            {
                return k == 0 ? 0 : dk * Ln2Hi + dk * Ln2Lo;
            }

            double r0 = f * f * (0.5 - 0.33333333333333333 * f);
            return k == 0 ? f - r0 : dk * Ln2Hi - ((r0 - dk * Ln2Lo) - f);
        }

        double s = f / (2.0 + f);
        double z = s * s;
        int i2 = high - 0x6147a;
        double w = z * z;
        int j = 0x6b851 - high;
        double t1 = w * (Lg2 + w * (Lg4 + w * Lg6));
        double t2 = z * (Lg1 + w * (Lg3 + w * (Lg5 + w * Lg7)));
        i2 |= j;
        double r = t2 + t1;
        if (i2 > 0)
        {
            double halfSquare = 0.5 * f * f;
            return k == 0
                ? f - (halfSquare - s * (halfSquare + r))
                : dk * Ln2Hi - ((halfSquare - (s * (halfSquare + r) + dk * Ln2Lo)) - f);
        }

        return k == 0 ? f - s * (f - r) : dk * Ln2Hi - ((s * (f - r) - dk * Ln2Lo) - f);
    }
}
