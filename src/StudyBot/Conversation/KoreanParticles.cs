namespace StudyBot.Conversation;

/// <summary>The final sound of the word before a Korean particle: none (a vowel), ㄹ, another consonant, or not known
/// (a symbol, an emoji — then the particle is written in the form that fits both).</summary>
public enum FinalSound
{
    Vowel,
    Rieul,
    Consonant,
    Unknown,
}

/// <summary>Chooses the Korean particles that depend on the preceding word's last sound (은/는, 이/가, 을/를, 과/와,
/// 으로/로, 이에요/예요 …). Hangul is read by its batchim; digits as Korean numbers are read (3 삼, 10 십); Latin
/// letters either as a word (<c>chart</c> 차트, <c>bot</c> 봇, <c>control</c> 컨트롤) or, for acronyms and words
/// without a vowel, by letter names (<c>HPA</c> 에이치피에이, <c>URL</c> 유알엘). Dialog templates write the pair as a
/// token, <c>{은/는}</c>, right after the word (<see cref="Dialogs.Format"/> resolves it), so every reply agrees.</summary>
public static class KoreanParticles
{
    /// <summary>Letters whose English letter name ends in a consonant: L 엘, R 알 (ㄹ); M 엠, N 엔 (other).</summary>
    private static FinalSound LetterName(char c) => char.ToUpperInvariant(c) switch
    {
        'L' or 'R' => FinalSound.Rieul,
        'M' or 'N' => FinalSound.Consonant,
        _ => FinalSound.Vowel,
    };

    /// <summary>The final sound of the last word of <paramref name="text"/> (trailing quotes and closing brackets are
    /// looked through).</summary>
    public static FinalSound Of(string text)
    {
        var end = text.Length;
        while (end > 0 && text[end - 1] is ')' or ']' or '}' or '"' or '\'' or '’' or '”' or '`' or '»' or '>')
        {
            end--;
        }

        if (end == 0)
        {
            return FinalSound.Unknown;
        }

        var last = text[end - 1];
        if (last is >= '가' and <= '힣')
        {
            var batchim = (last - '가') % 28;
            return batchim == 0 ? FinalSound.Vowel : batchim == 8 ? FinalSound.Rieul : FinalSound.Consonant;
        }

        if (char.IsAsciiDigit(last))
        {
            var start = end;
            while (start > 0 && char.IsAsciiDigit(text[start - 1]))
            {
                start--;
            }

            return Number(text[start..end]);
        }

        if (char.IsAsciiLetter(last))
        {
            var start = end;
            while (start > 0 && char.IsAsciiLetter(text[start - 1]))
            {
                start--;
            }

            return LatinWord(text[start..end]);
        }

        return last switch
        {
            '%' or '/' or '+' => FinalSound.Vowel, // 퍼센트, 슬래시, 플러스
            _ => FinalSound.Unknown,
        };
    }

    /// <summary>A number as Korean reads it: by its last non-zero digit (일 이 삼 …), or by its place when it ends in
    /// zeros (십, 백, 천, 만); zero alone is 영.</summary>
    private static FinalSound Number(string digits)
    {
        var trimmed = digits.TrimStart('0');
        if (trimmed.Length == 0)
        {
            return FinalSound.Consonant; // 영
        }

        var zeros = trimmed.Length - trimmed.TrimEnd('0').Length;
        if (zeros > 0)
        {
            return FinalSound.Consonant; // 십 백 천 만: all end in a consonant other than ㄹ
        }

        return trimmed[^1] switch
        {
            '1' or '7' or '8' => FinalSound.Rieul, // 일 칠 팔
            '3' or '6' => FinalSound.Consonant,    // 삼 육
            _ => FinalSound.Vowel,                 // 이 사 오 구
        };
    }

    /// <summary>A Latin word as a loanword is read. Acronyms (all capitals) and words without a vowel are spelled out.</summary>
    private static FinalSound LatinWord(string word)
    {
        var vowels = "aeiouy";
        var lower = word.ToLowerInvariant();
        if (word.Length == 1 || (word.Length <= 5 && word.All(char.IsAsciiLetterUpper)) || !lower.Any(vowels.Contains))
        {
            return LetterName(word[^1]);
        }

        bool IsVowel(int i) => i >= 0 && vowels.Contains(lower[i], StringComparison.Ordinal);
        var n = lower.Length;
        var last = lower[^1];
        switch (last)
        {
            case 'l':
                return FinalSound.Rieul; // control 컨트롤, yaml 야믈
            case 'm' or 'n':
                return FinalSound.Consonant; // helm 헬름, ingestion 인제스천
            case 'g':
                return lower.EndsWith("ng", StringComparison.Ordinal) ? FinalSound.Consonant : FinalSound.Vowel; // string 스트링, log 로그
            case 'e':
                // A silent e reads the consonant before it: role 롤, table 테이블, name 네임, zone 존; else 스/트/드/지
                // (vowel). Short words say their e (me 미).
                return n < 3 || IsVowel(n - 2) ? FinalSound.Vowel
                    : lower[n - 2] == 'l' ? FinalSound.Rieul
                    : lower[n - 2] is 'm' or 'n' && n >= 4 && IsVowel(n - 3) ? FinalSound.Consonant
                    : FinalSound.Vowel;
            case 'k' when lower.EndsWith("ck", StringComparison.Ordinal) || lower.EndsWith("ook", StringComparison.Ordinal):
                return FinalSound.Consonant; // stack 스택, book 북
            case 't' or 'k' or 'p' or 'c' or 'b':
                // After one short vowel the stop closes the syllable (bot 봇, secret 시크릿, app 앱, spec 스펙, web 웹);
                // after a consonant or a long vowel it is its own syllable (chart 차트, root 루트, help 헬프).
                return IsVowel(n - 2) && !IsVowel(n - 3) ? FinalSound.Consonant
                    : n >= 3 && lower[n - 2] == last && IsVowel(n - 3) && !IsVowel(n - 4) ? FinalSound.Consonant // app, add
                    : FinalSound.Vowel;
            default:
                return FinalSound.Vowel; // operator 오퍼레이터, pod 파드, ingress 인그레스, kubernetes 쿠버네티스
        }
    }

    /// <summary>The form of <paramref name="withConsonant"/>/<paramref name="withVowel"/> (e.g. 은/는, 으로/로) that
    /// follows <paramref name="word"/>. 으로 pairs take the vowel form after ㄹ too (서울로); when the sound is unknown
    /// both forms are written (<c>은(는)</c>, <c>(으)로</c>, <c>(이)에요</c>).</summary>
    public static string Choose(string word, string withConsonant, string withVowel)
    {
        var sound = Of(word);
        var rieulTakesVowelForm = withConsonant.StartsWith('으');
        return sound switch
        {
            FinalSound.Vowel => withVowel,
            FinalSound.Rieul => rieulTakesVowelForm ? withVowel : withConsonant,
            FinalSound.Consonant => withConsonant,
            _ => withConsonant.Length > 1 && withConsonant[0] is '이' or '으'
                ? $"({withConsonant[0]}){withConsonant[1..]}"
                : $"{withConsonant}({withVowel})",
        };
    }
}
