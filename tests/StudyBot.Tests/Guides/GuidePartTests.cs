namespace StudyBot.Tests.Guides;

/// <summary>A question names a part of the guides in its own words ("점검 목록" for 체크리스트): the phrase is read whole,
/// with a particle on its list word or its first noun written as a verb. Examples are made up here, never evaluation
/// questions.</summary>
public sealed class GuidePartTests
{
    private static GuideIndex Index => SeedGuides.Index;

    [Theory]
    [InlineData("점검 목록에 헬름 있어?")] // 목록 asks a list alone; in the phrase, under its particle, it is the phrase's word
    [InlineData("점검 목록 중에 헬름 항목")]
    [InlineData("스스로 점검하는 목록에 헬름 들어가?")] // the phrase's first noun written as its 하다 verb
    public void A_phrase_with_a_list_word_is_read_whole(string question)
    {
        var read = Index.Reader.Read(question).Concepts;
        Assert.Contains(read, c => c.Text.StartsWith("점검 목록", StringComparison.Ordinal) && c.Alternatives.Contains("체크리스트"));
        Assert.DoesNotContain(read, c => c.Text == "점검");
    }

    [Fact]
    public void A_list_word_outside_a_phrase_still_only_asks_a_list()
    {
        var question = Index.Reader.Read("헬름 관련 목록에 뭐 있어?");
        Assert.Equal(AnswerHint.List, question.Hint);
        Assert.DoesNotContain(question.Concepts, c => c.Text.StartsWith("목록", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("compute 체크리스트에 스케줄링 관련 항목 뭐야?", "compute#체크리스트")]
    [InlineData("networking checklist: which item is about event driven stuff", "networking#체크리스트")]
    public void A_part_several_guides_have_named_with_its_guide_is_where_to_look(string question, string section) =>
        Assert.Equal(section, Index.Answer(question, 3).Hits[0].Section.Key);

    [Theory]
    [InlineData("is the kernel's virtualization support on the compute self-check list?", "compute#체크리스트")] // a part's name of two words
    [InlineData("compute self-check items about scheduling?", "compute#체크리스트")]
    public void A_part_named_in_two_words_after_its_guide_is_where_to_look(string question, string section) =>
        Assert.Equal(section, Index.Answer(question, 3).Hits[0].Section.Key);

    [Fact]
    public void The_english_self_check_reads_as_the_checklist_one_way()
    {
        Assert.Contains(Index.Reader.Read("the compute self-check list").Concepts, c => c.Alternatives.Contains("체크리스트"));
        Assert.DoesNotContain(Index.Reader.Read("compute checklist 항목").Concepts, c => c.Alternatives.Contains("self check"));
    }

    [Theory]
    [InlineData("compute 셀프체크에 스케줄링 관련 뭐 있어?", "compute#체크리스트")] // the loanword in Hangul
    [InlineData("네트워킹 셀프 점검 목록에 이벤트 기반 항목 있어?", "networking#체크리스트")]
    [InlineData("infra platform self-assessment: anything about Terraform?", "infra-platform#체크리스트")]
    public void A_learners_own_word_for_the_checklist_is_where_to_look(string question, string section) =>
        Assert.Equal(section, Index.Answer(question, 3).Hits[0].Section.Key);

    [Fact]
    public void The_hangul_self_check_reads_as_the_checklist_one_way()
    {
        Assert.Contains(Index.Reader.Read("셀프점검 항목").Concepts, c => c.Alternatives.Contains("체크리스트"));
        Assert.DoesNotContain(Index.Reader.Read("compute 체크리스트 항목").Concepts, c => c.Alternatives.Contains("셀프체크"));
    }

    [Theory]
    [InlineData("tracing backend choices in the infra plan?", "infra-platform")] // plan: the guides' 로드맵, 계획서
    [InlineData("networking 계획에서 이벤트 기반 아키텍처 내용 있어?", "networking")]
    public void A_guide_named_as_a_plan_is_where_to_look(string question, string guide) =>
        Assert.Equal(guide, Index.Answer(question, 3).Hits[0].Section.Guide);

    [Theory]
    [InlineData("그라파나 관련 재미있는 사실 있어?")] // the Fun Facts heading in Korean
    [InlineData("VPA HPA 관련 트리비아 있어?")]
    public void A_question_asking_for_a_fun_fact_finds_the_fun_facts_line(string question) =>
        Assert.StartsWith("k8s-week3-part3#-fun-facts", Index.Answer(question, 3).Hits[0].Section.Key, StringComparison.Ordinal);

    [Theory]
    [InlineData("what does the compute doc say about scheduling algorithms", "compute")]
    [InlineData("networking 문서에 이벤트 기반 내용 있어?", "networking")]
    public void A_guide_named_as_a_document_is_where_to_look(string question, string guide) =>
        Assert.Equal(guide, Index.Answer(question, 3).Hits[0].Section.Guide);
}
