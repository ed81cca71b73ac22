namespace StudyBot.Tests.Deploy;

/// <summary>Checks chart values against <c>deploy/helm/studybot/values.schema.json</c> as helm does before rendering
/// (NJsonSchema; the schema is draft-07).</summary>
internal static class HelmValuesSchema
{
    private static readonly Lazy<NJsonSchema.JsonSchema> Schema = new(() =>
        NJsonSchema.JsonSchema.FromJsonAsync(File.ReadAllText(RepoRoot.Combine("deploy", "helm", "studybot", "values.schema.json"))).GetAwaiter().GetResult());

    /// <summary>One line per error, with the property path (empty when the values fit).</summary>
    public static IReadOnlyList<string> Validate(Dictionary<string, object?> values) => SchemaErrors.Of(Schema.Value, JsonSerializer.Serialize(values));
}
