namespace StudyBot.Tests.Guides;

/// <summary>Sections under one heading share its words, so their own lines tell them apart: when the question asks for a
/// number or a time, a section whose best line only names the topic ("# HPA (Horizontal Pod Autoscaler) - Pod 개수 조정"
/// in "🔍 핵심 설명") yields to a sibling whose best line gives it ("HPA 최소 간격: 15초마다 메트릭 확인, 3분마다
/// 스케일링" in "🎉 Fun Facts"; see <see cref="AnswerTuning.SiblingKind"/>). Examples written for these tests, not
/// evaluation questions.</summary>
public sealed class SiblingKindTests
{
    private static GuideIndex Index => SeedGuides.Index;

    [Fact]
    public void The_sibling_giving_the_asked_number_comes_first()
    {
        const string Question = "HPA가 스케일 조정 하는 간격 몇분마다야";
        Assert.Equal(AnswerHint.Number, Index.Reader.Read(Question).Hint);
        Assert.Equal("k8s-week3-part3#-fun-facts-1", Index.Search(Question, 1).Single().Section.Key);

        using var without = Index.With(Index.Profile.Tuning with { SiblingKind = 0 });
        Assert.Equal("k8s-week3-part3#-핵심-설명-1", without.Search(Question, 1).Single().Section.Key);
    }

    [Fact]
    public void A_section_giving_the_kind_itself_keeps_its_score()
    {
        // The capstone's overview gives the team's numbers ("개발팀 3명, 운영팀 2명"): nothing to yield to a sibling.
        var question = Index.Reader.Read("최종 프로젝트 스타트업 개발팀 몇명이야");
        var with = Index.Engine.RankSections(Index.Engine.Score(question));
        using var without = Index.With(Index.Profile.Tuning with { SiblingKind = 0 });
        var plain = without.Engine.RankSections(without.Engine.Score(question));
        Assert.Equal(plain[0].Section, with[0].Section);
        Assert.Equal(plain[0].Score, with[0].Score, 9);
    }

    [Fact]
    public void A_question_asking_no_number_time_or_name_is_left_as_it_is()
    {
        var question = Index.Reader.Read("관측성 3요소 설명해줘");
        Assert.Empty(Index.Engine.Score(question).Gives);
    }
}
