namespace StudyBot.Hosting;

/// <summary>The operator API rule: header <c>X-Admin-Key</c> must equal <c>Admin:ApiKey</c>; with no key configured the
/// routes do not exist (404), a missing or wrong key is 401.</summary>
public static class AdminKey
{
    public const string Header = "X-Admin-Key";
    public const string ConfigKey = "Admin:ApiKey";

    public static TBuilder RequireAdminKey<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder =>
        builder.AddEndpointFilter(async (context, next) =>
        {
            var expected = context.HttpContext.RequestServices.GetRequiredService<IConfiguration>()[ConfigKey];
            if (string.IsNullOrEmpty(expected))
            {
                return Results.NotFound();
            }

            var given = context.HttpContext.Request.Headers[Header].ToString();
            return SecretComparison.AreEqual(given, expected)
                ? await next(context)
                : Results.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Unauthorized", detail: $"The {Header} header is missing or wrong.");
        });
}
