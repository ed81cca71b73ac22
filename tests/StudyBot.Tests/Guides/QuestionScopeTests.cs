namespace StudyBot.Tests.Guides;

/// <summary>A question that opens with its setting — a thing of the guides marked by 에서 ("패커에서 …") — is asked of that
/// thing: a section that has it counts <see cref="AnswerTuning.ScopeBonus"/> more than one with only the question's other,
/// commoner words. Examples written for these tests, not evaluation questions.</summary>
public sealed class QuestionScopeTests
{
    private static GuideIndex Index => SeedGuides.Index;

    private static string? Scope(string question)
    {
        var read = Index.Reader.Read(question);
        return read.Scope >= 0 ? read.Concepts[read.Scope].Text : null;
    }

    [Theory]
    [InlineData("packer에서 이미지 최적화 뭐 배워", "packer")]
    [InlineData("Packer에서는 이미지 최적화도 다뤄?", "packer")]
    [InlineData("앤서블에선 롤 재사용 나와?", "앤서블")]
    public void The_first_word_before_에서_is_the_setting(string question, string setting) =>
        Assert.Equal(setting, Scope(question));

    // The glossary reads its term inside a word glued to the particle, and the idea keeps the word as typed: still the setting.
    [Fact]
    public void A_glossary_term_read_inside_the_word_before_에선_is_the_setting()
    {
        var read = Index.Reader.Read("구글클라우드플랫폼에선 노드 자동 확장 뭐가 해줘?");
        Assert.True(read.Scope >= 0);
        Assert.Contains("gcp", read.Concepts[read.Scope].Alternatives);
    }

    // The thing a question says it does the rest with, by (으)로, or "when learning / using" it (a predicate's ㄹ form before
    // 때, glued or not), is its setting as well.
    [Theory]
    [InlineData("packer로 이미지 최적화하는 것도 배워?", "packer")]
    [InlineData("앤서블으로 롤 재사용하는 법 나와?", "앤서블")]
    [InlineData("packer 배울 때 이미지 최적화도 다뤄?", "packer")]
    [InlineData("앤서블 공부할때 롤 재사용도 나와?", "앤서블")]
    [InlineData("packer를 쓸 때 이미지 최적화 뭐 해", "packer")]
    public void The_first_word_done_with_or_learned_is_the_setting(string question, string setting) =>
        Assert.Equal(setting, Scope(question));

    [Theory]
    [InlineData("packer 배우면 이미지 최적화도 해?")] // a condition, not "when doing"
    [InlineData("packer 배운 뒤에 이미지 최적화 뭐 해")] // a past form before another noun
    [InlineData("packer 배운 때 이미지 최적화 뭐 해")] // the ㄴ form before 때, not the ㄹ one
    [InlineData("로 이미지 최적화")] // the particle alone
    public void No_setting_from_other_forms_of_the_opening_words(string question) =>
        Assert.Null(Scope(question));

    [Theory]
    [InlineData("팀에서 모니터링 누가 맡아?")] // the guides write "팀에서" as a word: read as written, no glossary term in it
    [InlineData("이미지 최적화 packer에서 배워?")] // not where the question opens
    [InlineData("packer 이미지 최적화 뭐 배워")] // no particle of a setting
    [InlineData("에서 이미지 최적화")] // the particle alone
    public void No_setting_without_an_opening_word_before_에서(string question) =>
        Assert.Null(Scope(question));

    [Fact]
    public void A_section_with_the_setting_counts_more_and_one_without_it_the_same()
    {
        const string Question = "packer에서 이미지 최적화 뭐 배워";
        var hits = Index.Search(Question, 20);
        using var without = Index.With(Index.Profile.Tuning with { ScopeBonus = 0 });
        var plain = without.Search(Question, 20).ToDictionary(h => h.Section.Key, h => h.Score);

        // The IaC section lists Packer with "이미지 최적화" under it; it comes first either way, now by more.
        var iac = hits[0];
        Assert.Equal("infra-platform#3-infrastructure-as-code-iac", iac.Section.Key);
        Assert.Equal(plain[iac.Section.Key] * (1 + Index.Profile.Tuning.ScopeBonus), iac.Score, 3);

        // A section that never names Packer scores as it did.
        var other = hits.First(h => !string.Join(' ', [h.Section.Text, h.Section.Heading, .. h.Section.Path]).Contains("packer", StringComparison.OrdinalIgnoreCase));
        Assert.Equal(plain[other.Section.Key], other.Score, 3);
    }

    private static string? Label(string question)
    {
        var read = Index.Reader.Read(question);
        return read.Label >= 0 ? read.Concepts[read.Label].Text : null;
    }

    // A guide term before a colon is the question's label: what the rest is asked of.
    [Theory]
    [InlineData("packer: image optimization, is it covered?", "packer")]
    [InlineData("Packer: 이미지 최적화도 배워?", "packer")]
    public void A_guide_term_before_a_colon_is_the_label(string question, string label) =>
        Assert.Equal(label, Label(question));

    [Theory]
    [InlineData("image optimization with packer: is it covered?")] // not where the question opens
    [InlineData("packer image optimization, is it covered?")] // no colon
    [InlineData(": packer image optimization")] // the colon alone
    public void No_label_without_an_opening_term_before_a_colon(string question) =>
        Assert.Null(Label(question));

    [Fact]
    public void A_section_with_the_label_counts_as_one_with_the_setting()
    {
        const string Question = "packer: image optimization, is it covered?";
        var hits = Index.Search(Question, 20);
        using var without = Index.With(Index.Profile.Tuning with { LabelSetting = 0 });
        var plain = without.Search(Question, 20).ToDictionary(h => h.Section.Key, h => h.Score);

        var iac = hits.First(h => h.Section.Key == "infra-platform#3-infrastructure-as-code-iac");
        Assert.Equal(plain[iac.Section.Key] * (1 + Index.Profile.Tuning.ScopeBonus), iac.Score, 3);

        // The label stays the question's topic: it is not taken out of it as a setting by 에서 may be.
        Assert.Equal("packer", Index.Reader.Read(Question).Topic?.Text);
    }
}
