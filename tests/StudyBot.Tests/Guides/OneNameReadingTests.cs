namespace StudyBot.Tests.Guides;

/// <summary>Two words a question writes apart that are one name (<see cref="QuestionReader"/>): "vs" opening a name
/// where nothing before it is compared, and a company with its legal form. Examples are made up here, never evaluation
/// questions.</summary>
public sealed class OneNameReadingTests
{
    private static GuideIndex Index => SeedGuides.Index;

    [Theory]
    [InlineData("vs code 단축키 알려줘")]
    [InlineData("how do i open a terminal in vs code")]
    public void Vs_with_nothing_before_it_to_compare_opens_a_name(string question)
    {
        var concepts = Index.Reader.Read(question).Concepts;
        Assert.Contains(concepts, c => c.Text == "vscode" && c.Origin != WordOrigin.Guide);
        Assert.DoesNotContain(concepts, c => c.Text == "code");
    }

    [Theory]
    [InlineData("hpa vs vpa 차이", "hpa", "vpa")]
    [InlineData("scale out vs scale up", "scale out", "scale up")]
    public void Vs_between_two_things_compares_them(string question, string first, string second)
    {
        var concepts = Index.Reader.Read(question).Concepts;
        Assert.DoesNotContain(concepts, c => c.Text.StartsWith("vs", StringComparison.Ordinal));
        Assert.Contains(concepts, c => c.Alternatives.Contains(first));
        Assert.Contains(concepts, c => c.Alternatives.Contains(second));
    }

    [Fact]
    public void A_name_with_a_company_legal_form_is_the_company()
    {
        // The company is not the product the guides teach: one name they never write, and no answer.
        var concepts = Index.Reader.Read("when was prometheus inc founded").Concepts;
        Assert.DoesNotContain(concepts, c => c.Text == "prometheus");
        Assert.Contains(concepts, c => c.Text == "prometheusinc" && c.Origin != WordOrigin.Guide);
        Assert.Equal(AnswerConfidence.None, Index.Answer("how many people work at grafana corp", 3).Confidence);
    }
}
