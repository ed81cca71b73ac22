namespace StudyBot.Tests.Guides;

/// <summary>The scene a question opens with — a clause opened by 우리/저희 or a pointer and closed by -는데 — says where the
/// learner stands, not what is asked (<see cref="Question.InScene"/>): the coverage floor sets its words aside as it does
/// everyday words (<see cref="AnswerSignals.EverydayShare"/>) when the best line lacks them. Examples written for these
/// tests, not evaluation questions.</summary>
public sealed class SceneFloorTests
{
    private const string SceneQuestion = "우리 팀 플레이북에 디비 비번이 그대로 들어가 있는데, 앤서블에서 비번 숨기는 기능 뭐였지?";

    private static GuideIndex Index => SeedGuides.Index;

    [Fact]
    public void The_words_of_the_scene_are_in_it_and_the_asked_words_are_not()
    {
        var question = Index.Reader.Read(SceneQuestion);
        var inScene = question.InScene();
        Assert.NotNull(inScene);
        Assert.Contains(question.Concepts, c => c.Text == "플레이북" && inScene(c));
        Assert.Contains(question.Concepts, c => c.Text == "앤서블" && !inScene(c));
    }

    [Fact]
    public void Without_a_scene_no_word_is_in_it()
    {
        var question = Index.Reader.Read("플레이북에 디비 비번이 그대로 들어가면 앤서블에서 비번 숨기는 기능 뭐였지?");
        Assert.Null(question.InScene());
    }

    [Fact]
    public void A_scene_is_set_aside_when_the_best_line_has_the_topic_it_leads_to()
    {
        // The best line (the lab's security group) has only the topic after the scene, its section no clear lead: the
        // scene's words (팀, 계정, 서버) are set aside all the same, as the question says where what is asked begins.
        var answer = Index.Answer("저희 팀 계정으로 서버 몇 대 돌리고 있는데 보안그룹 규칙은 포트 전부 여는 거예요?", 3);
        Assert.NotEqual(AnswerConfidence.None, answer.Confidence);
        Assert.True(answer.Signals!.EverydayShare > 0);
    }

    [Fact]
    public void The_floor_sets_the_scene_aside()
    {
        var answer = Index.Answer(SceneQuestion, 3);
        Assert.True(answer.Signals!.EverydayShare > 0);
        Assert.True(answer.Signals.FloorCoverage > answer.Signals.Coverage);
    }
}
