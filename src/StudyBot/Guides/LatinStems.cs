using System.Collections.Concurrent;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Standard;
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

    // Words as written (lower case, possessive dropped), and Krovetz's dictionary-based stemmer for their lemma.
    private static readonly Analyzer Plain = Analyzer.NewAnonymous((_, reader) =>
    {
        var tokenizer = new StandardTokenizer(LuceneVersion.LUCENE_48, reader);
        return new TokenStreamComponents(tokenizer, new EnglishPossessiveFilter(LuceneVersion.LUCENE_48, new LowerCaseFilter(LuceneVersion.LUCENE_48, tokenizer)));
    });

    private static readonly Analyzer Krovetz = Analyzer.NewAnonymous((_, reader) =>
    {
        var tokenizer = new KeywordTokenizer(reader);
        return new TokenStreamComponents(tokenizer, new KStemFilter(new LowerCaseFilter(LuceneVersion.LUCENE_48, tokenizer)));
    });

    private static readonly ConcurrentDictionary<string, string> LemmaCache = new(StringComparer.Ordinal);

    /// <summary>Most letters a lemma may drop from the word: an inflection (-s, -es, -ed, -ing, -ly, -ment) drops at most
    /// four; a longer cut is a derivation that changes the meaning ("virtualization" is not "virtual").</summary>
    private const int MaxLemmaCut = 4;

    private static readonly string[] Inflections = ["s", "ed", "ing"];

    /// <summary>The word's dictionary form (lower case), stricter than its Porter stem: Porter makes "operator",
    /// "operate" and "operations" one stem ("oper"), "virtualization" the stem of "virtual"; the lemmas keep them apart
    /// while "instances" = "instance", "scaling" = "scale", "deployment" = "deploy". A word the lemma would cut by more
    /// than <see cref="MaxLemmaCut"/> letters is its own lemma.</summary>
    public static string Lemma(string word)
    {
        if (LemmaCache.TryGetValue(word, out var lemma))
        {
            return lemma;
        }

        // Krovetz knows the dictionary's words; a word it does not know ("vms") loses a plain inflection the way Porter
        // cuts it, and a doubled last consonant is single again ("overcommitted" → overcommit, "applied" → apply).
        var lower = word.ToLowerInvariant();
        lemma = Tokens(Krovetz, lower) is [var known] && known != lower ? known
            : lower.Length > 4 && (lower.EndsWith("ied", StringComparison.Ordinal) || lower.EndsWith("ies", StringComparison.Ordinal)) ? lower[..^3] + "y"
            : Inflections.Any(e => lower.EndsWith(e, StringComparison.Ordinal)) && Of(lower) is [var stem] && lower.Length - stem.Length <= MaxLemmaCut ? stem
            : lower;
        if (lemma.Length < lower.Length && lemma.Length > 3 && lemma[^1] == lemma[^2] && !"lsfz".Contains(lemma[^1]))
        {
            lemma = lemma[..^1];
        }

        if (lower.Length - lemma.Length > MaxLemmaCut)
        {
            lemma = lower;
        }

        if (LemmaCache.Count < MaxCached)
        {
            LemmaCache.TryAdd(word, lemma);
        }

        return lemma;
    }

    /// <summary>The lemmas of a text's English words (camel-case identifiers also split), see <see cref="Lemma"/>.</summary>
    public static List<string> LemmasOfText(string text)
    {
        var words = Tokens(Plain, ApartFromHangul(text));
        foreach (var identifier in CamelCase(text))
        {
            words.AddRange(Tokens(Plain, identifier));
        }

        return words.Where(w => !w.Any(QueryText.IsHangul)).Select(Lemma).ToList();
    }

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

    /// <summary>Camel-case identifiers of a text split into space-separated words ("minReplicas" → "min Replicas";
    /// a version tag is a word of its own: "openAPIV3Schema" → "open API V3 Schema").</summary>
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
                        if (j > 0 && char.IsAsciiLetterUpper(word[j]) && (char.IsAsciiLetterLower(word[j - 1]) || VersionTagBoundary(word, j)))
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

    // A version tag ("V3") sits between an acronym and the next word with no lower-case letter to mark either edge: the
    // capital after its digits starts a word, and so does its capital when an acronym runs into it ("APIV3" → "API V3").
    // Acronyms are otherwise left whole ("HTTPRoute", "RESTful", "OAuth2" read as written).
    private static bool VersionTagBoundary(string word, int j) =>
        char.IsAsciiDigit(word[j - 1])
        || (char.IsAsciiLetterUpper(word[j - 1]) && j + 1 < word.Length && char.IsAsciiDigit(word[j + 1]));

    private static List<string> Analyze(string text) => Tokens(English, ApartFromHangul(text));

    private static List<string> Tokens(Analyzer analyzer, string text)
    {
        var terms = new List<string>();
        using var stream = analyzer.GetTokenStream("en", text);
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
