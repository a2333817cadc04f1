using System.Diagnostics;
using System.IO.Compression;
using System.Net;
using Kennisbank.Tests.Diagnostics;
using Kennisbank.Tests.Support;

namespace Kennisbank.Tests.Output;

/// <summary>
/// <c>precompress: true</c>: a .gz and a .br beside each text file above 1 KB that decode to exactly that file,
/// nothing for small or binary files, kept when unchanged, gone with their source, and served by a host as they are.
/// </summary>
public sealed class PrecompressorTests : IDisposable
{
    private static readonly DateTime LongAgo = new(2001, 1, 1, 0, 0, 0, DateTimeKind.Utc);
    private readonly TestSite _site = new();

    public PrecompressorTests()
    {
        File.AppendAllText(_site.ConfigFile, "\nprecompress: true\n");
        _site.Article("a.md", Body("Het eerste"), ("title", "Het eerste artikel"), ("tags", "[debat]"));
        _site.Article("b.md", Body("Het tweede"), ("title", "Het tweede artikel"), ("tags", "[debat]"));
    }

    public void Dispose() => _site.Dispose();

    private static string Body(string subject) => $"{subject} artikel gaat over thuiszitters en passend onderwijs.\n";

    private string Spare => Path.Combine(Path.GetDirectoryName(_site.OutputDirectory)!, ".site.spare");

    private void BuildOk()
    {
        var result = _site.Build();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
    }

    private IEnumerable<string> SiteFiles() => Directory.EnumerateFiles(_site.OutputDirectory, "*", SearchOption.AllDirectories);

    [Fact]
    public void Every_compressed_file_decodes_to_exactly_the_file_beside_it()
    {
        BuildOk();

        var compressed = SiteFiles().Where(f => f.EndsWith(".gz", StringComparison.Ordinal) || f.EndsWith(".br", StringComparison.Ordinal)).ToList();
        Assert.Contains(_site.OutputFile("/artikelen/a/") + ".br", compressed);
        Assert.Contains(_site.OutputFile("/artikelen/a/") + ".gz", compressed);
        Assert.Contains(compressed, f => f.EndsWith(".json.br", StringComparison.Ordinal));
        Assert.Contains(compressed, f => f.EndsWith(".css.gz", StringComparison.Ordinal));
        Assert.Contains(compressed, f => f.EndsWith(".xml.gz", StringComparison.Ordinal));
        foreach (var file in compressed)
        {
            var source = file[..^3];
            Assert.True(File.Exists(source), $"{file} has no source beside it");
            Assert.True(Decode(file).AsSpan().SequenceEqual(File.ReadAllBytes(source)), $"{file} does not decode to {source}");
            Assert.True(new FileInfo(file).Length < new FileInfo(source).Length, $"{file} is not smaller than its source");
        }
    }

    [Fact]
    public void Small_files_binary_files_and_compressed_files_get_no_compressed_copy()
    {
        File.Copy(Path.Combine(RepoPaths.Content, "passend-onderwijs", "checklist-zorgplicht-bij-aanmelding.pdf"), Path.Combine(_site.ContentDirectory, "checklist.pdf"));
        _site.Article("a.md", Body("Het eerste") + "\nDe [checklist (pdf)](checklist.pdf).\n", ("title", "Het eerste artikel"), ("tags", "[debat]"));
        BuildOk();

        foreach (var file in SiteFiles().Where(f => !f.EndsWith(".gz", StringComparison.Ordinal) && !f.EndsWith(".br", StringComparison.Ordinal)))
        {
            var textAndLarge = Kennisbank.Output.Precompressor.IsText(file) && new FileInfo(file).Length >= Kennisbank.Output.Precompressor.MinimumBytes;
            Assert.True(textAndLarge == File.Exists(file + ".gz"), $"{file}: .gz {(textAndLarge ? "missing" : "not expected")}");
            Assert.True(textAndLarge == File.Exists(file + ".br"), $"{file}: .br {(textAndLarge ? "missing" : "not expected")}");
        }

        Assert.Contains(SiteFiles(), f => f.EndsWith(".pdf", StringComparison.Ordinal));
        Assert.Contains(SiteFiles(), f => new FileInfo(f).Length < 1024 && !f.EndsWith(".gz", StringComparison.Ordinal) && !f.EndsWith(".br", StringComparison.Ordinal));
        Assert.DoesNotContain(SiteFiles(), f => f.EndsWith(".gz.gz", StringComparison.Ordinal) || f.EndsWith(".br.gz", StringComparison.Ordinal) || f.EndsWith(".gz.br", StringComparison.Ordinal));
    }

