using StudyBot.Conversation;
using StudyBot.Guides;

namespace StudyBot.Tests.Guides;

/// <summary>Chat typed fast: two neighbouring letters swapped in a guide word, a loanword spelled one letter off a Hangul
/// spelling only the glossary has, and 에선 (에서는) or 엔 (에는) left on its own beside a term. Examples are made up here, never
/// evaluation questions.</summary>
public sealed class TypoReadingTests
{
    private static GuideIndex Index => SeedGuides.Index;

    [Theory]
    [InlineData("form", "from", 1)] // neighbours swapped: one slip
    [InlineData("terafrom", "terraform", 2)] // a letter dropped and a swap
    [InlineData("istoi", "istio", 1)]
    [InlineData("abc", "abc", 0)]
    [InlineData("abcd", "dcba", 3)] // over the bound: max + 1
    [InlineData("ca", "abc", 3)] // no swap across an insertion (optimal string alignment)
    public void A_swap_of_neighbours_is_one_slip(string a, string b, int expected) =>
        Assert.Equal(expected, Text.SlipDistance(a, b, max: 2) is var d && d > 2 ? 3 : d);

    [Fact]
    public void The_slip_distance_is_the_edit_distance_when_nothing_is_swapped()
    {
        foreach (var (a, b) in new[] { ("kitten", "sitting"), ("grafana", "grafna"), ("helm", "help"), ("", "abc") })
        {
            Assert.Equal(Text.EditDistance(a, b, 3), Text.SlipDistance(a, b, 3));
        }
    }

    [Fact]
    public void A_swap_inside_a_mistyped_guide_word_still_finds_the_word()
    {
        // Levenshtein counts a swap as two edits, so a swap beside another slip ("terafrom") or in a short word ("istoi")
        // was over the bound and the word read as an unknown name weighing 7.
        var read = Index.Reader.Read("terafrom istoi");
        Assert.Equal(["terraform", "istio"], read.Concepts.Select(c => c.Text));
        Assert.All(read.Concepts, c => Assert.Equal(WordOrigin.Guide, c.Origin));
        Assert.Contains("테라폼", read.Concepts[0].Alternatives);
    }

    [Fact]
    public void A_mistyped_off_topic_question_stays_declined()
    {
        // A typo fix reads an everyday word ("cahce" → cache) but what is asked is still nothing the guides say.
        Assert.Equal(AnswerConfidence.None, Index.Answer("redis cahce eviction 정책 뭐가 좋아", 3).Confidence);
        Assert.Equal(AnswerConfidence.None, Index.Answer("kotiln 코루틴 사용법", 3).Confidence);
        Assert.Equal(AnswerConfidence.None, Index.Answer("swfit 옵셔널 언래핑 어떻게 함", 3).Confidence);
    }

    [Fact]
    public void A_Hangul_spelling_one_letter_off_a_long_glossary_term_is_that_term()
    {
        // The guides write Istio only in Latin letters; the glossary's 이스티오 is the Hangul word a slip is one letter from.
        var typo = Index.Reader.Read("이스티어 실습 뭐 해").Concepts[0];
        Assert.Equal(WordOrigin.Guide, typo.Origin);
        Assert.Contains("istio", typo.Alternatives);
        Assert.NotEqual(AnswerConfidence.None, Index.Answer("이스티어 실습 뭐 해", 3).Confidence);

        // A glossary term of three syllables is one letter from too many other loanwords: 러스트 (Rust) is not 레스트 (REST),
        // and a verb stem with an ending's ㄹ (긁어올지) is no slip of the stem 긁어오.
        Assert.DoesNotContain("rest", Index.Reader.Read("러스트 소유권 개념").Concepts[0].Alternatives);
        Assert.Contains(Index.Reader.Read("메트릭 긁어올지 정하는 법").Concepts, c => c.Alternatives.Contains("scrape"));
    }

    [Fact]
    public void A_Hangul_spelling_with_e_for_ae_is_the_glossary_term_even_of_three_syllables()
    {
        // Korean writers confuse ㅐ and ㅔ (and ㅒ, ㅖ): 엔서블 is the glossary's 앤서블 (Ansible) as written, not a slip,
        // so a three-syllable term is found too; the vowels are merged, never another letter.
        Assert.Equal(KoreanWords.MergedVowels("앤서블"), KoreanWords.MergedVowels("엔서블"));
        Assert.Equal(KoreanWords.MergedVowels("얘기"), KoreanWords.MergedVowels("예기"));
        Assert.NotEqual(KoreanWords.MergedVowels("러스트"), KoreanWords.MergedVowels("레스트"));

        var read = Index.Reader.Read("엔서블로 서버 설정하는 방법").Concepts[0];
        Assert.Equal(WordOrigin.Guide, read.Origin);
        Assert.Contains("ansible", read.Alternatives);
        Assert.Equal("infra-platform", Index.Answer("엔서블로 서버 설정하는 방법", 3).Hits[0].Section.Guide);
    }

