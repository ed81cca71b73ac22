namespace StudyBot.Tests.Guides;

/// <summary>A question word typed with one letter dropped or two neighbours swapped ("wich", "shoud") is the word
/// meant, and a native Korean numeral from five to nine is its digits: read as a name the slip, and as a word the guides
/// never write the numeral, withheld answers whose section ranked first. A name that differs from a question word by a
/// letter changed or added stays a name. Examples are made up here, never evaluation questions.</summary>
public sealed class MistypedQuestionWordTests
{
    private static GuideIndex Index => SeedGuides.Index;

    [Theory]
    [InlineData("wich autoscalers does the week 3 guide compare", "wich", AnswerHint.Name)]
    [InlineData("what shoud i read first about prometheus", "shoud", AnswerHint.None)]
    public void A_question_word_with_a_slip_shapes_the_question(string question, string slip, AnswerHint hint)
    {
        var read = Index.Reader.Read(question);
        Assert.DoesNotContain(read.Concepts, c => c.Text == slip);
        if (hint != AnswerHint.None)
        {
            Assert.Equal(hint, read.Hint);
        }
    }

    [Theory]
    [InlineData("wasm runtime for edge functions", "wasm")]
    public void A_name_a_letter_changed_or_added_from_a_question_word_stays_a_name(string question, string name)
    {
        Assert.Contains(Index.Reader.Read(question).Concepts, c => c.Text == name && c.Origin == WordOrigin.ForeignName);
    }

    [Fact]
    public void A_slip_written_as_a_name_stays_a_name()
    {
        Assert.Contains(Index.Reader.Read("is Bing search covered").Concepts, c => c.Text == "bing");
    }

    [Fact]
    public void A_native_numeral_is_its_digits()
    {
        var read = Index.Reader.Read("다섯 주 과정에서 클러스터 만드는 도구 뭐임");
        Assert.DoesNotContain(read.Concepts, c => c.Text == "다섯");
        Assert.DoesNotContain(read.Concepts, c => c.Origin == WordOrigin.Unknown && c.Text.StartsWith('5'));
    }
}
