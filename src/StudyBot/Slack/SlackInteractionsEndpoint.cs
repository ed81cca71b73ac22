using StudyBot.Hosting;

namespace StudyBot.Slack;

/// <summary><c>POST /api/slack/interactions</c>: a click on one of StudyBot's buttons runs the button's command (its
/// <c>value</c>, e.g. <c>/done k8s-operator</c>) as the user who clicked, and the result goes to that user alone via
/// <c>response_url</c>. Acked at once; other interaction types are acknowledged and ignored. A click runs once: the
/// same <c>trigger_id</c> again (a replay of the signed request) is acknowledged and dropped, across replicas too.
/// On the Home tab (no <c>response_url</c>) a click is answered in the user's DM and the tab is refreshed; the "ask a
/// question" button (<c>/ask</c> with no question) opens a modal, whose submission is answered in the DM.</summary>
public sealed class SlackInteractionsEndpoint(
    SlackTurns turns,
    SlackWorkQueue queue,
    SlackDeliveries deliveries,
    SlackResponseUrls responseUrls,
    SlackHomeTab home,
    Conversation.Dialogs dialogs,
    ILogger<SlackInteractionsEndpoint> logger)
{
    /// <summary>A button click, copied out of the payload (<see cref="ResponseUrl"/> null for a Home tab click).</summary>
    private sealed record Click(string Command, string TeamId, string UserId, string? UserName, string ChannelId, string TriggerId, DateTimeOffset SignedAt, Uri? ResponseUrl);

    public IResult Handle(HttpContext http)
    {
        var body = SlackRequestBody.Of(http);
        var form = body.Form();
        if (!form.TryGetValue("payload", out var payload) || string.IsNullOrEmpty(payload))
        {
            return HostingExtensions.Problem(StatusCodes.Status400BadRequest, "Missing payload", "Interactions carry a 'payload' form field.");
        }

        var interaction = SlackPayloads.Read<InteractionPayload>(System.Text.Encoding.UTF8.GetBytes(payload.ToString()));
        if (interaction is null || !HasSlackIds(interaction))
        {
            return HostingExtensions.Problem(StatusCodes.Status400BadRequest, "Malformed payload", "The payload is not an interaction payload.");
        }

        if (interaction.Type == "view_submission")
        {
            return Submit(interaction);
        }

        if (Read(interaction, body.SignedAt) is not { } click)
        {
            return Results.Ok();
        }

        return Enqueue(click.TeamId, click.TriggerId, ct => RunAsync(click, ct));
    }

    /// <summary>A submitted ask modal: an empty question is refused in the modal itself; else the modal closes (empty 200)
    /// and the answer goes to the user's DM.</summary>
    private IResult Submit(InteractionPayload p)
    {
        if (p.View?.CallbackId != SlackHomeTab.AskCallbackId || p.User?.Id is not { } userId || (p.Team?.Id ?? p.User.TeamId) is not { } teamId || p.TriggerId is null)
        {
            return Results.Ok();
        }

        if (SlackHomeTab.QuestionOf(p.View) is not { } question)
        {
            var locale = dialogs.ResolveLocale(null);
            return Results.Json(new { response_action = "errors", errors = new Dictionary<string, string> { [SlackHomeTab.QuestionBlockId] = dialogs.Plain(locale, "slack.home.ask_empty") } });
        }

        return Enqueue(teamId, p.TriggerId, ct => home.AnswerInDmAsync(new SlackWorkspace(teamId), userId, $"{SlackHomeTab.AskCommand} {question}", ct));
    }

    private IResult Enqueue(string teamId, string triggerId, Func<CancellationToken, Task> job)
    {
        var key = $"interaction:{teamId}:{triggerId}";
        if (!deliveries.TryClaimLocal(key))
        {
            logger.LogInformation("Ignoring repeated Slack interaction (same trigger_id)");
            return Results.Ok();
        }

        if (!queue.TryEnqueue(job))
        {
            deliveries.ForgetLocal(key);
            logger.LogWarning("Slack work queue full: button click refused");
            return Results.StatusCode(StatusCodes.Status503ServiceUnavailable);
        }

        return Results.Ok();
    }

    private async Task RunAsync(Click click, CancellationToken cancellationToken)
    {
        if (!await deliveries.TryClaimInteractionAsync(click.TeamId, click.TriggerId, click.SignedAt, cancellationToken))
        {
            logger.LogInformation("Slack interaction already handled by another instance");
            return;
        }

        var workspace = new SlackWorkspace(click.TeamId);
        if (click.Command.Trim() == SlackHomeTab.AskCommand)
        {
            await home.OpenAskAsync(workspace, click.UserId, click.TriggerId, cancellationToken);
            return;
        }

        if (click.ResponseUrl is null)
        {
            // A Home tab button: the answer goes to the DM, and the tab shows the new state.
            await home.AnswerInDmAsync(workspace, click.UserId, click.Command, cancellationToken);
            await home.PublishAsync(workspace, click.UserId, cancellationToken);
            return;
        }

        var input = SlackTurns.Input(click.Command, click.TeamId, click.UserId, click.ChannelId, SlackTurns.IsGroupChannel(click.ChannelId), click.UserName);
        var reply = await turns.RunAsync(input, cancellationToken);
        await turns.PostToResponseUrlAsync(click.ResponseUrl, reply, forcePrivate: true, cancellationToken);
    }

    private static bool HasSlackIds(InteractionPayload p) =>
        SlackPayloads.IsIdOrNull(p.User?.Id) && SlackPayloads.IsIdOrNull(p.User?.TeamId) && SlackPayloads.IsIdOrNull(p.Team?.Id)
        && SlackPayloads.IsIdOrNull(p.Channel?.Id) && SlackPayloads.IsIdOrNull(p.TriggerId);

    /// <summary>The first StudyBot button of a <c>block_actions</c> payload, or null for anything else (other types,
    /// other apps' buttons, a <c>response_url</c> StudyBot may not post to).</summary>
    private Click? Read(InteractionPayload p, DateTimeOffset signedAt)
    {
        if (p.Type != "block_actions" || p.Actions is null)
        {
            return null;
        }

        var command = p.Actions
            .Where(a => a?.ActionId?.StartsWith(BlockKitRenderer.ActionIdPrefix, StringComparison.Ordinal) == true)
            .Select(a => a!.Value)
            .FirstOrDefault(v => !string.IsNullOrWhiteSpace(v));
        var userId = p.User?.Id;
        var teamId = p.Team?.Id ?? p.User?.TeamId;
        if (command is null || userId is null || teamId is null || p.TriggerId is null)
        {
            return null;
        }

        // A click on the Home tab carries no response_url (the answer goes to the DM); anywhere else it must be allowed.
        var responseUrl = responseUrls.Allowed(p.ResponseUrl);
        if (responseUrl is null && !(p.ResponseUrl is null && p.View?.Type == "home") && command.Trim() != SlackHomeTab.AskCommand)
        {
            return null;
        }

        return new Click(command, teamId, userId, p.User?.Username ?? p.User?.Name, p.Channel?.Id ?? userId, p.TriggerId, signedAt, responseUrl);
    }
}
