namespace StudyBot.Tests.Guides;

/// <summary>A question that names a part of the guides ("lab 5", "the advanced lab", "CNCF 기여 파트") — a section whose own
/// heading has two or more of its ideas, making a third of it — looks for its other words there: that section and its
/// sub-sections count <see cref="AnswerTuning.NamedPart"/> more. Examples written for these tests, not evaluation
/// questions.</summary>
public sealed class NamedPartTests
{
    private static readonly string Folder = Path.Combine(ContentPaths.FindContentRoot(), "guides");
    private static readonly GuideIndex Index = GuideIndex.Build(GuideLoader.Load(Folder), Glossary.Load(Folder));

    private static IReadOnlyList<string> Named(string question)
    {
        Index.Search(Index.Reader.Read(question), 1, out var scores);
        return scores.Named.Select((named, s) => (named, s)).Where(x => x.named).Select(x => Index.Units.Sections[x.s].Key).ToArray();
    }

    [Fact]
    public void A_heading_with_two_of_the_questions_ideas_is_a_named_part()
    {
        Assert.Equal(["k8s-week3-part3#심화-lab-요소"], Named("advanced lab operator scaffolding tool"));
        Assert.Contains("k8s-week3-part3#-lab-5-운영-환경-구축-90분", Named("lab 5 logging node"));
    }

    [Fact]
    public void Two_words_in_a_long_title_are_chance_not_a_name()
    {
        // The 5-week course's title ends "…실습(5주 과정)": "lab" and "5" are two of its ten words.
        var title = Index.Units.Sections.First(s => s.Guide == "devops-k8s-5weeks" && s.Level == 1).Key;
        Assert.DoesNotContain(title, Named("lab 5 logging node"));
    }

    [Fact]
    public void The_section_under_the_named_part_comes_first_and_counts_more()
    {
        // The operator's tool is in "심화 Lab 요소 › Operator 개발"; the platform tools list (GitLab, …) has "tool" itself.
        const string Section = "k8s-week3-part3#operator-개발";
        const string Question = "advanced lab operator scaffolding tool";
        var hit = Index.Search(Question, 1).Single();
        Assert.Equal(Section, hit.Section.Key);

        using var without = Index.With(Index.Profile.Tuning with { NamedPart = 0 });
        var plain = without.Search(Question, 20).Single(h => h.Section.Key == Section);
        Assert.Equal(plain.Score * (1 + Index.Profile.Tuning.NamedPart), hit.Score, 3);
    }
}
