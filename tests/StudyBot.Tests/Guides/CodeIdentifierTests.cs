namespace StudyBot.Tests.Guides;

/// <summary>A camelCase key the learner writes as code and a code line of the guides has as written is what the question
/// is about: its words the guides never use (옵션, 값) do not leave the topic untouched
/// (<see cref="AnswerSignals.TopicUntouched"/>), and the closest lines are shown. A key the guides never write, or a
/// product's name written with capitals, changes nothing. Examples written for these tests, not evaluation questions.</summary>
public sealed class CodeIdentifierTests
{
    private static GuideIndex Index => SeedGuides.Index;

    [Theory]
    [InlineData("updateMode", "VPA updateMode 값", true)]
    [InlineData("minreplicas", "HPA minReplicas 몇?", true)]
    [InlineData("postgresql", "PostgreSQL 튜닝", false)]
    [InlineData("mongodb", "MongoDB index", false)]
    [InlineData("macos", "macOS 설치", false)]
    [InlineData("ebpf", "eBPF 필터", false)]
    [InlineData("updatemode", "updatemode 값", false)]
    [InlineData("k", "k 값", false)]
    [InlineData("aB", "aB 값", false)]
    public void Only_camel_case_reads_as_an_identifier(string word, string text, bool identifier) =>
        Assert.Equal(identifier, QueryText.WrittenAsIdentifier(text, word.ToLowerInvariant()));

    [Theory]
    [InlineData("gatewayClassName 옵션에는 무슨 값을 넣어?")]
    [InlineData("averageUtilization 옵션 값 몇으로 잡아?")]
    public void A_key_of_the_guides_code_asked_in_own_words_is_shown(string question)
    {
        var answer = Index.Answer(question, 3);
        Assert.False(answer.Signals!.TopicUntouched);
        Assert.NotEqual(AnswerConfidence.None, answer.Confidence);
    }

    [Theory]
    [InlineData("react useEffect 옵션에 넣을 수 있는 값 뭐 있어?")]
    [InlineData("hikari maximumPoolSize 값 얼마가 적당해?")]
    [InlineData("What values can the tsconfig strictNullChecks option take?")]
    [InlineData("kafka autoOffsetReset 값 뭐 있어?")]
    [InlineData("nginx worker_processes 옵션 값 얼마로 해?")]
    public void A_key_of_other_code_stays_declined(string question) =>
        Assert.Equal(AnswerConfidence.None, Index.Answer(question, 3).Confidence);
}
