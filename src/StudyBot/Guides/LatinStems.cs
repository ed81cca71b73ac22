using System.Collections.Concurrent;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Util;

namespace StudyBot.Guides;

/// <summary>The English analysis of the index (Lucene's <see cref="EnglishAnalyzer"/>: possessives, stop words, Porter
/// stemming) for single words and short texts, so answer lines, glossary terms and question words meet on the same stems
/// as retrieval ("instances" = "instance", "scaling" = "scale"). Code identifiers are also split at case changes
/// ("desiredReplicas" → "desired", "replicas").</summary>
public static class LatinStems
{
    private const int MaxCached = 20_000;

    private static readonly Analyzer English = new EnglishAnalyzer(LuceneVersion.LUCENE_48);
    private static readonly ConcurrentDictionary<string, string[]> Cache = new(StringComparer.Ordinal);

    /// <summary>Stems of one word (empty for a stop word); cached for the guides' and glossary's bounded vocabulary.</summary>
    public static string[] Of(string word)
    {
        if (Cache.TryGetValue(word, out var stems))
        {
            return stems;
        }

        stems = Analyze(word).ToArray();
        if (Cache.Count < MaxCached)
        {
            Cache.TryAdd(word, stems);
        }

        return stems;
    }

    /// <summary>Stems of a text, with camel-case identifiers also split into their words.</summary>
    public static List<string> OfText(string text)
    {
        var stems = Analyze(text);
        foreach (var identifier in CamelCase(text))
        {
            stems.AddRange(Analyze(identifier));
        }

        return stems;
    }

    /// <summary>The text with a space where Hangul meets a Latin letter or digit: the Unicode word rules keep
    /// "ArgoCD를" or "7개월" as one token, which would hide "argocd" and "7" from the line that has them.</summary>
    private static string ApartFromHangul(string text)
    {
        System.Text.StringBuilder? sb = null;
        for (var i = 1; i < text.Length; i++)
        {
            if (char.IsLetterOrDigit(text[i - 1]) && char.IsLetterOrDigit(text[i]) && QueryText.IsHangul(text[i - 1]) != QueryText.IsHangul(text[i]))
            {
                sb ??= new System.Text.StringBuilder(text, 0, i, text.Length + 8);
                sb.Append(' ');
            }

            sb?.Append(text[i]);
        }

        return sb?.ToString() ?? text;
    }

    /// <summary>Camel-case identifiers of a text split into space-separated words ("minReplicas" → "min Replicas").</summary>
    public static IEnumerable<string> CamelCase(string text)
    {
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var letter = i < text.Length && char.IsAsciiLetterOrDigit(text[i]);
            if (letter && start < 0)
            {
                start = i;
            }
            else if (!letter && start >= 0)
            {
                var word = text[start..i];
                start = -1;
                if (word.Skip(1).Any(char.IsAsciiLetterUpper) && word.Any(char.IsAsciiLetterLower))
                {
                    var sb = new System.Text.StringBuilder();
                    for (var j = 0; j < word.Length; j++)
                    {
                        if (j > 0 && char.IsAsciiLetterUpper(word[j]) && char.IsAsciiLetterLower(word[j - 1]))
                        {
                            sb.Append(' ');
                        }

                        sb.Append(word[j]);
                    }

                    yield return sb.ToString();
                }
            }
        }
    }

    private static List<string> Analyze(string text)
    {
        var terms = new List<string>();
        using var stream = English.GetTokenStream("en", ApartFromHangul(text));
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            var t = term.ToString();
            if (!t.Any(QueryText.IsHangul))
            {
                terms.Add(t);
            }
        }

        stream.End();
        return terms;
    }
}
