using StudyBot.Checklist;


namespace StudyBot.Tests.Checklist;

/// <summary>Threats against <c>/done</c> and <c>/undo</c>: words built to make fuzzy matching slow or a reply huge.</summary>
public sealed class ChecklistThreats(AzuriteFixture azurite) : BotChatTests(azurite)
{
    private static GuideCatalog Catalog => SeedGuides.Catalog;

    [Fact]
    public async Task Fuzzy_match_flood_done_with_a_200000_character_word_is_refused_without_matching_writing_or_echoing()
    {
        var word = new string('k', 200_000);
        var reply = await Chat.SayAsync("/done " + word);

        Assert.DoesNotContain(new string('k', Text.MaxEcho + 1), reply, StringComparison.Ordinal);
        Assert.True(reply.Length < 1000, $"a {reply.Length}-character reply");
        Assert.Empty(await Chat.RowsAsync(CompletionStore.CompletionsTable));
    }

    [Theory]
    [InlineData("/done")]
    [InlineData("/undo")]
    public async Task Fuzzy_match_flood_a_word_under_the_text_cap_but_longer_than_any_id_names_nothing_and_is_quoted_clipped(string command)
    {
        var word = "k8s-" + string.Concat(Enumerable.Repeat("operator-", 400));
        var reply = await Chat.SayAsync($"{command} {word}");

        Assert.Contains(word[..(Text.MaxEcho - 1)] + "…", reply, StringComparison.Ordinal);
        Assert.DoesNotContain(word[..(Text.MaxEcho + 1)], reply, StringComparison.Ordinal);
        Assert.Empty(await Chat.RowsAsync(CompletionStore.CompletionsTable));
    }

    [Fact]
    public void Fuzzy_match_flood_the_resolver_does_no_edit_distance_beyond_the_word_cap()
    {
        var match = ItemResolver.Resolve(Catalog, "k8s-operatorr" + new string('r', ItemResolver.MaxWordLength));
        Assert.Null(match.Item);
        Assert.Empty(match.Suggestions);

        // Within the cap a typo still gets its suggestion.
        Assert.Equal("k8s-operator", ItemResolver.Resolve(Catalog, "k8s-operatorr").Suggestions[0].Id);
    }

    [Fact]
    public void Fuzzy_match_flood_many_unknown_ids_get_suggestions_for_the_first_few_only_and_too_many_is_refused_before_matching()
    {
        var thirty = string.Join(' ', Enumerable.Range(0, ItemResolver.MaxItems).Select(i => "k8s-operatorr-" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        var parsed = ItemResolver.Parse(Catalog, thirty, allowNote: true);
        Assert.Equal(ItemResolver.MaxItems, parsed.Problems.Count);
        Assert.Equal(ItemResolver.MaxProblemsExplained, parsed.Problems.Count(p => p.Suggestions.Count > 0));

        var tooMany = ItemResolver.Parse(Catalog, thirty + " k8s-operator", allowNote: true);
        Assert.True(tooMany.TooMany);
        Assert.Empty(tooMany.Matches);
    }

    [Fact]
    public async Task Fuzzy_match_flood_a_refusal_for_thirty_unknown_ids_explains_three_and_counts_the_rest()
    {
        var words = Enumerable.Range(0, ItemResolver.MaxItems).Select(i => "nosuch-item-" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        var reply = await Chat.SayAsync("/done " + string.Join(' ', words), locale: "en-US");

        Assert.Contains(words[2], reply, StringComparison.Ordinal);
        Assert.DoesNotContain(words[3] + "`", reply, StringComparison.Ordinal);
        Assert.Contains($"{ItemResolver.MaxItems - ItemResolver.MaxProblemsExplained} more", reply, StringComparison.Ordinal);
        Assert.Empty(await Chat.RowsAsync(CompletionStore.CompletionsTable));
    }
}
