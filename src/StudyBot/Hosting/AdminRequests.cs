using System.Text.Json;

namespace StudyBot.Hosting;

/// <summary>What the operator API routes share: reading a bounded JSON object body and the problem answers that name
/// the bad field or the unknown cohort.</summary>
public static class AdminRequests
{
    private const int MaxBody = 64 * 1024;

    /// <summary>The body as a JSON object, or the 413/400 problem to answer instead.</summary>
    public static async Task<(JsonDocument? Doc, IResult? Error)> ReadJsonAsync(HttpRequest request, CancellationToken ct)
    {
        var body = await request.ReadBodyAsync(MaxBody, ct);
        if (body is null)
        {
            return (null, HostingExtensions.Problem(StatusCodes.Status413PayloadTooLarge, "body too large"));
        }

        try
        {
            var doc = JsonDocument.Parse(body);
            if (doc.RootElement.ValueKind != JsonValueKind.Object)
            {
                doc.Dispose();
                return (null, HostingExtensions.Problem(StatusCodes.Status400BadRequest, "expected a JSON object"));
            }

            return (doc, null);
        }
        catch (JsonException)
        {
            return (null, HostingExtensions.Problem(StatusCodes.Status400BadRequest, "malformed JSON"));
        }
    }

    public static IResult BadField(string field, string message) =>
        Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: $"invalid field '{field}'", detail: message, extensions: new Dictionary<string, object?> { ["field"] = field });

    public static IResult UnknownCohort(string cohort) => HostingExtensions.Problem(StatusCodes.Status404NotFound, "unknown cohort", cohort);
}
