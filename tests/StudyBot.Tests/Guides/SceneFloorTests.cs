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
    public void The_floor_sets_the_scene_aside()
    {
        var answer = Index.Answer(SceneQuestion, 3);
        Assert.True(answer.Signals!.EverydayShare > 0);
        Assert.True(answer.Signals.FloorCoverage > answer.Signals.Coverage);
    }
}