    [Fact]
    public void A_rebuild_keeps_compressed_files_of_unchanged_pages_and_remakes_those_of_changed_ones()
    {
        BuildOk();
        BuildOk();
        foreach (var file in Directory.EnumerateFiles(Spare, "*", SearchOption.AllDirectories))
            File.SetLastWriteTimeUtc(file, LongAgo);
        _site.Article("b.md", Body("Het vernieuwde tweede"), ("title", "Het tweede artikel"), ("tags", "[debat]"));

        BuildOk();

        var a = _site.OutputFile("/artikelen/a/");
        var b = _site.OutputFile("/artikelen/b/");
        Assert.Equal(LongAgo, File.GetLastWriteTimeUtc(a + ".gz"));
        Assert.Equal(LongAgo, File.GetLastWriteTimeUtc(a + ".br"));
        Assert.NotEqual(LongAgo, File.GetLastWriteTimeUtc(b + ".br"));
        Assert.Equal(File.ReadAllBytes(b), Decode(b + ".gz"));
        Assert.Equal(File.ReadAllBytes(b), Decode(b + ".br"));
        Assert.Contains("vernieuwde", File.ReadAllText(b));
    }

    [Fact]
    public void Compressed_files_go_with_their_source_and_all_go_when_the_setting_is_switched_off()
    {
        BuildOk();
        BuildOk();
        File.Delete(Path.Combine(_site.ContentDirectory, "b.md"));

        BuildOk();

        var b = _site.OutputFile("/artikelen/b/");
        Assert.False(File.Exists(b + ".gz"));
        Assert.False(File.Exists(b + ".br"));
        Assert.True(File.Exists(_site.OutputFile("/artikelen/a/") + ".br"));

        File.WriteAllText(_site.ConfigFile, File.ReadAllText(_site.ConfigFile).Replace("precompress: true", "precompress: false"));
        BuildOk();
        BuildOk(); // both generations (site/ and .site.spare/) have now been rebuilt without them
        Assert.DoesNotContain(SiteFiles(), f => f.EndsWith(".gz", StringComparison.Ordinal) || f.EndsWith(".br", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("ja")]
    [InlineData("\"true\"")]
    [InlineData("[gzip, brotli]")]
    public void A_value_other_than_true_or_false_is_KB501_at_the_value(string value)
    {
        File.WriteAllText(_site.ConfigFile, File.ReadAllText(_site.ConfigFile).Replace("precompress: true", "precompress: " + value));
        var line = File.ReadAllLines(_site.ConfigFile).ToList().FindIndex(l => l.StartsWith("precompress:", StringComparison.Ordinal)) + 1;

        var diagnostic = DiagnosticAssert.Sole(_site.Build(), "KB501");

        DiagnosticAssert.At(diagnostic, _site.ConfigFile, line, "precompress: ".Length + 1);
        DiagnosticAssert.Mentions(diagnostic, "'precompress'", "true of false");
    }

    [Fact]
    public void A_misspelt_setting_suggests_precompress()
    {
        File.WriteAllText(_site.ConfigFile, File.ReadAllText(_site.ConfigFile).Replace("precompress: true", "precompres: true"));

        var diagnostic = DiagnosticAssert.Sole(_site.Build(), "KB501");

        DiagnosticAssert.Mentions(diagnostic, "Bedoelde je 'precompress'?");
    }

    [Theory]
    [InlineData("br")]
    [InlineData("gzip")]
    public async Task A_host_serving_precompressed_files_sends_them_as_they_are_and_they_decode_to_the_page(string encoding)
    {
        BuildOk();
        var page = _site.OutputFile("/artikelen/a/");
        var server = new ProcessStartInfo("node") { RedirectStandardOutput = true, RedirectStandardError = true };
        server.ArgumentList.Add(Path.Combine(RepoPaths.Tools, "browser", "static-server.js"));
        server.ArgumentList.Add(_site.OutputDirectory);
        using var process = Process.Start(server)!;
        try
        {
            var origin = await process.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(30));
            using var client = new HttpClient(new HttpClientHandler { AutomaticDecompression = DecompressionMethods.None });
            using var request = new HttpRequestMessage(HttpMethod.Get, origin + "/artikelen/a/");
            request.Headers.TryAddWithoutValidation("Accept-Encoding", encoding);

            using var response = await client.SendAsync(request);
            var body = await response.Content.ReadAsByteArrayAsync();

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal([encoding], response.Content.Headers.ContentEncoding);
            // The very bytes of the file beside the page, not the server's own compression of it.
            Assert.Equal(File.ReadAllBytes(page + (encoding == "br" ? ".br" : ".gz")), body);
            Assert.Equal(File.ReadAllBytes(page), Decode(body, encoding == "br"));
            Assert.Equal("Het eerste artikel", TestSite.Parse(File.ReadAllText(page)).QuerySelector("h1")!.TextContent.Trim());
        }
        finally
        {
            process.Kill(entireProcessTree: true);
        }
    }

    private static byte[] Decode(string file) => Decode(File.ReadAllBytes(file), file.EndsWith(".br", StringComparison.Ordinal));

    private static byte[] Decode(byte[] compressed, bool brotli)
    {
        using var input = new MemoryStream(compressed);
        using Stream decoder = brotli ? new BrotliStream(input, CompressionMode.Decompress) : new GZipStream(input, CompressionMode.Decompress);
        using var output = new MemoryStream();
        decoder.CopyTo(output);
        return output.ToArray();
    }
}
