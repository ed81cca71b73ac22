namespace StudyBot.Tests.Guides;

/// <summary>The things a question sets aside (<see cref="QueryText.SetAsideSpans"/>, <see cref="Question.SetAside"/>): before
/// 말고/빼고/대신/아니고, after "besides"/"other than"/"instead of", in "(not …)" and "not the … one". Set aside ("X 말고
/// 또 뭐", "besides X") the thing points at the rest of its list and ranks in full; ruled out ("(not …)", 대신, "instead
/// of") it names a sibling of what is asked and ranks with <see cref="AnswerTuning.RuledOutRankWeight"/> of its weight.
/// Examples written for these tests, not evaluation questions.</summary>
public sealed class SetAsideTests
{
    private static GuideIndex Index => SeedGuides.Index;

    private static string[] Spans(string text, bool ruledOut = false) =>
        [.. QueryText.SetAsideSpans(text).Where(s => s.RuledOut || !ruledOut).Select(s => text[s.Start..s.End].Trim())];

    [Theory]
    [InlineData("프로메테우스 말고 모니터링 도구 뭐 있어?", "프로메테우스")]
    [InlineData("ELK말고 로그 수집 스택 또 있어?", "ELK")]
    [InlineData("오버레이 프로토콜 vxlan이랑 gre 말고 또 뭐?", "vxlan이랑 gre")]
    [InlineData("operator sdk 말고 다른 방법", "operator sdk")]
    [InlineData("버전 올리는거 말고 뭐 있지", "버전 올리는거")]
    [InlineData("which monitoring tools are listed besides prometheus?", "prometheus")]
    [InlineData("other than helm and kustomize, what else deploys apps", "helm and kustomize")]
    public void The_thing_before_or_after_the_marker_is_set_aside(string text, string thing)
    {
        Assert.Equal([thing], Spans(text));
        Assert.Empty(Spans(text, ruledOut: true));
    }

    [Theory]
    [InlineData("the replica count in the deployment yaml (not the broken lab one)?", "the broken lab one")]
    [InlineData("replica count of the deployment, not the broken lab one", "broken lab")]
    [InlineData("스케일링을 cpu 대신 이벤트로 하려면?", "cpu")]
    [InlineData("can pods scale on queue length instead of cpu?", "cpu")]
    public void A_thing_the_answer_is_not_is_ruled_out(string text, string thing) =>
        Assert.Contains(thing, Spans(text, ruledOut: true));

    [Fact]
    public void A_clause_ends_what_is_set_aside()
    {
        // The word before 말고 closing a clause ("…보니까,") sets nothing aside; "besides CRDs" stops at the question word.
        Assert.Empty(Spans("대시보드 보니까, 말고 또 뭐 있어?"));
        Assert.Equal(["CRDs"], Spans("besides CRDs what do i need for controllers?"));
    }

    [Fact]
    public void A_marker_is_matched_letter_for_letter()
    {
        // The thing is cut off by the marker's length, which holds only for an ordinal match: compared by culture an
        // invisible character after 말고 (a zero-width space, a soft hyphen) is ignored, and the thing lost a letter ("ELK말").
        Assert.Equal(["ELK"], Spans("ELK말고 로그 수집 스택 또 있어?"));
        // And since the question is read without invisible format characters (Text.Visible), the marker is found.
        Assert.Equal(["ELK"], Spans(Index.Reader.Read("ELK말고\u200B 로그 수집 스택 또 있어?").Text));
        Assert.Equal(["ELK"], Spans(Index.Reader.Read("ELK말고\u00AD 로그 수집 스택 또 있어?").Text));
    }

    [Fact]
    public void A_question_setting_nothing_aside_has_no_test()
    {
        Assert.Null(Index.Reader.Read("HPA는 몇 초마다 메트릭을 확인해?").SetAside());
        Assert.Null(Index.Reader.Read("프로메테우스 말고 모니터링 도구 뭐 있어?").SetAside(ruledOut: true));
    }

    [Fact]
    public void A_ruled_out_idea_ranks_with_a_part_of_its_weight_and_a_set_aside_one_in_full()
    {
        var ruledOut = Index.Reader.Read("can pods scale on queue length instead of cpu?");
        var scores = Index.Engine.Score(ruledOut);
        var cpu = ruledOut.Concepts.ToList().FindIndex(c => c.Text == "cpu");
        Assert.True(cpu >= 0);
        Assert.Equal(ruledOut.Concepts[cpu].Weight * Index.Profile.Tuning.RuledOutRankWeight, scores.Weights[cpu], 9);

        var setAside = Index.Reader.Read("which resources can pods scale on besides cpu?");
        var besides = setAside.Concepts.ToList().FindIndex(c => c.Text == "cpu");
        Assert.True(besides >= 0);
        Assert.Equal(setAside.Concepts[besides].Weight, Index.Engine.Score(setAside).Weights[besides], 9);
    }
}