    [Theory]
    [InlineData("테라폼에선 상태 파일 어디 저장해")] // 에선 left after a term read off the word's start
    [InlineData("k8s에선 ingress 어떻게 설정해")] // left after a Latin word
    [InlineData("인프라쪽에선 뭐 배워")] // with the filler noun 쪽
    [InlineData("가이드에선 grpc 인터셉터 뭐라고 해")]
    [InlineData("k8s엔 ingress 어떻게 설정해")] // 엔 (에는) left after a Latin word
    [InlineData("가이드엔 grpc 인터셉터 뭐라고 해")] // 엔 stripped from a word's end
    public void A_contracted_particle_left_on_its_own_is_no_idea(string question)
    {
        var read = Index.Reader.Read(question);
        Assert.DoesNotContain(read.Concepts, c => c.Text.EndsWith("에선", StringComparison.Ordinal) || c.Text.EndsWith('엔'));
        Assert.All(read.Concepts, c => Assert.NotEqual(WordOrigin.Unknown, c.Origin));
    }

    [Theory]
    [InlineData("헬스첵 설정", "헬스체크")] // 체크 typed with its consonant closing the syllable before
    [InlineData("넷워킹 공부 순서", "네트워킹")] // 네트 typed as 넷
    [InlineData("하이퍼바이져 종류", "하이퍼바이저")] // 져 for 저: one vowel, though 져 also ends a verb
    [InlineData("스케쥴러 역할", "스케줄러")] // 쥴 for 줄
    public void A_Hangul_word_one_jamo_slip_from_one_guide_word_is_that_word(string question, string meant)
    {
        var concept = Index.Reader.Read(question).Concepts[0];
        Assert.Equal(WordOrigin.Guide, concept.Origin);
        Assert.Contains(meant, concept.Alternatives);
    }

    [Fact]
    public void The_jamo_slip_keys_meet_only_words_one_slip_apart()
    {
        static bool Share(string a, string b) => KoreanWords.SlipKeys(a).Intersect(KoreanWords.SlipKeys(b)).Any();

        Assert.True(Share("스케쥴러", "스케줄러")); // one vowel
        Assert.True(Share("헬스첵", "헬스체크")); // a final for 크
        Assert.True(Share("넷워킹", "네트워킹")); // a final for 트
        Assert.True(Share("프로메테우서", "프로메테우스"));
        Assert.False(Share("드라마", "드라이")); // a vowel and a final: two letters
        Assert.False(Share("헬스장", "헬스체크"));
    }

    [Fact]
    public void A_Latin_slip_is_found_by_its_deletion_keys()
    {
        // Substitution, insertion, deletion and a swap of neighbours all share a deletion key with the word meant.
        foreach (var (typo, word) in new[] { ("promethues", "prometheus"), ("canery", "canary"), ("grafna", "grafana"), ("jeager", "jaeger"), ("nuetron", "neutron") })
        {
            Assert.True(QuestionReader.DeletionKeys(typo).Intersect(QuestionReader.DeletionKeys(word)).Any());
            Assert.Equal(word, Index.Reader.Read(typo + " 설명").Concepts[0].Text);
        }
    }

    [Fact]
    public void An_off_topic_name_one_slip_from_nothing_the_guides_write_stays_declined()
    {
        // A made-up off-topic name is no slip of a guide word: the question stays declined.
        Assert.Equal(AnswerConfidence.None, Index.Answer("플러터 위젯트리 넷스케이프 호환 뭐야", 3).Confidence);
        Assert.Equal(AnswerConfidence.None, Index.Answer("how do i tune my svelte componnets for hydration", 3).Confidence);
    }

    [Theory]
    [InlineData("HPA가\u200B 파드 수를 어떻게 계산해?")] // zero-width space pasted from a chat client
    [InlineData("\uFEFFHPA가 파드 수를 어떻게 계산해?")] // byte-order mark
    [InlineData("HPA가 파드 수를 어떻게 계\u00AD산해?")] // soft hyphen inside a word
    public void Invisible_format_characters_change_no_reading(string typed)
    {
        var plain = Index.Answer("HPA가 파드 수를 어떻게 계산해?", 3);
        var answer = Index.Answer(typed, 3);
        Assert.Equal(plain.Confidence, answer.Confidence);
        Assert.Equal(plain.Hits[0].Section.Anchor, answer.Hits[0].Section.Anchor);
        Assert.Equal(plain.Lines.Select(l => l.Text), answer.Lines.Select(l => l.Text));
    }
}
