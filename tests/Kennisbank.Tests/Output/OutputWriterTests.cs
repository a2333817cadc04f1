using System.Text;
using Kennisbank.Output;
using Kennisbank.Tests.Support;

namespace Kennisbank.Tests.Output;

/// <summary>Writing only what changed: in-memory files and streamed files (the search index) alike.</summary>
public sealed class OutputWriterTests : IDisposable
{
    private static readonly DateTime LongAgo = new(2001, 1, 1, 0, 0, 0, DateTimeKind.Utc);
    private readonly TempDirectory _folder = new();

    // A folder the tool made before: it carries the marker, so the writer may replace and remove files in it.
    public OutputWriterTests() => File.WriteAllBytes(_folder.Combine(OutputMarker.FileName), OutputMarker.Content.ToArray());

    public void Dispose() => _folder.Dispose();

    private static GeneratedFile Streamed(string text) =>
        GeneratedFile.Streamed("/x.json", output =>
        {
            // Written in several pieces, as the index writer does.
            foreach (var piece in text.Chunk(7))
                output.Write(Encoding.UTF8.GetBytes(piece));
        }, "test");

    [Theory]
    [InlineData("{\"a\":1,\"b\":[1,2,3],\"c\":\"lang genoeg om te knippen\"}", "{\"a\":1,\"b\":[1,2,3],\"c\":\"lang genoeg om te knippen\"}", false)]
    [InlineData("{\"a\":1,\"b\":[1,2,3],\"c\":\"lang genoeg om te knippen\"}", "{\"a\":1,\"b\":[1,2,4],\"c\":\"anders\"}", true)]
    [InlineData("kort", "{\"a\":1,\"b\":[1,2,3],\"c\":\"nu langer dan eerst\"}", true)]
    [InlineData("{\"a\":1,\"b\":[1,2,3]}", "{\"a\":1}", true)]
    public void A_streamed_file_ends_up_with_exactly_the_new_bytes_and_is_only_rewritten_when_they_differ(string before, string after, bool changes)
    {
        var path = _folder.Combine("x.json");
        File.WriteAllText(path, before);
        File.SetLastWriteTimeUtc(path, LongAgo);
        var writer = new OutputWriter(_folder.Path);

        writer.Write("x.json", Streamed(after));

        Assert.Equal(after, File.ReadAllText(path));
        Assert.Equal(changes ? 1 : 0, writer.Written);
        Assert.Equal(changes, File.GetLastWriteTimeUtc(path) != LongAgo);
    }

    [Fact]
    public void Files_neither_written_nor_kept_are_removed_with_their_empty_folders()
    {
        Directory.CreateDirectory(_folder.Combine("oud", "diep"));
        File.WriteAllText(_folder.Combine("oud", "diep", "index.html"), "weg");
        File.WriteAllText(_folder.Combine("blijft.txt"), "blijft");
        var writer = new OutputWriter(_folder.Path);
        writer.Write("nieuw/index.html", "nieuw"u8);
        writer.Keep("blijft.txt");

        var removed = writer.RemoveStale();

        Assert.Single(removed);
        Assert.False(Directory.Exists(_folder.Combine("oud")));
        Assert.True(File.Exists(_folder.Combine("blijft.txt")));
        Assert.Equal("nieuw", File.ReadAllText(_folder.Combine("nieuw", "index.html")));
    }

    [Fact]
    public void Links_left_in_the_folder_are_replaced_and_never_written_through()
    {
        using var outside = new TempDirectory("kb-buiten");
        var secret = outside.Combine("geheim.txt");
        File.WriteAllText(secret, "niet van kennisbank");
        Directory.CreateDirectory(outside.Combine("map"));
        Directory.CreateDirectory(outside.Combine("documenten"));
        File.WriteAllText(outside.Combine("documenten", "brief.odt"), "van een docent");
        File.CreateSymbolicLink(_folder.Combine("index.html"), secret);
        File.CreateSymbolicLink(_folder.Combine("artikelen"), outside.Combine("map"));
        File.CreateSymbolicLink(_folder.Combine("oud"), outside.Combine("documenten"));
        var writer = new OutputWriter(_folder.Path);

        writer.Write("index.html", "nieuw"u8);
        writer.Write("artikelen/a/index.html", "artikel"u8);
        writer.RemoveStale();

        Assert.Equal("niet van kennisbank", File.ReadAllText(secret));
        Assert.Equal("van een docent", File.ReadAllText(outside.Combine("documenten", "brief.odt")));
        Assert.False(Path.Exists(_folder.Combine("oud")));
        Assert.Empty(Directory.GetFileSystemEntries(outside.Combine("map")));
        Assert.Null(new FileInfo(_folder.Combine("index.html")).LinkTarget);
        Assert.Equal("artikel", File.ReadAllText(_folder.Combine("artikelen", "a", "index.html")));
    }

    [Fact]
    public void Nothing_is_deleted_in_a_folder_with_files_but_without_the_marker()
    {
        using var foreign = new TempDirectory("kb-vreemd");
        File.WriteAllText(foreign.Combine("brief.odt"), "van een docent");
        var writer = new OutputWriter(foreign.Path);
        writer.Write("index.html", "nieuw"u8);

        Assert.Throws<InvalidOperationException>(() => writer.RemoveStale());
        Assert.True(File.Exists(foreign.Combine("brief.odt")));
    }
}
