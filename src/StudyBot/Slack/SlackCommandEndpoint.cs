using Microsoft.Extensions.Options;
using StudyBot.Conversation;
using StudyBot.Hosting;

namespace StudyBot.Slack;

/// <summary><c>POST /api/slack/commands</c>: every slash command (<c>/done</c>, <c>/help</c>, the umbrella <c>/study …</c>)
/// goes to the command router. Slack wants an answer within 3 s: a reply ready within the inline budget is the HTTP
/// answer; a slower one is acked with "working on it" and posted to <c>response_url</c> when done.</summary>
public sealed class SlackCommandEndpoint(
    SlackTurns turns,
    SlackWorkQueue queue,
    SlackDeliveries deliveries,
    SlackResponseUrls responseUrls,
    SlackCommandSyntax syntax,
    IOptions<SlackOptions> options,
    TimeProvider time,
    ILogger<SlackCommandEndpoint> logger)
{
    public async Task<IResult> HandleAsync(HttpContext http)
    {
        var form = SlackRequestBody.Of(http).Form();
        string? Field(string name) => form.TryGetValue(name, out var v) && !string.IsNullOrEmpty(v) ? v.ToString() : null;

        // Slack's periodic certificate check of the command URL: signed, no command, wants a 200.
        if (Field("ssl_check") == "1")
        {
            return Results.Ok();
        }

        var command = Field("command");
        var teamId = Field("team_id");
        var userId = Field("user_id");
        var channelId = Field("channel_id");
        if (command is null || teamId is null || userId is null || channelId is null
            || !SlackPayloads.IsIdOrNull(teamId) || !SlackPayloads.IsIdOrNull(userId) || !SlackPayloads.IsIdOrNull(channelId) || !SlackPayloads.IsIdOrNull(Field("trigger_id")))
        {
            return HostingExtensions.Problem(StatusCodes.Status400BadRequest, "Incomplete slash command", "command, team_id, user_id and channel_id are required.");
        }

        // Slack does not retry slash commands itself, but proxies and impatient clients do: one trigger, one run.
        if (Field("trigger_id") is { } trigger && !deliveries.TryClaimLocal("trigger:" + trigger))
        {
            logger.LogInformation("Ignoring repeated slash command {Command} (same trigger_id)", command);
            return Results.Ok();
        }

        var input = SlackTurns.Input(syntax.RouterText(command, Field("text")), teamId, userId, channelId, SlackTurns.IsGroupChannel(channelId, Field("channel_name")), Field("user_name"));
        var responseUrl = responseUrls.Allowed(Field("response_url"));

        // The work outlives this request when it is slow, so it runs on the shutdown token, not the request's.
        var work = turns.RunAsync(input, queue.Stopping);
        if (responseUrl is not null)
        {
            try
            {
                await work.WaitAsync(options.Value.InlineReplyBudget, time, http.RequestAborted);
            }
            catch (TimeoutException)
            {
                if (queue.TryEnqueue(ct => FinishLateAsync(work, responseUrl, ct)))
                {
                    logger.LogInformation("Slash command {Command} is slow: acked, reply follows via response_url", command);
                    return Json(turns.Say(input.Locale, "slack.working"));
                }

                logger.LogWarning("Slack work queue full: answering {Command} when done", command);
            }
        }

        return Json(await work);
    }

    private async Task FinishLateAsync(Task<Reply> work, Uri responseUrl, CancellationToken cancellationToken)
    {
        var reply = await work;
        await turns.PostToResponseUrlAsync(responseUrl, reply, forcePrivate: false, cancellationToken);
    }

    private static IResult Json(Reply reply) => Results.Text(SlackTurns.ResponseJson(reply).ToJsonString(SlackJson.Options), "application/json; charset=utf-8");
}
