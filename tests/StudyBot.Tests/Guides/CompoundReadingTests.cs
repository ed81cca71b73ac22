namespace StudyBot.Tests.Guides;

/// <summary>Korean words a question glues together — a bound noun after a guide word, a compound whose head is a guide
/// word, a one-syllable noun under its particle — read as the guides' words, while everyday compounds stay off-topic.
/// Examples are made up here, never evaluation questions.</summary>
public sealed class CompoundReadingTests
{
    private static GuideIndex Index => SeedGuides.Index;

    [Theory]
    [InlineData("인스턴스단 보안 설정", "인스턴스")] // 端: the level of a thing
    [InlineData("네트워크단 장애 대응", "네트워크")]
    [InlineData("노드당 파드 개수", "노드")] // 當: per
    public void A_bound_noun_after_a_guide_word_is_that_word(string question, string word)
    {
        var read = Index.Reader.Read(question).Concepts;
        Assert.Contains(read, c => c.Text == word && c.Origin == WordOrigin.Guide);
        Assert.DoesNotContain(read, c => c.Origin == WordOrigin.Unknown && c.Text.EndsWith(question[word.Length]));
    }

    [Fact]
    public void A_bound_noun_glued_to_an_English_word_is_no_idea()
    {
        Assert.DoesNotContain(Index.Reader.Read("vm단 방화벽 설정").Concepts, c => c.Text == "단");
    }

    [Fact]
    public void A_compound_ending_in_a_guide_word_has_that_word_and_keeps_its_other_half()
    {
        // Korean puts a compound's head last: 물리서버 is a server. The first half is read as it reads alone — a noun the
        // guides lack stays an unknown idea, so the question still asks about it.
        var read = Index.Reader.Read("물리서버에 OS 설치하는 법").Concepts;
        Assert.Equal(["물리", "서버"], read.Take(2).Select(c => c.Text));
        Assert.Equal(WordOrigin.Guide, read[1].Origin);
        var game = Index.Reader.Read("게임서버 렌탈 추천해줘").Concepts;
        Assert.Equal(("게임", WordOrigin.Unknown), (game[0].Text, game[0].Origin));

        // Everyday compounds with a guide word last stay off-topic; an adverb's ending is not a word after its stem.
        Assert.Equal(AnswerConfidence.None, Index.Answer("게임서버 렌탈 추천해줘", 3).Confidence);
        Assert.Equal(AnswerConfidence.None, Index.Answer("물리치료 받으려면 예약해야돼?", 3).Confidence);
        Assert.DoesNotContain(Index.Reader.Read("안전하게 운전하는 법").Concepts, c => c.Text == "하게");
    }

    [Fact]
    public void A_piece_the_guides_write_only_inside_longer_words_is_no_half_of_a_learners_word()
    {
        // 포인트 stands in the guides only inside 엔드포인트 and 체크포인트: an everyday loanword ending in it is the
        // learner's own word, not an endpoint.
        var read = Index.Reader.Read("골드포인트 적립하는 방법").Concepts;
        Assert.DoesNotContain(read, c => c.Text == "포인트");
        Assert.Equal(AnswerConfidence.None, Index.Answer("골드포인트 적립하는 방법", 3).Confidence);

        // The guides' own compounds, whole or glued to another guide word, still read as theirs.
        Assert.Contains(Index.Reader.Read("서비스엔드포인트 확인").Concepts, c => c.Text == "엔드포인트" && c.Origin == WordOrigin.Guide);
        Assert.Contains(Index.Reader.Read("체크포인트 항목").Concepts, c => c.Text == "체크포인트" && c.Origin == WordOrigin.Guide);
    }

    [Theory]
    [InlineData("팀에서", "팀")]
    [InlineData("잡을", "잡")]
    [InlineData("룰에", "룰")]
    [InlineData("평가", null)] // a two-syllable noun ending in a particle-like syllable
    [InlineData("차이", null)]
    [InlineData("작은", null)] // an adnominal form
    [InlineData("클러스터에", null)] // not one syllable
    public void A_one_syllable_noun_under_a_case_particle_is_the_noun(string word, string? noun) =>
        Assert.Equal(noun, QueryText.OneSyllableNoun(word));

    [Fact]
    public void The_index_finds_a_one_syllable_noun_the_guides_write_under_a_particle()
    {
        // "팀에서" has no piece of two syllables that is 팀: the index keeps the noun, so "팀" and "team" meet that line.
        Assert.Contains(Index.Units.HangulPostings("팀"), u => Index.Units.Units[u].Text.Contains("팀에서", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("파드를스케일링 하는 법", "파드", "스케일링")] // 를 after an open syllable
    [InlineData("서비스로트래픽 보내기", "서비스", "트래픽")] // 로 after an open syllable
    [InlineData("로그와메트릭 수집", "로그", "메트릭")]
    public void A_one_syllable_particle_between_two_glued_guide_words_ends_the_first(string question, string first, string second)
    {
        // Typed without a space, the particle was kept on the first piece ("서비스로", no idea the guides write).
        var read = Index.Reader.Read(question).Concepts.Select(c => (c.Text, c.Origin)).ToArray();
        Assert.Contains((first, WordOrigin.Guide), read);
        Assert.Contains((second, WordOrigin.Guide), read);
    }

    [Theory]
    [InlineData('드', '를', true)]
    [InlineData('드', '을', false)] // 을 follows a closed syllable only
    [InlineData('럼', '이', true)]
    [InlineData('럼', '가', false)]
    [InlineData('얼', '로', true)] // ㄹ takes 로, not 으로
    [InlineData('럼', '로', false)]
    [InlineData('럼', '의', true)]
    [InlineData('드', '쪽', false)] // no particle
    public void A_one_syllable_particle_fits_the_syllable_before_it(char before, char particle, bool fits) =>
        Assert.Equal(fits, KoreanWords.ParticleFits(before, particle));

    [Fact]
    public void A_two_syllable_case_particle_inside_a_glued_word_parts_two_words()
    {
        // The particle ends the noun before it; the words either side are two words of the question, not one compound.
        var read = Index.Reader.Read("서비스끼리요청 보내는 흐름").Concepts;
        Assert.Equal(["서비스", "요청"], read.Take(2).Select(c => c.Text));
        Assert.False(read[1].Glued);
        Assert.True(Index.Reader.Read("마스터노드 개수").Concepts.Single(c => c.Text == "노드").Glued);
    }

    [Fact]
    public void A_case_particle_opening_a_Hangul_word_after_a_Latin_one_is_dropped()
    {
        var read = Index.Reader.Read("CI에서배포 자동화").Concepts.Select(c => c.Text).ToArray();
        Assert.Equal(Index.Reader.Read("CI에서 배포 자동화").Concepts.Select(c => c.Text), read);
    }
}
