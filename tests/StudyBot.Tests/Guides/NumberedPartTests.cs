namespace StudyBot.Tests.Guides;

/// <summary>A label the guides' headings write before a number ("Session 3:", "Lab 5:", "… - Part 3") followed by a
/// number in the question is one place phrase: the number counts under the heading with that label and number, not as a
/// bare number elsewhere ("관측성 3요소"). Examples are made up here, never evaluation questions.</summary>
public sealed class NumberedPartTests
{
    private static GuideIndex Index => SeedGuides.Index;

    [Theory]
    [InlineData("Session 3 필수 요소 목록", "session 3", "Session 3:")]
    [InlineData("what does session 2 cover about scaling", "session 2", "Session 2:")]
    [InlineData("세션 2에서 배우는 핵심 설명", "세션 2", "Session 2:")] // the glossary's Korean name of the label
    [InlineData("where do i set alerts in lab 5", "lab 5", "Lab 5:")]
    [InlineData("challenge 5 장애 원인", "challenge 5", "Challenge 5:")]
    public void A_label_and_its_number_are_one_place(string question, string text, string heading)
    {
        var concepts = Index.Reader.Read(question).Concepts;
        var place = Assert.Single(concepts, c => c.Text == text);
        Assert.NotEmpty(place.Sections);
        Assert.All(place.Sections, s => Assert.Contains(heading, Index.Units.Sections[s].Heading, StringComparison.Ordinal));

        // The number is not read again as a bare number; the label stays a word of the question.
        Assert.DoesNotContain(concepts, c => c.Text == text.Split(' ')[1]);
        Assert.Contains(concepts, c => c.Text == text.Split(' ')[0]);
    }

    [Theory]
    [InlineData("session 7 내용이 뭐야")] // no heading writes Session 7
    [InlineData("hpa로 3 replicas 유지하는 법")] // a count, no label before it
    [InlineData("관측성 3요소 뭐였지")]
    public void A_number_no_heading_labels_is_no_place(string question) =>
        Assert.DoesNotContain(Index.Reader.Read(question).Concepts, c => c.Text.Contains(' ', StringComparison.Ordinal) && c.Sections.Count > 0);

    [Fact]
    public void The_numbered_session_is_found_over_the_others()
    {
        // Every session has a "🎯 필수 요소" list, and Session 1's has "관측성 3요소": the third session's list is the one asked.
        var answer = Index.Answer("Session 3 필수 요소 목록", 3);
        var first = answer.Hits[0].Section;
        Assert.Contains("Session 3:", string.Join(" › ", first.Path), StringComparison.Ordinal);
        Assert.Contains(answer.Lines, l => l.Text.Contains("Custom Resource Definition", StringComparison.Ordinal));
    }
}
