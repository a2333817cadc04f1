using Kennisbank.Build;
using Kennisbank.Configuration;
using Kennisbank.Diagnostics;
using Kennisbank.Model;

namespace Kennisbank.Benchmarks;

/// <summary>A benchmark corpus through the article stages, with the repository's configuration, for in-process measurements.</summary>
public static class CompiledCorpus
{
    public static (SiteConfig Config, IReadOnlyList<Article> Articles) Load(string repoRoot, string corpus)
    {
        var diagnostics = new DiagnosticBag();
        var config = SiteConfigLoader.Load(Path.Combine(repoRoot, "kennisbank.yml"), "kennisbank.yml", diagnostics)!;
        return (config, ArticleCompiler.Compile(config, corpus, includeDrafts: false, diagnostics));
    }
}
