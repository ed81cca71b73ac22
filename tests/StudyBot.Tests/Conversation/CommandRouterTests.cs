namespace StudyBot.Tests.Conversation;

public sealed class CommandRouterTests
{
    [Command("today", Aliases = ["오늘"], Usage = "/today")]
    private sealed class TodayCommand : ICommand
    {
        public Task<Reply> ExecuteAsync(CommandContext context, CancellationToken cancellationToken) => Task.FromResult(Reply.Text("today"));
    }

    [Command("done", Aliases = ["완료"], Usage = "/done <id>")]
    private sealed class DoneCommand : ICommand
    {
        public Task<Reply> ExecuteAsync(CommandContext context, CancellationToken cancellationToken) => Task.FromResult(Reply.Text("done"));
    }

    // Named unlike "ask" on purpose: the router knows the command that answers free text by its attribute alone.
    [Command("question", Usage = "/question <text>", AnswersFreeText = true)]
    private sealed class QuestionCommand : ICommand
    {
        public Task<Reply> ExecuteAsync(CommandContext context, CancellationToken cancellationToken) => Task.FromResult(Reply.Text("question: " + context.Arguments));
    }

    [Command("query", Usage = "/query <text>", AnswersFreeText = true)]
    private sealed class QueryCommand : ICommand
    {
        public Task<Reply> ExecuteAsync(CommandContext context, CancellationToken cancellationToken) => Task.FromResult(Reply.Text("query"));
    }

    private static CommandRouter Router() => new RouterHarness(s =>
    {
        s.AddCommand<TodayCommand>();
        s.AddCommand<DoneCommand>();
    }).Router;

    // Slash: the text named a command with "/" (or the umbrella), so an unknown name is quoted back as "/name", not as text.
    [Theory]
    [InlineData("/done k8s-operator", "done", "k8s-operator", true)]
    [InlineData("done k8s-operator", "done", "k8s-operator", false)]
    [InlineData("/study done helm-chart argocd-gitops", "done", "helm-chart argocd-gitops", true)]
    [InlineData("/study", "help", "", true)]
    [InlineData("완료 k8s-operator", "완료", "k8s-operator", false)]
    [InlineData("/오늘", "오늘", "", true)]
    [InlineData("오늘", "오늘", "", false)]
    [InlineData("/TODAY", "today", "", true)]
    [InlineData("/nosuch x", "nosuch", "x", true)]
    public void Commands_are_recognised_with_or_without_the_slash(string text, string command, string args, bool slash)
    {
        Assert.Equal((command, args, slash), Router().Parse(text));
    }

    [Theory]
    [InlineData("오늘 점심 메뉴 추천해줘")]
    [InlineData("HPA 계산 공식")]
    [InlineData("what is an operator?")]
    [InlineData("done with the lab yet?")]
    [InlineData("today session on which topic?")]
    public void Sentences_that_merely_start_with_an_alias_are_questions(string text)
    {
        Assert.Equal((string.Empty, text, false), Router().Parse(text));
    }

    [Fact]
    public async Task Free_text_goes_to_the_command_that_answers_free_text_and_commands_still_run()
    {
        using var harness = new RouterHarness(s => s.AddCommand<DoneCommand>().AddCommand<QuestionCommand>());
        Assert.Equal("question: what is an operator?", (await harness.RouteAsync("what is an operator?", cancellationToken: TestContext.Current.CancellationToken)).Fallback);
        Assert.Equal("done", (await harness.RouteAsync("/done k8s-operator", cancellationToken: TestContext.Current.CancellationToken)).Fallback);

        // A question that starts with a command's name is a question; the command that answers questions keeps its own.
        Assert.Equal("question: done with the lab yet?", (await harness.RouteAsync("done with the lab yet?", cancellationToken: TestContext.Current.CancellationToken)).Fallback);
        Assert.Equal("question: what is an operator?", (await harness.RouteAsync("question what is an operator?", cancellationToken: TestContext.Current.CancellationToken)).Fallback);
    }

    [Fact]
    public void Two_commands_that_answer_free_text_refuse_to_start_naming_both()
    {
        var error = Assert.Throws<InvalidOperationException>(() => new RouterHarness(s => s.AddCommand<QuestionCommand>().AddCommand<QueryCommand>()));
        Assert.Contains("question", error.Message, StringComparison.Ordinal);
        Assert.Contains("query", error.Message, StringComparison.Ordinal);
    }
}
