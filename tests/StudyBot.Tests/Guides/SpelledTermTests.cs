namespace StudyBot.Tests.Guides;

/// <summary>A line that spells out a term — an acronym with the capitalised words its letters stand for ("ELK Stack
/// (Elasticsearch, Logstash, Kibana)", "Custom Resource Definition (CRD)") or a name written as what it is made of
/// ("Operator = CRD + Controller + Domain Knowledge") — is all about that term: when the term is the question's topic, the
/// words that spell it out count as the question's words for the focus bonus, so that line beats a shorter one that only
/// mentions the term ("ELK Stack 또는 Loki", "Operator SDK"). Examples written for these tests, not evaluation questions.</summary>
public sealed class SpelledTermTests
{
    private const string Expansion = "   ├── ELK Stack (Elasticsearch, Logstash, Kibana)";
    private const string Mention = "ELK Stack 또는 Loki";

    private static readonly string Folder = Path.Combine(ContentPaths.FindContentRoot(), "guides");
    private static readonly GuideIndex Index = GuideIndex.Build(GuideLoader.Load(Folder), Glossary.Load(Folder));

    private static double LineScore(string question, string line) =>
        Index.Engine.Score(Index.Reader.Read(question)).Ranked[Index.Units.Units.Single(u => u.Text == line).Id];

    [Fact]
    public void The_line_that_spells_out_the_questions_acronym_ranks_its_section_first()
    {
        Assert.Equal("k8s-week3-part3#-핵심-설명", Index.Search("ELK는 무슨 단어들의 줄임말이야", 1).Single().Section.Key);
        Assert.True(LineScore("ELK 스택 약자", Expansion) > LineScore("ELK 스택 약자", Mention));
    }

    [Fact]
    public void The_line_that_says_what_a_thing_is_made_of_ranks_its_section_first()
    {
        // "Operator = …" is also a line with a subject, as "Operator: …" would be: a name question counts it too.
        foreach (var question in new[] { "operator parts", "operator는 뭐로 이뤄져 있어" })
        {
            Assert.Equal("k8s-week3-part3#-핵심-설명-2", Index.Search(question, 1).Single().Section.Key);
        }
    }

    [Fact]
    public void Only_the_questions_topic_is_spelled_out()
    {
        // The same ideas in another order: with "로그 수집" first the question is about collecting logs, and the words
        // spelling out ELK are not its words; the line that only mentions ELK scores the same either way.
        Assert.True(LineScore("ELK 스택 로그 수집", Expansion) > LineScore("로그 수집 ELK 스택", Expansion));
        Assert.Equal(LineScore("ELK 스택 로그 수집", Mention), LineScore("로그 수집 ELK 스택", Mention), 6);
    }
}
