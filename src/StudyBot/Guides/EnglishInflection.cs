namespace StudyBot.Guides;

/// <summary>Whether an English word is a plain form of a listed word: the word itself, or the word less one of the
/// given endings ("places", "placed", "placing" → place), an "e" dropped by English restored only before an ending
/// that starts with a vowel (-es, -ed, -ing, -er), never before a plain -s or -ly ("cors" is not a form of "core").
/// One rule for the everyday and the general English lists (<see cref="EnglishWords"/>, <see cref="GeneralWords"/>).</summary>
public static class EnglishInflection
{
    /// <summary>True when <paramref name="word"/> (lower case) or its base by one of <paramref name="endings"/> is in
    /// <paramref name="words"/>; a base keeps at least three letters.</summary>
    public static bool IsFormOf(string word, IReadOnlySet<string> words, ReadOnlySpan<string> endings)
    {
        if (words.Contains(word))
        {
            return true;
        }

        foreach (var ending in endings)
        {
            if (word.Length > ending.Length + 2 && word.EndsWith(ending, StringComparison.Ordinal)
                && (words.Contains(word[..^ending.Length]) || (ending[0] is 'e' or 'i' && words.Contains(word[..^ending.Length] + "e"))))
            {
                return true;
            }
        }

        return false;
    }
}
