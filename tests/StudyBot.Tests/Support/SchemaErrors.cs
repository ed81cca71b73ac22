using NJsonSchema;
using NJsonSchema.Validation;

namespace StudyBot.Tests.Support;

/// <summary>JSON Schema validation results as readable lines ("path: kind"), nested errors of oneOf/array items included,
/// so an assertion can name the property that broke a rule.</summary>
internal static class SchemaErrors
{
    public static IReadOnlyList<string> Of(JsonSchema schema, string json) => schema.Validate(json).Select(Describe).ToList();

    private static string Describe(ValidationError error) =>
        error is ChildSchemaValidationError child && child.Errors.Count > 0
            ? $"{error.Path}: {error.Kind} ({string.Join("; ", child.Errors.SelectMany(e => e.Value).Select(Describe))})"
            : $"{error.Path}: {error.Kind}";
}
