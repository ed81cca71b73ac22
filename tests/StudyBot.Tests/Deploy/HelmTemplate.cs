using System.Globalization;
using YamlDotNet.RepresentationModel;
using YamlDotNet.Serialization;

namespace StudyBot.Tests.Deploy;

/// <summary>A small renderer for the subset of Helm's Go templates that <c>deploy/helm/studybot</c> uses (the helm
/// binary is not obtainable from this project's package registries): <c>define</c>/<c>include</c> (also of another
/// template file by path, as the <c>checksum/config</c> idiom does), <c>if</c>/<c>else if</c>/<c>else</c>/<c>end</c>,
/// <c>{{-</c>/<c>-}}</c> trimming, comments, <c>$</c>, parenthesised sub-pipelines, and the functions <c>quote</c>,
/// <c>toYaml</c>, <c>nindent</c>, <c>indent</c>, <c>default</c>, <c>not</c>, <c>and</c>, <c>or</c>, <c>eq</c>, <c>ne</c>,
/// <c>print</c>, <c>printf</c> (<c>%s</c>, <c>%d</c>), <c>sha256sum</c>, <c>required</c> and <c>fail</c> (both throw
/// <see cref="HelmFailException"/> with the chart's message, as <c>helm template</c> fails). Anything else throws
/// <see cref="NotSupportedException"/>, so the chart cannot drift outside what this test checks.</summary>
internal sealed class HelmTemplate
{
    private readonly Dictionary<string, List<Node>> _defines = [];
    private object? _root;

    public static IReadOnlyDictionary<string, string> RenderChart(string chartDir, string releaseName, IDictionary<string, object?>? overrides = null)
    {
        var chart = ReadYaml(File.ReadAllText(Path.Combine(chartDir, "Chart.yaml"))) as Dictionary<string, object?> ?? throw new InvalidDataException("Chart.yaml");
        var values = Values(chartDir, overrides);

        var root = new Dictionary<string, object?>
        {
            ["Values"] = values,
            ["Release"] = new Dictionary<string, object?> { ["Name"] = releaseName, ["Namespace"] = "default", ["Service"] = "Helm" },
            ["Chart"] = new Dictionary<string, object?> { ["Name"] = chart["name"], ["Version"] = chart["version"], ["AppVersion"] = chart["appVersion"] },
        };

        var basePath = $"{chart["name"]}/templates";
        root["Template"] = new Dictionary<string, object?> { ["BasePath"] = basePath };
        var renderer = new HelmTemplate { _root = root };
        var templates = Directory.GetFiles(Path.Combine(chartDir, "templates")).Order(StringComparer.Ordinal).ToList();
        foreach (var helper in templates.Where(t => t.EndsWith(".tpl", StringComparison.Ordinal)))
        {
            renderer.Evaluate(renderer.Parse(File.ReadAllText(helper)), root);
        }

        // Every template file is also a named template ("studybot/templates/configmap.yaml"), as in Helm.
        var files = templates.Where(t => t.EndsWith(".yaml", StringComparison.Ordinal)).ToList();
        foreach (var file in files)
        {
            renderer._defines[$"{basePath}/{Path.GetFileName(file)}"] = renderer.Parse(File.ReadAllText(file));
        }

        return files.ToDictionary(t => Path.GetFileName(t), t => renderer.Evaluate(renderer._defines[$"{basePath}/{Path.GetFileName(t)}"], root)!);
    }

    /// <summary>The chart's values.yaml with <paramref name="overrides"/> (dotted paths, as <c>--set</c>) applied.</summary>
    public static Dictionary<string, object?> Values(string chartDir, IDictionary<string, object?>? overrides = null)
    {
        var values = ReadYaml(File.ReadAllText(Path.Combine(chartDir, "values.yaml"))) as Dictionary<string, object?> ?? [];
        foreach (var (path, value) in overrides ?? new Dictionary<string, object?>())
        {
            Set(values, path, value);
        }

        return values;
    }

    /// <summary>Parses YAML into dictionaries, lists and typed scalars (YAML 1.2 core schema: plain
    /// <c>true</c>/<c>false</c>, integers and <c>null</c>; quoted scalars stay strings).</summary>
    public static object? ReadYaml(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        return stream.Documents.Count == 0 ? null : Convert(stream.Documents[0].RootNode);
    }

    private static object? Convert(YamlNode node) => node switch
    {
        YamlMappingNode map => map.Children.ToDictionary(kv => ((YamlScalarNode)kv.Key).Value!, kv => Convert(kv.Value)),
        YamlSequenceNode seq => seq.Children.Select(Convert).ToList(),
        YamlScalarNode { Style: YamlDotNet.Core.ScalarStyle.Plain } s => s.Value switch
        {
            null or "" or "~" or "null" => null,
            "true" => true,
            "false" => false,
            var v when long.TryParse(v, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) => n,
            var v => v,
        },
        YamlScalarNode s => s.Value,
        _ => throw new InvalidDataException("unsupported YAML node " + node.GetType().Name),
    };

