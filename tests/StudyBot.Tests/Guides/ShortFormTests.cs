namespace StudyBot.Tests.Guides;

/// <summary>Standard IT short forms of English words ("dir", "vuln", "nic") that the glossary gives and the guides never
/// write: a term of the question, not the name of a product the guides leave out. Examples are made up here, never
/// evaluation questions.</summary>
public sealed class ShortFormTests
{
    private static GuideIndex Index => SeedGuides.Index;

    [Theory]
    [InlineData("dir", "directory")]
    [InlineData("vulns", "vulnerabilities")]
    [InlineData("mgmt", "management")]
    [InlineData("nic", "network interface card")]
    public void A_clipping_contraction_or_acronym_of_an_English_word_is_a_short_form(string word, string full)
    {
        Assert.True(QuestionReader.ShortForEnglish(word, [word, full]));
    }

    [Theory]
    [InlineData("keda", "event driven autoscaler")] // a name beside a description: not its letters
    [InlineData("dir", "folder")] // a synonym, not a short form of it
    [InlineData("argo", "argocd")] // the longer form is no English word
    [InlineData("Dir", "directory")] // only a lower-case word is read so
    public void A_name_or_a_mere_synonym_is_no_short_form(string word, string full)
    {
        Assert.False(QuestionReader.ShortForEnglish(word, [word, full]));
    }

    [Theory]
    [InlineData("which dir does kubelet write the container logs to", "dir")]
    [InlineData("are image vulns scanned in the harbor registry", "vulns")]
    [InlineData("the nic settings of the custom linux image are wrong", "nic")]
    public void A_short_form_weighs_as_a_term_but_names_no_unknown_thing(string question, string word)
    {
        var answer = Index.Answer(question, 3);
        Assert.Contains(answer.Question!.Concepts, c => c.Text == word && c.ShortForm && c.Origin == WordOrigin.ForeignName);
        Assert.False(answer.Signals!.NamesUnknownThing);
    }

    [Fact]
    public void A_made_up_name_in_its_place_still_names_an_unknown_thing()
    {
        var answer = Index.Answer("the zorkdb settings of the custom linux image are wrong", 3);
        Assert.DoesNotContain(answer.Question!.Concepts, c => c.ShortForm);
        Assert.True(answer.Signals!.NamesUnknownThing);
    }

    [Theory]
    [InlineData("which dir does postgres keep its data in")]
    [InlineData("my laptop nic driver keeps crashing on windows")]
    [InlineData("how do i report a vuln to apple")]
    public void Off_topic_questions_with_a_short_form_stay_declined(string question)
    {
        Assert.Equal(AnswerConfidence.None, Index.Answer(question, 3).Confidence);
    }

    [Theory]
    [InlineData("msg", "message")]
    [InlineData("cfg", "configure")]
    [InlineData("img", "image")]
    public void The_long_form_is_the_English_word_it_shortens(string word, string full)
    {
        Assert.Equal(full, QuestionReader.LongFormOf(word, ["메시지", "구성", "이미지", word, full]));
    }

    [Theory]
    [InlineData("pass two args to the container of a pod", "args")]
    [InlineData("a func that runs on openstack", "func")]
    [InlineData("proc memory of a kubernetes pod", "proc")]
    public void A_short_form_the_glossary_gives_is_not_corrected_to_another_guide_word(string question, string word)
    {
        var answer = Index.Answer(question, 3);
        Assert.Contains(answer.Question!.Concepts, c => c.Text == word);
    }

    [Theory]
    [InlineData("which msg broker does the event driven part use", "msg", "message")]
    [InlineData("where does the pkg of the helm chart go", "pkg", "package")]
    public void A_short_form_of_a_guide_word_carries_its_long_form(string question, string word, string full)
    {
        var answer = Index.Answer(question, 3);
        Assert.Contains(answer.Question!.Concepts, c => c.Text == word && c.LongForm == full);
    }

    [Theory]
    [InlineData("cfg file for my steam game")] // configure: an everyday word, met only by translation
    [InlineData("outlook msg attachments wont open")]
    [InlineData("perf problems in my godot game")]
    [InlineData("args of a c main function")]
    [InlineData("kill a stuck proc in the mac activity monitor")]
    public void Off_topic_questions_with_a_short_form_of_an_everyday_word_stay_declined(string question)
    {
        Assert.Equal(AnswerConfidence.None, Index.Answer(question, 3).Confidence);
    }
}
