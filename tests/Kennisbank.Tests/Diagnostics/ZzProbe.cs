using Kennisbank.Tests.Support;
namespace Kennisbank.Tests.Diagnostics;
public sealed class ZzProbe
{
    [Fact]
    public void Probe()
    {
        using var site = new TestSite();
        site.Write("dubbel.md", "---\ntitle: Een artikel over thuiszitters\nsummary: Een korte samenvatting van het artikel.\ntheme: passend-onderwijs\ntype: praktijkvoorbeeld\ndate: 2025-03-14\ntitle: Nog een titel\n---\nTekst.\n");
        site.Write("inspringen.md", "---\ntitle: Een artikel over thuiszitters\nsummary: Een korte samenvatting van het artikel.\ntheme: passend-onderwijs\ntype: praktijkvoorbeeld\ndate: 2025-03-14\ntags:\n  - thuiszitters\n - verzuim\n---\nTekst.\n");
        site.Write("quote.md", "---\ntitle: \"Een artikel over thuiszitters\nsummary: Een korte samenvatting van het artikel.\ntheme: passend-onderwijs\ntype: praktijkvoorbeeld\ndate: 2025-03-14\n---\nTekst.\n");
        File.WriteAllText("/tmp/kb-probe.txt", string.Join("\n", site.Build().Diagnostics));
    }
}