    private static void Set(Dictionary<string, object?> values, string path, object? value)
    {
        var parts = path.Split('.');
        var current = values;
        foreach (var part in parts[..^1])
        {
            current = (Dictionary<string, object?>)current[part]!;
        }

        current[parts[^1]] = value;
    }

    private abstract record Node;

    private sealed record TextNode(string Text) : Node;

    private sealed record ActionNode(string Pipeline) : Node;

    private sealed record IfNode(string Condition, List<Node> Then, List<Node> Else) : Node;

    private sealed record DefineNode(string Name, List<Node> Body) : Node;

    private List<Node> Parse(string template)
    {
        // Tokenise into text and actions, applying {{- / -}} whitespace trimming.
        var tokens = new List<(bool IsAction, string Text)>();
        var pos = 0;
        while (pos < template.Length)
        {
            var open = template.IndexOf("{{", pos, StringComparison.Ordinal);
            if (open < 0)
            {
                tokens.Add((false, template[pos..]));
                break;
            }

            var close = template.IndexOf("}}", open, StringComparison.Ordinal);
            var inner = template[(open + 2)..close];
            var text = template[pos..open];
            if (inner.StartsWith("- ", StringComparison.Ordinal))
            {
                text = text.TrimEnd();
                inner = inner[2..];
            }

            tokens.Add((false, text));
            pos = close + 2;
            if (inner.EndsWith(" -", StringComparison.Ordinal))
            {
                inner = inner[..^2];
                while (pos < template.Length && char.IsWhiteSpace(template[pos]))
                {
                    pos++;
                }
            }

            tokens.Add((true, inner.Trim()));
        }

        var index = 0;
        var nodes = ParseBlock(tokens, ref index, out var terminator);
        if (terminator is not null)
        {
            throw new InvalidDataException($"unexpected {{{{ {terminator} }}}}");
        }

        return nodes;
    }

    private static List<Node> ParseBlock(List<(bool IsAction, string Text)> tokens, ref int index, out string? terminator)
    {
        var nodes = new List<Node>();
        while (index < tokens.Count)
        {
            var (isAction, text) = tokens[index++];
            if (!isAction)
            {
                nodes.Add(new TextNode(text));
            }
            else if (text.StartsWith("/*", StringComparison.Ordinal))
            {
                // a comment
            }
            else if (text is "end" or "else" || text.StartsWith("else if ", StringComparison.Ordinal))
            {
                terminator = text;
                return nodes;
            }
            else if (text.StartsWith("if ", StringComparison.Ordinal))
            {
                nodes.Add(ParseIf(text[3..].Trim(), tokens, ref index));
            }
            else if (text.StartsWith("define ", StringComparison.Ordinal))
            {
                var body = ParseBlock(tokens, ref index, out var end);
                if (end != "end")
                {
                    throw new InvalidDataException("define without end");
                }

                nodes.Add(new DefineNode(Unquote(text[7..].Trim()), body));
            }
            else if (text.Split(' ')[0] is "range" or "with" or "template" or "block")
            {
                throw new NotSupportedException($"{{{{ {text} }}}} is outside the subset this renderer checks");
            }
            else
            {
                nodes.Add(new ActionNode(text));
            }
        }

        terminator = null;
        return nodes;
    }

    /// <summary>An <c>if</c> after its condition: then-branch, and an <c>else</c> or <c>else if</c> (a nested if) branch.</summary>
    private static IfNode ParseIf(string condition, List<(bool IsAction, string Text)> tokens, ref int index)
    {
        var then = ParseBlock(tokens, ref index, out var end);
        var otherwise = new List<Node>();
        if (end is not null && end.StartsWith("else if ", StringComparison.Ordinal))
        {
            otherwise.Add(ParseIf(end["else if ".Length..].Trim(), tokens, ref index));
            return new IfNode(condition, then, otherwise);
        }

        if (end == "else")
        {
            otherwise = ParseBlock(tokens, ref index, out end);
        }

        return end == "end" ? new IfNode(condition, then, otherwise) : throw new InvalidDataException("if without end");
    }

    private string? Evaluate(List<Node> nodes, object? dot)
    {
        var sb = new StringBuilder();
        foreach (var node in nodes)
        {
            switch (node)
            {
                case TextNode t:
                    sb.Append(t.Text);
                    break;
                case DefineNode d:
                    _defines[d.Name] = d.Body;
                    break;
                case IfNode i:
                    sb.Append(Evaluate(IsTrue(Pipeline(i.Condition, dot)) ? i.Then : i.Else, dot));
                    break;
                case ActionNode a:
                    sb.Append(Format(Pipeline(a.Pipeline, dot)));
                    break;
            }
        }

        return sb.ToString();
    }

    private object? Pipeline(string pipeline, object? dot)
    {
        object? result = null;
        var first = true;
        foreach (var command in SplitOutsideQuotes(pipeline, '|'))
        {
            var words = SplitOutsideQuotes(command.Trim(), ' ').Where(w => w.Length > 0).ToList();
            var args = words.Skip(1).Select(w => Term(w, dot)).ToList();
            if (!first)
            {
                args.Add(result);
            }

            result = words[0].StartsWith('.') || words[0].StartsWith('"') || words[0].StartsWith('$') || words[0].StartsWith('(') || char.IsDigit(words[0][0])
                ? (words.Count == 1 && first ? Term(words[0], dot) : throw new NotSupportedException(command))
                : Call(words[0], args);
            first = false;
        }

