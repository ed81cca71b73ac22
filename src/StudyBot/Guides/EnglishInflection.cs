namespace StudyBot.Guides;

/// <summary>Whether an English word is a plain form of a listed word: the word itself, or the word less one of the
/// given endings ("places", "placed", "placing" → place), an "e" dropped by English restored only before an ending
/// that starts with a vowel (-es, -ed, -ing, -er), never before a plain -s or -ly ("cors" is not a form of "core"); a
/// consonant doubled before such an ending but -er undoubled ("hopping", "stopped", "pluggable" → hop, stop, plug); and a "y"
/// turned "i" restored ("applies", "tried" → apply, try). One rule for the everyday and the general English lists
/// (<see cref="EnglishWords"/>, <see cref="GeneralWords"/>).</summary>
public static class EnglishInflection
{
    /// <summary>The plain inflections — plural or third person, past, -ing — which keep a word's meaning (not -ly or -er,
    /// which make other words): what the general words and the question's scaffolding are matched by.</summary>
    public static readonly string[] Plain = ["s", "es", "ed", "d", "ing"];

    /// <summary>True when <paramref name="word"/> (lower case) or its base by one of <paramref name="endings"/> is in
    /// <paramref name="words"/>; a base keeps at least three letters.</summary>
    public static bool IsFormOf(string word, IReadOnlySet<string> words, IReadOnlyList<string> endings) =>
        words.Contains(word) || IsInflectionOf(word, words, endings);

    /// <summary>True when <paramref name="word"/> (lower case) less one of <paramref name="endings"/> is a word of
    /// <paramref name="words"/> ("tweaks" → tweak, "hopping" → hop): an inflected form, whether or not the list has
    /// the form itself.</summary>
    public static bool IsInflectionOf(string word, IReadOnlySet<string> words, IReadOnlyList<string> endings)
    {
        foreach (var b in Bases(word, endings))
        {
            if (words.Contains(b))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>What <paramref name="word"/> (lower case) may be a form of, by each of <paramref name="endings"/> it ends
    /// with: the word less the ending, with a dropped "e" restored, a doubled consonant undoubled or a "y" restored
    /// where English spells them so (candidates, not all of them words); a base keeps at least three letters.</summary>
    public static IEnumerable<string> Bases(string word, IReadOnlyList<string> endings)
    {
        foreach (var ending in endings)
        {
            if (word.Length <= ending.Length + 2 || !word.EndsWith(ending, StringComparison.Ordinal))
            {
                continue;
            }

            var stem = word[..^ending.Length];
            yield return stem;
            if (ending[0] is not ('e' or 'i' or 'a'))
            {
                continue;
            }

            // Before a vowel English drops a final "e" (placing), doubles a last consonant (hopping, stopped, pluggable —
            // not before -er, which makes names: "Spanner" is not a form of "span") and writes a last "y" as "i"
            // (applies, tried).
            var last = stem[^1];
            yield return stem + "e";
            if (ending != "er" && stem.Length >= 4 && last == stem[^2] && last is not ('a' or 'e' or 'i' or 'o' or 'u'))
            {
                yield return stem[..^1];
            }

            if (last == 'i' && ending[0] == 'e')
            {
                yield return stem[..^1] + "y";
            }
        }
    }
}
