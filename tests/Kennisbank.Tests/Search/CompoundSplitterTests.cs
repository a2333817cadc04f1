using Kennisbank.Search;

namespace Kennisbank.Tests.Search;

// Dutch compounds split with the shipped OpenTaal parts list (Search/Data/compound-parts.txt).

public sealed class CompoundSplitterTests
{
    [Theory]
    [InlineData("lerarentekort", "leraren tekort")]
    [InlineData("pestprotocol", "pest protocol")]
    [InlineData("schoolgebouw", "school gebouw")]
    [InlineData("jeugdhulp", "jeugd hulp")]
    [InlineData("veiligheidsplan", "veiligheid plan")]
    [InlineData("incidentenprotocol", "incident protocol")]
    [InlineData("ontwikkelingsperspectiefplan", "ontwikkelingsperspectief ontwikkeling perspectief plan")]
    [InlineData("schooladvies", "school advies")]
    public void Splits_compounds_into_modifier_and_head(string word, string parts) =>
        Assert.Equal(parts.Split(' '), CompoundSplitter.Dutch.Split(word));

    [Theory]
    [InlineData("leerling")]
    [InlineData("onderwijs")]
    [InlineData("tevredenheid")]
    [InlineData("school")]
    [InlineData("havo-vwo")]
    [InlineData("2024")]
    [InlineData("xyzxyzxyzxyz")]
    public void Leaves_other_words_whole(string word) =>
        Assert.Empty(CompoundSplitter.Dutch.Split(word));

    [Fact]
    public void Compounds_are_found_as_the_index_sees_words_each_once()
    {
        var compounds = CompoundSplitter.Dutch.Compounds(["Het Lerarentekort (en het lerarentekort).", "Een pestprotocol; de schoolgebouwen"]);

        Assert.Equal(["lerarentekort", "pestprotocol", "schoolgebouwen"], compounds.Select(c => c.Compound));
        Assert.Equal("leraren tekort pest protocol school gebouwen",
            CompoundSplitter.Dutch.PartsText(["Het Lerarentekort (en het lerarentekort).", "Een pestprotocol; de schoolgebouwen"]));
    }

    [Fact]
    public void Folded_words_split_like_their_plain_spelling() =>
        Assert.Equal(CompoundSplitter.Dutch.PartsText(["zorgcoordinator"]), CompoundSplitter.Dutch.PartsText(["Zorgcoördinator"]));

    [Fact]
    public void A_parts_list_marks_modifiers_and_heads()
    {
        var splitter = new CompoundSplitter(["boek<", "kast>", "kast", "deur>"]);

        Assert.Equal(["boek", "kast"], splitter.Split("boekenkast"));
        Assert.Empty(splitter.Split("kastboek"));
        Assert.Equal(["kast", "deur"], splitter.Split("kastdeur"));
    }
}
