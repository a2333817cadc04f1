using Kennisbank.Configuration;
using Kennisbank.Output;
using Kennisbank.Pages;
using Kennisbank.Rendering;
using Kennisbank.Taxonomies;

namespace Kennisbank.Build;

/// <summary>Everything a build knows before rendering: the site model, its pages and generated files, checked for conflicts.</summary>
public sealed record CompiledSite(
    SiteConfig Config,
    TemplateSet Templates,
    ScriptModules Modules,
    SiteModel Site,
    IReadOnlyList<PageSpec> Pages,
    IReadOnlyList<GeneratedFile> Files,
    OutputPlan Plan);
