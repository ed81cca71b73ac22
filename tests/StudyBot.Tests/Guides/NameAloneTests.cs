namespace StudyBot.Tests.Guides;

/// <summary>A question opening with a name the guides use, of which neither the best line nor its section has anything
/// else, while it asks in a word the guides never use something they never say of that name, is declined
/// (<see cref="AnswerSignals.NameAlone"/>): the name's rarity says the guides name the thing, not that they answer what
/// is asked of it. A question about the thing as the guides write of it stays answered. Examples written for these
/// tests, not evaluation questions.</summary>
public sealed class NameAloneTests
{
    private static readonly string Folder = Path.Combine(ContentPaths.FindContentRoot(), "guides");
    private static readonly GuideIndex Index = GuideIndex.Build(GuideLoader.Load(Folder), Glossary.Load(Folder));

    [Theory]
    [InlineData("github actions 요금제 가격표")] // only NameAlone declines it: "Github Actions 통한 CI" says no price
    [InlineData("gcp trial credit expiration date")]
    [InlineData("terraform 자격증 응시료")]
    [InlineData("azure 공짜 계정 만들기")] // the line "Azure" has 만들기 (개발) only from a heading above its section
    public void A_question_asking_of_a_name_what_the_guides_never_say_is_declined(string question)
    {
        var answer = Index.Answer(question, 3);
        Assert.True(answer.Signals!.NameAlone);
        Assert.Equal(AnswerConfidence.None, answer.Confidence);
    }

    [Fact]
    public void An_idea_from_the_headings_above_is_not_what_the_line_says()
    {
        var answer = Index.Answer("azure 결제 계정 만들기", 3);
        var best = answer.Hits[0].Unit;
        var scores = Index.Engine.Score(Index.Reader.Read("azure 결제 계정 만들기"));
        // 만들기 reaches the best line only by the path credit of a heading above it, below a synonym's credit.
        var made = scores.Concepts.ToList().FindIndex(c => c.Text == "만들기");
        Assert.InRange(scores.Context[made][best], 0.5, Index.Engine.Tuning.SynonymCredit - 0.01);
        Assert.True(answer.Signals!.NameAlone);
    }

    [Theory]
    [InlineData("aws 쓰는 이유")] // nothing asked beyond the name
    [InlineData("github actions 어디서 배워")]
    [InlineData("gcp에서 배우는 서비스")] // the section has more of it than the line
    [InlineData("azure 버추얼머신 스케일셋")]
    [InlineData("ansible 롤 구조 설명해줘")] // 롤 is the guides' "Role" the reader does not spell back: one syllable is no evidence
    public void A_question_about_the_name_as_the_guides_write_of_it_stays_answered(string question)
    {
        var answer = Index.Answer(question, 3);
        Assert.False(answer.Signals!.NameAlone);
        Assert.NotEqual(AnswerConfidence.None, answer.Confidence);
    }
}
