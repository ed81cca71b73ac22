namespace StudyBot.Tests.Guides;

/// <summary>An English verb with its particle is read as one verb, by its meaning in the guides' words ("kicked off" as
/// start, "line up" as queue, "back them up" as backup), not as the verb alone, which the guides never write. Examples
/// written for these tests, not evaluation questions.</summary>
public sealed class ParticleVerbTests
{
    private static GuideIndex Index => SeedGuides.Index;

    private static string[] Words(string question) => [.. Index.Reader.Read(question).Concepts.Select(c => c.Text)];

    [Theory]
    [InlineData("who kicked off the keda project", "start", "kicked")]
    [InlineData("what does the controller use to line up reconcile work", "queue", "line")]
    [InlineData("how do we back the volumes up", "backup", "back")]
    [InlineData("how do we back up the volumes", "backup", "back")]
    [InlineData("how does hpa work out the replica count", "calculate", "work")]
    [InlineData("which ports does the security group let through", "allow", "let")]
    public void A_particle_verb_is_read_as_its_meaning(string question, string meaning, string verb)
    {
        var words = Words(question);
        Assert.Contains(meaning, words);
        Assert.DoesNotContain(verb, words);
    }

    [Theory]
    // "come up" (appears, boots) names nothing the guides write one way: neither word stays an idea.
    [InlineData("where does quota management come up in the compute guide")]
    [InlineData("where did quota management come up")]
    public void Come_up_is_no_idea(string question)
    {
        var words = Words(question);
        Assert.DoesNotContain("come", words);
        Assert.DoesNotContain("came", words);
        Assert.Contains("quota", words);
    }

    [Theory]
    // Without its particle the verb is not the particle verb; "out of" opens a phrase of its own.
    [InlineData("does the lab work without a load balancer", "calculate")]
    [InlineData("does helm work out of the box on eks", "calculate")]
    [InlineData("what does the first line of the operator formula say", "queue")]
    public void A_verb_without_its_particle_is_not_the_particle_verb(string question, string meaning) =>
        Assert.DoesNotContain(meaning, Words(question));

    [Fact]
    public void The_meaning_finds_the_line_that_writes_it()
    {
        // The guides write KEDA's origin as "… 팀에서 시작된 오픈소스": "kicked off" meets 시작 through "start".
        var best = Index.Search("which group kicked off keda", 1).Single();
        Assert.Equal("k8s-week3-part3#-fun-facts-1", best.Section.Key);
    }

    [Theory]
    // Made up, off-topic: a particle verb alone answers nothing.
    [InlineData("who kicked off the world cup final")]
    [InlineData("how do i back my phone photos up")]
    [InlineData("how do i work out my daily calorie needs")]
    [InlineData("how many guests can we line up for the wedding")]
    public void A_particle_verb_answers_no_off_topic_question(string question) =>
        Assert.Equal(AnswerConfidence.None, Index.Answer(question, 3).Confidence);
}
