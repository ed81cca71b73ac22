namespace StudyBot.Tests.Conversation;

/// <summary>Display columns (Hangul and CJK count two) and clipping a text to a column budget, as one-line item lines
/// use them.</summary>
public sealed class TextColumnsTests
{
    [Theory]
    [InlineData("kubernetes", 10)]
    [InlineData("클러스터", 8)]
    [InlineData("Pod부터 Deployment", 18)]
    [InlineData("ＡＢ", 4)] // full-width forms
    [InlineData("漢字かな", 8)]
    [InlineData("✅ ok", 5)]
    [InlineData("e\u0301", 1)] // a combining accent takes no column
    [InlineData("", 0)]
    public void Columns_count_wide_characters_twice(string text, int columns) =>
        Assert.Equal(columns, Text.Columns(text));

    [Theory]
    [InlineData("클러스터 정상 구축 및 HA 구성", 12, "클러스터 정…")]
    [InlineData("클러스터 정상 구축", 10, "클러스터…")] // the space before the cut is dropped
    [InlineData("Chaos Engineering 적용", 19, "Chaos Engineering…")]
    [InlineData("abcdefghij", 10, "abcdefghij")] // exactly fits: untouched
    [InlineData("abcdefghijk", 10, "abcdefghi…")]
    [InlineData("가나다", 5, "가나…")]
    [InlineData("가나다", 6, "가나다")]
    public void Clipping_to_columns_keeps_whole_characters_and_ends_in_an_ellipsis(string text, int columns, string clipped)
    {
        var result = Text.ClipColumns(text, columns);
        Assert.Equal(clipped, result);
        Assert.True(Text.Columns(result) <= columns);
    }

    [Fact]
    public void Clipping_never_splits_a_surrogate_pair_or_counts_an_emoji_as_one_column()
    {
        var clipped = Text.ClipColumns(string.Concat(Enumerable.Repeat("😀", 50)), 8);
        Assert.Equal("😀😀😀…", clipped);
    }

    [Fact]
    public void Clipping_a_megabyte_title_reads_only_as_far_as_the_budget()
    {
        // One pass that stops at the first character over the budget: the size of the text does not matter.
        var title = string.Concat(Enumerable.Repeat("가", 1_000_000));
        var clipped = Text.ClipColumns(title, 40);
        Assert.Equal(new string('가', 19) + "…", clipped);
    }
}
