namespace StudyBot.Tests.Guides;

/// <summary>A learner asks what a described thing is called ("the pattern called …", "이름 뭐였지") in words the guides
/// never write ("cleanup before deletion" for the Finalizer): the glossary's description of the thing, read whole, lets
/// those words reach the line that names it. A question that does not ask for a name is read as before. Examples
/// written for these tests, not evaluation questions.</summary>
public sealed class CalledNameTests
{
    private static GuideIndex Index => SeedGuides.Index;

    private static int Finalizer => Enumerable.Range(0, Index.Units.Units.Count).First(u => Index.Units.Units[u].Text.StartsWith("Finalizer", StringComparison.Ordinal));

    private static double OwnAtFinalizer(string question, string word)
    {
        var read = Index.Reader.Read(question);
        var k = read.Concepts.ToList().FindIndex(c => c.Text == word);
        Assert.True(k >= 0, $"'{word}' is an idea of the question");
        Assert.Equal(WordOrigin.Unknown, read.Concepts[k].Origin);
        return Index.Engine.Score(read).Own[k][Finalizer];
    }

    [Fact]
    public void A_name_asked_for_in_unknown_words_of_a_description_reaches_the_named_line()
    {
        const string Question = "what is the name of the pattern that does cleanup before a custom resource is deleted";
        Assert.InRange(OwnAtFinalizer(Question, "cleanup"), 0.1, Index.Profile.Tuning.DefinedCredit);
        Assert.Equal("compute#6-kubernetes-operator-개발", Index.Search(Question, 1).Single().Section.Key);
    }

    [Fact]
    public void The_same_words_without_a_name_asked_for_stay_unknown() =>
        Assert.Equal(0, OwnAtFinalizer("how does cleanup work before a custom resource is deleted", "cleanup"));

    [Theory]
    [InlineData("what is the name of the pattern that does cleanup before deletion", true)]
    [InlineData("삭제 전에 정리하는 패턴 이름 뭐였지", true)]
    [InlineData("그 패턴 영어로 뭐라고 불러", true)]
    [InlineData("which tools does the guide list for tracing", false)]
    [InlineData("트레이싱에 어떤 도구 써", false)]
    public void A_name_question_asks_what_a_thing_is_called_only_with_a_word_for_its_name(string question, bool called) =>
        Assert.Equal(called, Index.Reader.Read(question).AsksWhatCalled);
}
