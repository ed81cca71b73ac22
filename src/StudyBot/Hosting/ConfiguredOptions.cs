using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Reflection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace StudyBot.Hosting;

/// <summary>The one way options are bound: every options class names its configuration section (<c>public const string
/// Section</c>) and is registered with <see cref="AddConfiguredOptions{T}"/>, which binds that section, checks the data
/// annotations on the class (and on members marked <see cref="ValidateObjectMembersAttribute"/>) and does so at start, so a
/// value that cannot work refuses to start the service. A house helper rather than the framework's
/// <c>ValidateDataAnnotations()</c> because an operator sets keys, not properties: each failure names the full
/// configuration key (<c>Slack:Workers: must be greater than zero.</c>), where the framework's message names the class and
/// property; it also checks nested options, which <c>ValidateDataAnnotations()</c> does not.</summary>
public static class ConfiguredOptions
{
    /// <param name="section">The options class's <c>Section</c>; empty binds the configuration root (the Bot Framework
    /// SDK's key names live there).</param>
    public static OptionsBuilder<T> AddConfiguredOptions<T>(this IServiceCollection services, string section)
        where T : class
    {
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<T>>(new AnnotatedOptionsValidator<T>(section)));
        var options = services.AddOptions<T>();
        options = section.Length == 0 ? options.Configure<IConfiguration>((o, configuration) => configuration.Bind(o)) : options.BindConfiguration(section);
        return options.ValidateOnStart();
    }

    /// <summary><c>Section:Member</c> (just <c>Member</c> at the root).</summary>
    public static string Key(string section, string member) =>
        section.Length == 0 ? member : member.Length == 0 ? section : $"{section}:{member}";
}

/// <summary>Data annotations of an options class (and of its <see cref="ValidateObjectMembersAttribute"/> members), each
/// failure named by its configuration key.</summary>
internal sealed class AnnotatedOptionsValidator<T>(string section) : IValidateOptions<T>
    where T : class
{
    public ValidateOptionsResult Validate(string? name, T options)
    {
        var failures = new List<string>();
        Collect(options, section, failures);
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void Collect(object options, string path, List<string> failures)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true);
        foreach (var result in results)
        {
            foreach (var member in result.MemberNames.DefaultIfEmpty(string.Empty))
            {
                failures.Add($"{ConfiguredOptions.Key(path, member)}: {result.ErrorMessage}");
            }
        }

        foreach (var property in options.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.IsDefined(typeof(ValidateObjectMembersAttribute)) && property.GetValue(options) is { } nested)
            {
                Collect(nested, ConfiguredOptions.Key(path, property.Name), failures);
            }
        }
    }
}

/// <summary>A count, size or duration that must be greater than zero (a zero limit or timeout cannot work).</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class PositiveAttribute() : ValidationAttribute("must be greater than zero.")
{
    public override bool IsValid(object? value) => Sign(value) > 0;

    internal static int Sign(object? value) => value switch
    {
        null => 1,
        TimeSpan t => t.CompareTo(TimeSpan.Zero),
        IConvertible n => Math.Sign(n.ToDouble(CultureInfo.InvariantCulture)),
        _ => throw new InvalidOperationException($"{value.GetType().Name} is not a number or a duration."),
    };
}

/// <summary>A count or duration where zero means "none" or "off" but a negative value means nothing.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class NotNegativeAttribute() : ValidationAttribute("must not be negative.")
{
    public override bool IsValid(object? value) => PositiveAttribute.Sign(value) >= 0;
}

/// <summary>When set, an absolute <c>http(s)</c> URL (add <see cref="RequiredAttribute"/> when it must be set).</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class HttpUrlAttribute() : ValidationAttribute("must be an absolute http(s) URL.")
{
    public override bool IsValid(object? value) =>
        value is not string { Length: > 0 } url || (Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http");
}

/// <summary>A duration that a Polly timeout accepts (10 ms to a day): outside it the HTTP client fails at its first call.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class HttpTimeoutAttribute() : ValidationAttribute("must be between 00:00:00.010 and 1.00:00:00.")
{
    public override bool IsValid(object? value) => value is not TimeSpan t || (t >= TimeSpan.FromMilliseconds(10) && t <= TimeSpan.FromDays(1));
}
