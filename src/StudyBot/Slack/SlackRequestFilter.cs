using System.Text;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;
using StudyBot.Hosting;

namespace StudyBot.Slack;

/// <summary>The raw body of a verified Slack request, read once by <see cref="SlackRequestFilter"/> and parsed by the endpoint.</summary>
/// <param name="SignedAt">The request's signed <c>X-Slack-Request-Timestamp</c> (the same on a replay of it).</param>
public sealed record SlackRequestBody(byte[] Bytes, DateTimeOffset SignedAt)
{
    /// <summary>The verified body of the current request (the filter guarantees it on every Slack route).</summary>
    public static SlackRequestBody Of(HttpContext http) =>
        http.Features.Get<SlackRequestBody>() ?? throw new InvalidOperationException("Slack route without SlackRequestFilter");

    /// <summary>The body as <c>application/x-www-form-urlencoded</c> fields (slash commands, interactions).</summary>
    public Dictionary<string, StringValues> Form() => QueryHelpers.ParseQuery(Encoding.UTF8.GetString(Bytes));
}

/// <summary>Guards every Slack route: 404 while Slack is not configured, 413 over the size limit, 401 unless the
/// v0 signature over the exact bytes holds within the 5-minute window. Hands the bytes on as <see cref="SlackRequestBody"/>.</summary>
public sealed class SlackRequestFilter(IOptions<SlackOptions> options, TimeProvider time, ILogger<SlackRequestFilter> logger) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var o = options.Value;
        var http = context.HttpContext;
        if (!o.Enabled)
        {
            return Results.NotFound();
        }

        var body = await http.Request.ReadBodyAsync(o.MaxBodyBytes, http.RequestAborted);
        if (body is null)
        {
            return HostingExtensions.Problem(StatusCodes.Status413PayloadTooLarge, "Request too large", $"A Slack request may be at most {o.MaxBodyBytes / 1024} KB.");
        }

        var headers = http.Request.Headers;
        if (!SlackSignature.IsValid(o.SigningSecret, headers[SlackSignature.TimestampHeader], headers[SlackSignature.SignatureHeader], body, time.GetUtcNow()))
        {
            logger.LogInformation("Refused Slack request to {Path}: missing, bad or stale signature", http.Request.Path);
            return HostingExtensions.Problem(StatusCodes.Status401Unauthorized, "Unauthorized", "The Slack signature is missing, wrong or too old.");
        }

        var signedAt = DateTimeOffset.FromUnixTimeSeconds(long.Parse(headers[SlackSignature.TimestampHeader].ToString(), System.Globalization.CultureInfo.InvariantCulture));
        http.Features.Set(new SlackRequestBody(body, signedAt));
        return await next(context);
    }
}
