using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;

namespace StudyBot.Hosting;

/// <summary>A bad input field and why (→ 400 problem naming the field, or a chat reply).</summary>
public sealed record FieldError(string Field, string Message);

/// <summary>A typed operator request that can check its own shape (required fields, formats) before the handler runs.</summary>
public interface IAdminRequest
{
    FieldError? Validate();
}

/// <summary>An operator API JSON body bound to <typeparamref name="T"/> (System.Text.Json, web defaults), at most 64 KB.
/// A body that does not fit the type keeps the field the serializer stopped at, so <see cref="AdminValidationFilter"/>
/// answers a problem naming it instead of a bare 400.</summary>
public sealed class AdminBody<T> : IAdminBody
    where T : class
{
    private const int MaxBody = 64 * 1024;

    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web) { AllowTrailingCommas = false };

    public T? Value { get; private init; }

    public FieldError? Error { get; private init; }

    public bool TooLarge { get; private init; }

    IAdminRequest? IAdminBody.Request => Value as IAdminRequest;

    public static async ValueTask<AdminBody<T>?> BindAsync(HttpContext context)
    {
        var body = await context.Request.ReadBodyAsync(MaxBody, context.RequestAborted);
        if (body is null)
        {
            return new AdminBody<T> { TooLarge = true };
        }

        try
        {
            return JsonSerializer.Deserialize<T>(body, Options) is { } value
                ? new AdminBody<T> { Value = value }
                : new AdminBody<T> { Error = new FieldError("body", "expected a JSON object") };
        }
        catch (JsonException e)
        {
            // The serializer reports a syntax error at the property it was reading ("$.track"): that names no bad field,
            // the body as a whole is not JSON.
            return new AdminBody<T> { Error = SyntaxError(body) ?? new FieldError(FieldOf(e.Path), e.Path is null or "$" ? "expected a JSON object" : "wrong type") };
        }
    }

    /// <summary>Where <paramref name="body"/> stops being JSON (one linear pass of the reader), or null when it is JSON.</summary>
    private static FieldError? SyntaxError(byte[] body)
    {
        var reader = new Utf8JsonReader(body, new JsonReaderOptions { AllowTrailingCommas = Options.AllowTrailingCommas, CommentHandling = Options.ReadCommentHandling, MaxDepth = Options.MaxDepth });
        try
        {
            while (reader.Read())
            {
            }

            return null;
        }
        catch (JsonException e)
        {
            return new FieldError("body", $"the body is not valid JSON (line {e.LineNumber + 1}, byte {e.BytePositionInLine + 1})");
        }
    }

    /// <summary>"$.conversation.id" → "conversation.id"; "$.weekdays[0]" → "weekdays".</summary>
    private static string FieldOf(string? path)
    {
        if (path is null or "$")
        {
            return "body";
        }

        var field = path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : path.TrimStart('$');
        var bracket = field.IndexOf('[', StringComparison.Ordinal);
        return bracket > 0 ? field[..bracket] : field;
    }
}

/// <summary>Runs before every operator API handler: a body that did not bind, or a request whose
/// <see cref="IAdminRequest.Validate"/> fails, is answered here with a problem+json naming the field.</summary>
public sealed class AdminValidationFilter : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        foreach (var argument in context.Arguments)
        {
            if (argument is IAdminBody { TooLarge: true })
            {
                return TypedResults.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "body too large");
            }

            var error = argument switch
            {
                IAdminBody { Error: { } e } => e,
                IAdminBody { Request: { } r } => r.Validate(),
                IAdminRequest r => r.Validate(),
                _ => null,
            };
            if (error is not null)
            {
                return AdminRequests.BadField(error.Field, error.Message);
            }
        }

        return await next(context);
    }
}

/// <summary>What the filter needs of an <see cref="AdminBody{T}"/> without knowing its type.</summary>
public interface IAdminBody
{
    bool TooLarge { get; }

    FieldError? Error { get; }

    IAdminRequest? Request { get; }
}

/// <summary>The problem answers the operator API shares.</summary>
public static class AdminRequests
{
    public static ProblemHttpResult BadField(string field, string message) =>
        TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: $"invalid field '{field}'", detail: message, extensions: new Dictionary<string, object?> { ["field"] = field });

    public static ProblemHttpResult UnknownCohort(string cohort) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "unknown cohort", detail: cohort);

    /// <summary>The operator API group: admin key, then the validation filter.</summary>
    public static RouteGroupBuilder MapAdminGroup(this WebApplication app) =>
        app.MapGroup("/api/admin").RequireAdminKey().AddEndpointFilter<AdminValidationFilter>();
}
