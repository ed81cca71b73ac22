namespace StudyBot.Tests.Guides;

/// <summary>A Korean determiner or possessive a question opens with ("우리 팀 …", "이번 최종 프로젝트 …") points at the
/// word after it and names nothing: it is not the question's topic, so a word the guides never use there does not make the
/// topic unknown (<see cref="Question.Topic"/>). Examples written for these tests, not evaluation questions.</summary>
public sealed class TopicPointerTests
{
    private static GuideIndex Index => SeedGuides.Index;

    [Theory]
    [InlineData("우리 팀 클러스터에 HPA 붙이면 최소 레플리카 몇 개였지?", "팀")]
    [InlineData("이번 최종 프로젝트에서 마스터 노드 몇 개로 구성해?", "최종 프로젝트")]
    [InlineData("저희 클러스터 노드 몇 대 필요해?", "클러스터")]
    public void The_topic_is_the_word_after_an_opening_pointer(string question, string topic) =>
        Assert.Equal(topic, Index.Reader.Read(question).Topic?.Text);

    [Theory]
    [InlineData("우리팀 클러스터에 HPA 붙이면 최소 레플리카 몇 개였지?", "팀")] // 우리 glued to its noun: two words
    [InlineData("저희팀 클러스터 노드 몇 대 필요해?", "팀")]
    [InlineData("우리 회사 클러스터 노드 몇 대 필요해?", "클러스터")] // 회사: the learner's own setting
    public void The_learners_own_setting_after_우리_is_not_the_topic(string question, string topic) =>
        Assert.Equal(topic, Index.Reader.Read(question).Topic?.Text);

    [Fact]
    public void A_question_about_the_guides_after_우리_회사_is_answered()
    {
        var answer = Index.Answer("우리회사 클러스터에 HPA 붙이면 최소 레플리카 몇 개였지?", 3);
        Assert.NotEqual(AnswerConfidence.None, answer.Confidence);
        Assert.Equal("k8s-week3-part3#-핵심-설명-1", answer.Hits[0].Section.Key);
    }

    [Fact]
    public void A_pointer_alone_is_still_the_topic() =>
        Assert.Equal("이번", Index.Reader.Read("이번?").Topic?.Text);

    [Fact]
    public void We_alone_names_nothing() // 우리 weighs as a function word (see ClippedGuideNameTests)
    {
        Assert.Null(Index.Reader.Read("우리?").Topic);
        Assert.Equal(AnswerConfidence.None, Index.Answer("우리?", 3).Confidence);
    }

    [Fact]
    public void A_question_about_the_guides_after_우리_is_answered()
    {
        var answer = Index.Answer("우리 팀 클러스터에 HPA 붙이면 최소 레플리카 몇 개였지?", 3);
        Assert.NotEqual(AnswerConfidence.None, answer.Confidence);
        Assert.Equal("k8s-week3-part3#-핵심-설명-1", answer.Hits[0].Section.Key);
    }

    [Theory]
    [InlineData("우리 회사 MySQL 레플리케이션 설정 어떻게 해?")] // the word after the pointer is unknown: still declined
    [InlineData("우리 오늘 회식 어디서 해?")]
    [InlineData("우리회사 MySQL 레플리케이션 설정 어떻게 해?")]
    [InlineData("우리 회사 연말정산 서류 어디서 떼?")] // after the setting, a topic the guides never name
    [InlineData("저희 집 강아지 산책 몇 번 시켜?")]
    public void What_follows_the_pointer_still_decides(string question) =>
        Assert.Equal(AnswerConfidence.None, Index.Answer(question, 3).Confidence);

    [Theory]
    [InlineData("우리 회사가 온프레미스로 옮길까 고민중인데, 클러스터에 HPA 붙이면 최소 레플리카 몇 개였지?", "클러스터에")] // 온프레미스 is in the scene
    [InlineData("이번 분기에 사내 포털 맡게 됐는데, HPA 최소 레플리카 몇 개였지?", "hpa")]
    public void The_topic_is_the_guide_word_after_an_opening_scene(string question, string topic) =>
        Assert.Equal(topic, Index.Reader.Read(question).Topic?.Text);

    [Fact]
    public void A_question_about_the_guides_after_an_opening_scene_is_answered()
    {
        var answer = Index.Answer("우리 회사가 온프레미스로 옮길까 고민중인데, 클러스터에 HPA 붙이면 최소 레플리카 몇 개였지?", 3);
        Assert.NotEqual(AnswerConfidence.None, answer.Confidence);
        Assert.Equal("k8s-week3-part3#-핵심-설명-1", answer.Hits[0].Section.Key);
    }

    [Theory]
    [InlineData("이번 분기에 온프레미스 서버 맡게 됐는데, 오라클 DB 백업은 어떻게 해?")] // after the scene, a thing the guides never name
    [InlineData("우리 회사가 사내 메신저 바꿀까 고민중인데, 슬랙 요금제는 어떻게 돼?")]
    [InlineData("우리 팀이 회식 장소 고민중인데, 고깃집 추천해줘")]
    public void What_follows_the_scene_still_decides(string question) =>
        Assert.Equal(AnswerConfidence.None, Index.Answer(question, 3).Confidence);

    [Theory]
    [InlineData("고민중인데", true)]
    [InlineData("됐는데", true)]
    [InlineData("꼬였는데ㅋㅋ", true)]
    [InlineData("좋은데,", true)]
    [InlineData("그랬던데", true)]
    [InlineData("어디데", false)]
    [InlineData("데이터", false)]
    [InlineData("데", false)]
    public void A_background_connective_closes_a_clause(string word, bool closes) =>
        Assert.Equal(closes, KoreanWords.EndsBackground(word));
}
