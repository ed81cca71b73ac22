using System.Text.Json;
using System.Text.Json.Nodes;
using StudyBot.Conversation;

namespace StudyBot.Slack;

/// <summary>StudyBot's Home tab and its "ask a question" modal. <c>app_home_opened</c> publishes (<c>views.publish</c>) one
/// channel-neutral <see cref="Reply"/> made of the learner's own <c>/progress</c> and <c>/today</c> replies (the same
/// commands, so the same words as in chat) under an "ask a question" button, rendered by <see cref="BlockKitRenderer"/>
/// within a view's 100 blocks. The button's command is <c>/ask</c> with no question: on Slack that opens a modal
/// (<c>views.open</c>); its submission is answered in the learner's DM with the app.</summary>
public sealed class SlackHomeTab(SlackTurns turns, SlackApiClient api, CommandSyntax syntax, Dialogs dialogs, ILogger<SlackHomeTab> logger)
{
    /// <summary><c>callback_id</c> of the ask modal.</summary>
    public const string AskCallbackId = "studybot:ask";

    /// <summary>The command of the "ask a question" button (an <c>/ask</c> with no question).</summary>
    public const string AskCommand = "/ask";

    public const string QuestionBlockId = "question";
    public const string QuestionActionId = "text";

    /// <summary>Longest question the modal accepts (the router's own cap is larger).</summary>
    public const int MaxQuestion = 1000;

    /// <summary>Modal titles and button labels: plain text of at most 24 characters.</summary>
    private const int MaxModalText = 24;

    /// <summary>Publishes <paramref name="user"/>'s Home tab. Slack errors are logged, never thrown (nothing waits for it).</summary>
    public async Task PublishAsync(SlackWorkspace workspace, string user, CancellationToken cancellationToken)
    {
        var input = InputFor(workspace, user, "/progress");
        var locale = await turns.LocaleOfAsync(input, cancellationToken);
        var progress = await turns.RunAsync(input, cancellationToken);
        var today = await turns.RunAsync(InputFor(workspace, user, "/today"), cancellationToken);

        var home = new ReplyBuilder()
            .Heading(dialogs.Format(locale, "slack.home.title"))
            .Actions(new ReplyAction(dialogs.Plain(locale, "slack.home.ask_button"), AskCommand, Primary: true))
            .Divider();
        foreach (var block in progress.Blocks.Concat([new DividerBlock()]).Concat(today.Blocks))
        {
            home.Add(block);
        }

        home.Context(dialogs.Format(locale, "slack.home.footer", new { help = syntax.Format(Channels.SlackNative, "/help"), lang = syntax.Format(Channels.SlackNative, "/lang en") }));
        var rendered = BlockKitRenderer.Render(home.Build(), BlockKitRenderer.MaxViewBlocks);
        var view = new JsonObject { ["type"] = "home", ["blocks"] = rendered.Blocks.DeepClone() };
        try
        {
            await api.PublishHomeAsync(workspace, user, view, cancellationToken);
        }
        catch (Exception e) when (e is SlackApiException or HttpRequestException)
        {
            logger.LogWarning("Could not publish the Home tab in workspace {Workspace}: {Error}", workspace.ToString(), e is SlackApiException s ? s.Error : e.GetType().Name);
        }
    }

    /// <summary>Opens the ask modal for a click on the "ask a question" button (its <c>trigger_id</c> lives 3 seconds).</summary>
    public async Task OpenAskAsync(SlackWorkspace workspace, string user, string triggerId, CancellationToken cancellationToken)
    {
        var locale = await turns.LocaleOfAsync(InputFor(workspace, user, AskCommand), cancellationToken);
        string Label(string key, int max) => BlockKitRenderer.Truncate(dialogs.Plain(locale, key), max);
        var view = new JsonObject
        {
            ["type"] = "modal",
            ["callback_id"] = AskCallbackId,
            ["title"] = PlainText(Label("slack.home.ask_title", MaxModalText)),
            ["submit"] = PlainText(Label("slack.home.ask_submit", MaxModalText)),
            ["close"] = PlainText(Label("slack.home.ask_cancel", MaxModalText)),
            ["blocks"] = new JsonArray(new JsonObject
            {
                ["type"] = "input",
                ["block_id"] = QuestionBlockId,
                ["label"] = PlainText(Label("slack.home.ask_label", 2000)),
                ["element"] = new JsonObject
                {
                    ["type"] = "plain_text_input",
                    ["action_id"] = QuestionActionId,
                    ["multiline"] = true,
                    ["max_length"] = MaxQuestion,
                    ["placeholder"] = PlainText(Label("slack.home.ask_placeholder", 150)),
                },
            }),
        };
        try
        {
            await api.OpenViewAsync(workspace, triggerId, view, cancellationToken);
        }
        catch (Exception e) when (e is SlackApiException or HttpRequestException)
        {
            logger.LogWarning("Could not open the ask modal in workspace {Workspace}: {Error}", workspace.ToString(), e is SlackApiException s ? s.Error : e.GetType().Name);
        }
    }

    /// <summary>The question typed into a submitted ask modal, or null when the submission is not one (or is empty).</summary>
    internal static string? QuestionOf(InteractionView? view)
    {
        if (view?.CallbackId != AskCallbackId || view.State.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        var text = view.State.Obj("values").Obj(QuestionBlockId).Obj(QuestionActionId).Str("value");
        return string.IsNullOrWhiteSpace(text) ? null : Text.Clip(text.Trim(), MaxQuestion);
    }

    /// <summary>Runs <paramref name="command"/> for <paramref name="user"/> and answers in their DM with the app
    /// (<c>chat.postMessage</c> to the user id: the app's Messages tab, no <c>im:write</c> needed).</summary>
    public async Task AnswerInDmAsync(SlackWorkspace workspace, string user, string command, CancellationToken cancellationToken)
    {
        var reply = await turns.RunAsync(InputFor(workspace, user, command), cancellationToken);
        try
        {
            await api.PostAsync(workspace, user, reply, cancellationToken: cancellationToken);
        }
        catch (Exception e) when (e is SlackApiException or HttpRequestException)
        {
            logger.LogWarning("Could not answer in the DM of a user of workspace {Workspace}: {Error}", workspace.ToString(), e is SlackApiException s ? s.Error : e.GetType().Name);
        }
    }

    /// <summary>A turn of <paramref name="user"/> in their own 1:1 space with the app (the Home tab, its DM).</summary>
    private static CommandInput InputFor(SlackWorkspace workspace, string user, string text) =>
        SlackTurns.Input(text, workspace.TeamId, user, user, isGroup: false);

    private static JsonObject PlainText(string text) => new() { ["type"] = "plain_text", ["text"] = text, ["emoji"] = true };
}