        return result;
    }

    private object? Call(string function, List<object?> args) => function switch
    {
        "and" => args.All(IsTrue),
        "or" => args.Any(IsTrue),
        "eq" => Equals(Format(args[0]), Format(args[1])),
        "ne" => !Equals(Format(args[0]), Format(args[1])),
        "print" => string.Concat(args.Select(Format)),
        "printf" => Printf(Format(args[0]), args.Skip(1).ToList()),
        "sha256sum" => System.Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(Format(args[0])))),
        "required" => IsTrue(args[1]) ? args[1] : throw new HelmFailException(Format(args[0])),
        "fail" => throw new HelmFailException(Format(args[0])),
        "include" => Evaluate(_defines[(string)args[0]!], args[1]),
        "quote" => "\"" + Format(args[0]).Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"",
        "toYaml" => ToYaml(args[0]),
        "nindent" => "\n" + Indent(System.Convert.ToInt32(args[0], CultureInfo.InvariantCulture), Format(args[1])),
        "indent" => Indent(System.Convert.ToInt32(args[0], CultureInfo.InvariantCulture), Format(args[1])),
        "default" => IsTrue(args[1]) ? args[1] : args[0],
        "not" => !IsTrue(args[0]),
        _ => throw new NotSupportedException($"function '{function}' is outside the subset this renderer checks"),
    };

    private object? Term(string word, object? dot)
    {
        if (word == ".")
        {
            return dot;
        }

        if (word.StartsWith('(') && word.EndsWith(')'))
        {
            return Pipeline(word[1..^1], dot);
        }

        if (word == "$" || word.StartsWith("$.", StringComparison.Ordinal))
        {
            return word == "$" ? _root : Term(word[1..], _root);
        }

        if (word.StartsWith('"'))
        {
            return Unquote(word);
        }

        if (long.TryParse(word, NumberStyles.None, CultureInfo.InvariantCulture, out var n))
        {
            return n;
        }

        if (!word.StartsWith('.'))
        {
            throw new NotSupportedException($"term '{word}' is outside the subset this renderer checks");
        }

        var current = dot;
        foreach (var field in word[1..].Split('.'))
        {
            current = current is Dictionary<string, object?> map && map.TryGetValue(field, out var next) ? next : null;
        }

        return current;
    }

    private static bool IsTrue(object? value) => value switch
    {
        null => false,
        bool b => b,
        string s => s.Length > 0,
        long n => n != 0,
        System.Collections.ICollection c => c.Count > 0,
        _ => true,
    };

    private static string Format(object? value) => value switch
    {
        null => string.Empty,
        bool b => b ? "true" : "false",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };

    private static string ToYaml(object? value)
    {
        if (value is System.Collections.ICollection { Count: 0 })
        {
            return value is System.Collections.IDictionary ? "{}" : "[]";
        }

        var serializer = new SerializerBuilder().WithQuotingNecessaryStrings().Build();
        return serializer.Serialize(value).TrimEnd('\n', '\r');
    }

    private static string Indent(int spaces, string text)
    {
        var pad = new string(' ', spaces);
        return string.Join('\n', text.Split('\n').Select(line => pad + line));
    }

    private static string Printf(string format, List<object?> args)
    {
        var sb = new StringBuilder();
        var next = 0;
        for (var i = 0; i < format.Length; i++)
        {
            if (format[i] == '%' && i + 1 < format.Length && format[i + 1] is 's' or 'd')
            {
                sb.Append(Format(args[next++]));
                i++;
            }
            else if (format[i] == '%')
            {
                throw new NotSupportedException($"printf verb in '{format}' is outside the subset this renderer checks");
            }
            else
            {
                sb.Append(format[i]);
            }
        }

        return sb.ToString();
    }

    private static string Unquote(string s) => s.Length >= 2 && s[0] == '"' && s[^1] == '"' ? s[1..^1] : s;

    private static List<string> SplitOutsideQuotes(string s, char separator)
    {
        var parts = new List<string>();
        var current = new StringBuilder();
        var quoted = false;
        var depth = 0;
        foreach (var ch in s)
        {
            if (ch == '"')
            {
                quoted = !quoted;
            }
            else if (!quoted && ch == '(')
            {
                depth++;
            }
            else if (!quoted && ch == ')')
            {
                depth--;
            }

            if (ch == separator && !quoted && depth == 0)
            {
                parts.Add(current.ToString());
                current.Clear();
            }
            else
            {
                current.Append(ch);
            }
        }

        parts.Add(current.ToString());
        return parts;
    }
}

/// <summary>The chart's own refusal (<c>fail</c>, <c>required</c>), as <c>helm template</c> reports it.</summary>
internal sealed class HelmFailException(string message) : Exception(message);
