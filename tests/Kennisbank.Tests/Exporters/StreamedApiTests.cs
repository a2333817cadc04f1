using System.Text;
using System.Text.Json;
using Kennisbank.Build;
using Kennisbank.Configuration;
using Kennisbank.Diagnostics;
using Kennisbank.Exporters;
using Kennisbank.Taxonomies;
using Kennisbank.Tests.Support;

namespace Kennisbank.Tests.Exporters;

/// <summary>
/// The article API (~100 MB at 100,000 articles) is streamed into its files, never held whole: the bytes written
/// through a stream, flushed as they go, are exactly those the same JSON makes in memory.
/// </summary>
public sealed class StreamedApiTests
{
    [Fact]
    public void The_api_files_are_streamed_and_end_with_a_line_break()
    {
        var diagnostics = new DiagnosticBag();
        var config = SiteConfigLoader.Load(RepoPaths.Config, "kennisbank.yml", diagnostics)!;
        var site = TaxonomyBuilder.Build(config, ArticleCompiler.Compile(config, RepoPaths.Content, includeDrafts: false, diagnostics));

        var files = new ArticleApiExporter().Export(site, []).ToList();

        Assert.Equal(1 + site.Themes.Count, files.Count);
        Assert.All(files, file => Assert.True(file.IsStreamed, file.SitePath));
        var all = files.Single(f => f.SitePath == "/api/artikelen.json").Content;
        Assert.EndsWith("}\n", Encoding.UTF8.GetString(all.Span));
        using var json = JsonDocument.Parse(all);
        Assert.Equal(site.Articles.Count, json.RootElement.GetProperty("articles").GetArrayLength());
    }

    [Fact]
    public void Json_flushed_to_a_stream_as_it_goes_equals_the_same_json_made_in_memory()
    {
        void Write(Utf8JsonWriter json)
        {
            json.WriteStartArray();
            for (var i = 0; i < 20_000; i++)
            {
                json.WriteStartObject();
                json.WriteString("titel", $"Ideeën voor thuiszitters, deel {i}");
                json.WriteNumber("nummer", i);
                json.WriteEndObject();
                JsonOutput.FlushNowAndThen(json);
            }

            json.WriteEndArray();
        }

        using var stream = new MemoryStream();
        JsonOutput.WriteTo(stream, Write, indented: true);

        var inMemory = JsonOutput.Write(Write, indented: true);
        Assert.True(inMemory.Length > 1_000_000);
        Assert.True(inMemory.AsSpan().SequenceEqual(stream.ToArray()));
    }
}
