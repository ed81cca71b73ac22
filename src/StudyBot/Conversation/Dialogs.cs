using System.Collections.Concurrent;
using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;
using YamlDotNet.RepresentationModel;

namespace StudyBot.Conversation;

public sealed class DialogOptions
{
    public const string Section = "Dialogs";

    /// <summary>Folder with one sub-folder per locale (<c>ko</c>, <c>en</c>) of YAML files.</summary>
    [System.ComponentModel.DataAnnotations.Required]
    public string Path { get; set; } = "dialogs";

    /// <summary>The locale used when a text is missing in the requested one (the guides are Korean).</summary>
    [System.ComponentModel.DataAnnotations.Required]
    public string DefaultLocale { get; set; } = "ko";
}

/// <summary>Reply texts from <c>dialogs/{locale}/*.yaml</c>. Nested YAML keys are joined with dots
/// (<c>checklist: done: recorded:</c> → <c>checklist.done.recorded</c>). Templates use <c>{name}</c> placeholders and
/// the small markup of <see cref="Inline.ParseMarkup"/>; placeholder values are inserted as literal text.</summary>
public sealed partial class Dialogs
{
    private readonly Dictionary<string, Dictionary<string, string>> _texts;
    private readonly string _defaultLocale;

    public Dialogs(IOptions<DialogOptions> options, IHostEnvironment env)
        : this(Load(Hosting.ContentPaths.Resolve(env, options.Value.Path)), options.Value.DefaultLocale)
    {
    }

    public Dialogs(Dictionary<string, Dictionary<string, string>> texts, string defaultLocale = "ko")
    {
        _texts = texts;
        _defaultLocale = defaultLocale;
        if (!_texts.ContainsKey(defaultLocale))
        {
            throw new InvalidOperationException($"dialogs: no texts for the default locale '{defaultLocale}'");
        }
    }

    public IReadOnlyCollection<string> Locales => _texts.Keys;

    /// <summary>Maps a BCP-47 locale (<c>en-US</c>, <c>ko-KR</c>, null) to a dialogs locale: English when it starts with
    /// <c>en</c>, otherwise the default (Korean).</summary>
    public string ResolveLocale(string? locale)
    {
        if (!string.IsNullOrWhiteSpace(locale))
        {
            var lang = locale.Split('-', '_')[0].ToLowerInvariant();
            if (_texts.ContainsKey(lang))
            {
                return lang;
            }
        }

        return _defaultLocale;
    }

    /// <summary>The raw template (falls back to the default locale; a missing key throws, so tests catch typos).</summary>
    public string Template(string locale, string key)
    {
        if (_texts.TryGetValue(ResolveLocale(locale), out var texts) && texts.TryGetValue(key, out var text))
        {
            return text;
        }

        return _texts[_defaultLocale].TryGetValue(key, out var fallback)
            ? fallback
            : throw new KeyNotFoundException($"dialogs: no text '{key}'");
    }

    /// <summary>The text with placeholders filled, as plain text (markup markers removed).</summary>
    public string Plain(string locale, string key, object? args = null) => Format(locale, key, args).PlainText;

    /// <summary>The text with placeholders filled, parsed into styled spans.</summary>
    public Inline Format(string locale, string key, object? args = null)
    {
        var template = Template(locale, key);
        var values = ToDictionary(args);
        var result = new List<Span>();

        // Parse markup on the template first, then fill placeholders inside each span, so values stay literal. A
        // particle token ({은/는}) takes the form that fits the text written before it, across spans.
        var written = new System.Text.StringBuilder();
        foreach (var span in Inline.ParseMarkup(template).Spans)
        {
            var start = written.Length;
            var at = 0;
            foreach (Match m in PlaceholderOrParticle().Matches(span.Text))
            {
                written.Append(span.Text, at, m.Index - at);
                written.Append(m.Groups["name"].Success
                    ? values.TryGetValue(m.Groups["name"].Value, out var v) ? v : m.Value
                    : KoreanParticles.Choose(written.ToString(), m.Groups["consonant"].Value, m.Groups["vowel"].Value));
                at = m.Index + m.Length;
            }

            written.Append(span.Text, at, span.Text.Length - at);
            var url = span.Url is null ? null : Placeholder().Replace(span.Url, m => values.TryGetValue(m.Groups[1].Value, out var v) ? Uri.EscapeDataString(v) : m.Value);
            result.Add(span with { Text = written.ToString(start, written.Length - start), Url = url });
        }

        return new Inline(result);
    }

    private static Dictionary<string, string> ToDictionary(object? args)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        switch (args)
        {
            case null:
                break;
            case IReadOnlyDictionary<string, object?> dict:
                foreach (var (k, v) in dict)
                {
                    values[k] = Convert.ToString(v, CultureInfo.InvariantCulture) ?? string.Empty;
                }

                break;
            default:
                foreach (var p in args.GetType().GetProperties())
                {
                    values[p.Name] = Convert.ToString(p.GetValue(args), CultureInfo.InvariantCulture) ?? string.Empty;
                }

                break;
        }

        return values;
    }

    [GeneratedRegex(@"\{([A-Za-z0-9_]+)\}")]
    private static partial Regex Placeholder();

    /// <summary>A placeholder (<c>{id}</c>) or a Korean particle pair (<c>{은/는}</c>: the form after a consonant, then
    /// after a vowel).</summary>
    [GeneratedRegex(@"\{(?:(?<name>[A-Za-z0-9_]+)|(?<consonant>[가-힣]{1,4})/(?<vowel>[가-힣]{1,4}))\}")]
    private static partial Regex PlaceholderOrParticle();

    private static readonly ConcurrentDictionary<string, Dictionary<string, Dictionary<string, string>>> Cache = new();

    /// <summary>Loads every <c>{locale}/*.yaml</c> under <paramref name="root"/>. Duplicate keys are an error.</summary>
    public static Dictionary<string, Dictionary<string, string>> Load(string root) => Cache.GetOrAdd(root, static root =>
    {
        if (!Directory.Exists(root))
        {
            throw new DirectoryNotFoundException($"dialogs folder not found: {root}");
        }

        var result = new Dictionary<string, Dictionary<string, string>>(StringComparer.OrdinalIgnoreCase);
        foreach (var localeDir in Directory.GetDirectories(root))
        {
            var texts = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var file in Directory.GetFiles(localeDir, "*.yaml").Order(StringComparer.Ordinal))
            {
                var yaml = new YamlStream();
                using (var reader = File.OpenText(file))
                {
                    yaml.Load(reader);
                }

                foreach (var doc in yaml.Documents)
                {
                    Flatten(doc.RootNode, string.Empty, texts, file);
                }
            }

            result[Path.GetFileName(localeDir)] = texts;
        }

        return result;
    });

    private static void Flatten(YamlNode node, string prefix, Dictionary<string, string> into, string file)
    {
        switch (node)
        {
            case YamlMappingNode map:
                foreach (var (k, v) in map.Children)
                {
                    var key = ((YamlScalarNode)k).Value!;
                    Flatten(v, prefix.Length == 0 ? key : $"{prefix}.{key}", into, file);
                }

                break;
            case YamlScalarNode scalar:
                if (!into.TryAdd(prefix, scalar.Value ?? string.Empty))
                {
                    throw new InvalidOperationException($"dialogs: key '{prefix}' defined twice ({file})");
                }

                break;
            case YamlSequenceNode seq:
                // Lists become numbered keys (key.0, key.1 …), used for rotating tips.
                var i = 0;
                foreach (var item in seq.Children)
                {
                    Flatten(item, $"{prefix}.{i++}", into, file);
                }

                break;
        }
    }
}
