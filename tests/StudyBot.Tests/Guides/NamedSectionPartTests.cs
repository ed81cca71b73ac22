namespace StudyBot.Tests.Guides;

/// <summary>A section answered because the question names it is shown by its outline (its parts' headings) — unless a
/// line in one of its parts also has an idea of the question the heading has not and scores close to the heading: then
/// the question asks of a thing inside the section, and that line answers. Examples written for these tests, not
/// evaluation questions.</summary>
public sealed class NamedSectionPartTests
{
    private static GuideIndex Index => SeedGuides.Index;

    private const string Session = "k8s-week3-part3#session-2-오토스케일링--자동화-50분";

    private static IReadOnlyList<AnswerLine> SessionLines(string question) => Lines(Session, question);

    private static IReadOnlyList<AnswerLine> Lines(string key, string question)
    {
        var section = Index.Units.Sections.Select((s, i) => (s, i)).Single(x => x.s.Key == key).i;
        return Index.Engine.Extract(section, Index.Engine.Score(Index.Reader.Read(question)));
    }

    [Fact]
    public void A_question_asking_of_a_thing_in_the_named_section_gets_that_thing_s_line()
    {
        // The heading scores best (세션 2, 오토스케일링), but "event-driven" is only in the KEDA line ("이벤트 기반") of the
        // session's 필수 요소.
        var lines = SessionLines("session 2 covers event-driven autoscaling with which tool");
        Assert.Contains(lines, l => l.Text.StartsWith("KEDA", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.Text == "🎯 필수 요소");
    }

    [Fact]
    public void A_question_naming_only_the_section_gets_its_outline()
    {
        var lines = SessionLines("세션 2 내용 정리해줘");
        Assert.Equal(["🎯 필수 요소", "🔍 핵심 설명", "🎉 Fun Facts"], lines.Select(l => l.Text));
    }

    [Fact]
    public void A_named_section_without_parts_answers_with_its_best_line_not_its_opening_lines()
    {
        // The heading (체크리스트, infra platform) scores best; "images" is only in the checklist's seventh item, past the
        // six opening lines a section named as a whole shows.
        var lines = Lines("infra-platform#체크리스트", "checklist of the infra platform position: the one on images");
        Assert.Contains(lines, l => l.Text == "Linux OS 이미지 관리 가능");
    }
}
