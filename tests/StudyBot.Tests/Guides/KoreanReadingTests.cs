namespace StudyBot.Tests.Guides;

/// <summary>How a question is read on the real guides: readings true of Korean (particles, verb forms, chat spellings)
/// and of how Korean writes English words. Examples are made up here, never evaluation questions.</summary>
public sealed class KoreanReadingTests
{
    private static GuideIndex Index => SeedGuides.Index;

    [Theory]
    [InlineData("손으로", "손")] // 으 joins 로 to a consonant: part of the particle
    [InlineData("책으로", "책")]
    [InlineData("클러스터로", "클러스터")] // 로 alone after a vowel
    [InlineData("방법으로", "방법")]
    public void The_particle_euro_takes_its_vowel_with_it(string word, string stem) =>
        Assert.Equal(stem, QueryText.StripParticle(word));

    [Theory]
    [InlineData("랩에서 로그 수집은 뭘로 해", "랩", "lab")]
    [InlineData("랩으로 대시보드 만들어?", "랩", "lab")]
    [InlineData("둘째 달부터 뭐 배워", "달", "개월")]
    public void A_one_syllable_glossary_word_under_a_long_case_particle_is_the_word(string question, string word, string synonym)
    {
        // 랩 (lab) under 은 or 의 was the lab already; under 에서 or 으로 it was an unknown word weighing 4 that found nothing.
        var concept = Assert.Single(Index.Reader.Read(question).Concepts, c => c.Text == word);
        Assert.Equal(WordOrigin.Guide, concept.Origin);
        Assert.Contains(synonym, concept.Alternatives);
    }

    [Theory]
    [InlineData("서비스끼리 서로 위치 찾는거 다루는 항목 있어?", "서로")]
    [InlineData("팀 템플릿으로 서버 띄우면 가끔 네트워크 디버깅도 배워?", "가끔")]
    [InlineData("그것도 전부 공부해야 돼?", "그것", "전부")]
    [InlineData("좋은 점 두 개가 뭐였지", "두")]
    [InlineData("방화벽 여러 대 묶어서 하나처럼 쓰는 거", "여러", "대", "하나")]
    [InlineData("필터 쓰는 거 말고 하나 더 있었는데 기억나는 사람", "하나", "더", "기억나는")]
    [InlineData("이스티오로 배포는 어떤 식으로 해", "식으로")]
    [InlineData("추적 툴 두 개 예로 들었던 거", "개", "예로", "들었던")]
    [InlineData("체크리스트 문구 그대로 보여줘", "그대", "그대로")]
    [InlineData("스스로 점검할 항목", "스스", "스스로")]
    [InlineData("저절로 복구되는 설정", "저절", "저절로")]
    [InlineData("HPA 설정 뭐라고 적혀 있었나", "적혀")] // "written", apart from its 있다 as glued ("적혀있어")
    [InlineData("체크리스트에 쓰여 있던 항목", "쓰여")]
    [InlineData("새 노드 붙일 때 라벨은 어떻게 달아", "새")] // the determiner "new": which node, not a thing of its own
    [InlineData("헬름 차트 새 릴리스 올리는 순서", "새")]
    [InlineData("인그레스 컨트롤러는 뭘로 쓰는 거예요? 갑자기 헷갈려서", "갑자기", "거예요")] // "suddenly"; 거 and its copula
    [InlineData("모니터링 도구 이름이 뭐였던 거에요", "거에요")] // 거예요 as typed, as 뭐에요
    public void Korean_closed_class_words_name_no_idea(string question, params string[] words)
    {
        // Pronouns, quantity and frequency adverbs and the numerals before a counter are how a sentence is said in any
        // topic: none is an idea the guides never use, weighing 4 against the question's real topic.
        var concepts = Index.Reader.Read(question).Concepts;
        Assert.All(words, w => Assert.DoesNotContain(concepts, c => c.Text == w));
        Assert.NotEmpty(concepts);
    }

    [Theory]
    [InlineData("helm 차트 템플릿 문법도 공부 범위에 들어가?", "범위")] // the scope the thing is looked for in
    [InlineData("etcd 백업도 스터디 범위에 포함돼?", "범위")]
    [InlineData("이벤트 순서 보장하는 것도 학습 범위에 있었나?", "범위")]
    public void An_unknown_noun_under_e_before_a_verb_of_being_inside_is_the_place_looked_in(string question, string place)
    {
        // "X도 N에 들어가/포함돼/있어?" asks whether X is covered: N is where the learner looks, not a topic the guides
        // never treat — read as an idea it weighed 4 and declined the question.
        var concepts = Index.Reader.Read(question).Concepts;
        Assert.DoesNotContain(concepts, c => c.Text.StartsWith(place, StringComparison.Ordinal));
        Assert.NotEqual(AnswerConfidence.None, Index.Answer(question, 3).Confidence);
    }

    [Theory]
    [InlineData("SDN 파트에 openflow도 들어가있음?", "openflow")] // a part the guides write stays what it was: scaffolding or theirs
    [InlineData("서울에 있는 맛집 추천", "서울")] // an adnominal form going on to a noun: the place is part of the question
    public void A_place_that_is_part_of_the_question_stays_read(string question, string word) =>
        Assert.Contains(Index.Reader.Read(question).Concepts, c => c.Text.StartsWith(word, StringComparison.Ordinal));

    [Theory]
    [InlineData("헬스장 회원권에 샤워 포함돼?")] // everyday chat in that shape stays declined
    [InlineData("여행자 보험 범위에 분실 들어가?")]
    [InlineData("넷플릭스 요금제에 광고 있어?")]
    public void Everyday_questions_of_what_is_included_stay_declined(string question) =>
        Assert.Equal(AnswerConfidence.None, Index.Answer(question, 3).Confidence);

    [Theory]
    [InlineData("vxlan gre 나오잖아, 나머지 하나 뭐야?", "나오잖아", "하나")]
    [InlineData("요청 하나가 여러 서비스 거치는 흐름 추적하는 툴", "하나")]
    public void A_reminding_ending_and_the_numeral_one_name_no_idea(string question, params string[] words)
    {
        // -잖아 ("as you know") ends a verb, and 하나 is the native numeral "one" on its own: how the sentence is said.
        var concepts = Index.Reader.Read(question).Concepts;
        Assert.All(words, w => Assert.DoesNotContain(concepts, c => c.Text == w && c.Origin != WordOrigin.Predicate));
        Assert.NotEmpty(concepts);
    }

    [Theory]
    [InlineData("그라파나 대시보드 어디서 가져온 거임", "가져온")] // written together, 가져온거임 is a verb already
    [InlineData("두 도구를 합친 거예요?", "합친")]
    [InlineData("로그 모을 때 쓰는 툴", "모을")]
    public void A_verb_apart_from_its_bound_noun_weighs_as_a_predicate(string question, string word) =>
        Assert.Equal(WordOrigin.Predicate, Assert.Single(Index.Reader.Read(question).Concepts, c => c.Text == word).Origin);

    [Theory]
    [InlineData("갑자기 허리가 아픈 거예요 병원 가야 돼?")] // everyday chat read with those forms stays declined
    [InlineData("어제 산 운동화 환불 받은 거 어떻게 확인해")]
    public void Everyday_questions_with_a_verb_before_a_bound_noun_stay_declined(string question) =>
        Assert.Equal(AnswerConfidence.None, Index.Answer(question, 3).Confidence);

    [Theory]
    [InlineData("가용영역 나눠서 장애 격리하는 거", "나눠서")]
    [InlineData("레포에 같이 넣는 방법", "넣는")]
    public void Korean_verb_forms_weigh_as_predicates(string question, string word) =>
        Assert.Equal(WordOrigin.Predicate, Assert.Single(Index.Reader.Read(question).Concepts, c => c.Text == word).Origin);

    [Fact]
    public void Latin_letters_spelled_out_in_Hangul_read_as_the_acronym()
    {
        // Every reading, two for the letters Korean names alike (비 is B or V); a word that is not letter names has none.
        Assert.Equal(["cncf"], KoreanWords.SpelledLetters("씨엔씨에프"));
        Assert.Equal(["bm", "vm"], KoreanWords.SpelledLetters("비엠"));
        Assert.Empty(KoreanWords.SpelledLetters("클러스터"));
        Assert.Empty(KoreanWords.SpelledLetters("씨엔씨에프씨엔씨에프씨엔")); // more letters than an acronym has

        // In a question: the guides' acronym, with its glossary expansion, even when the last letter looks like a particle
        // (에스알이: S-R-E, not 에스알 + 이); letter names that spell nothing the guides write stay unknown.
        Assert.Contains("cncf", Index.Reader.Read("씨엔씨에프는 누가 만든 단체야").Concepts.Single(c => c.Text == "씨엔씨에프").Alternatives);
        Assert.Contains("sre", Index.Reader.Read("에스알이 하는 일 알려줘").Concepts.Single(c => c.Text == "에스알이").Alternatives);
        Assert.Equal("compute#2-가상화-기술-linux-kernel--hypervisor", Index.Search("케이브이엠 뭐야", 1).Single().Section.Key);
        Assert.Equal(AnswerConfidence.None, Index.Answer("엠티 언제 가", 3).Confidence);
    }

    [Fact]
    public void An_opening_letter_said_as_its_sound_spells_the_acronym_with_the_names_of_the_rest()
    {
        // 그알피씨 is g-R-P-C, the lower-case prefix said as its sound: the guides' gRPC. Only the opening letter reads so
        // (알그 is no "rg"), and 그 alone is no acronym.
        Assert.Contains("grpc", KoreanWords.SpelledLetters("그알피씨"));
        Assert.DoesNotContain("rg", KoreanWords.SpelledLetters("알그"));
        Assert.Empty(KoreanWords.SpelledLetters("그"));
        Assert.Contains("grpc", Index.Reader.Read("그알피씨 인터셉터 뭐라 했더라").Concepts.Single(c => c.Text == "그알피씨").Alternatives);
    }

    [Theory]
    [InlineData("오에스 이미지 빌드 도구", "os")]
    [InlineData("아이피 할당은 어떻게 해", "ip")]
    public void A_two_letter_acronym_spelled_out_in_Hangul_is_the_acronym_the_guides_write(string question, string acronym)
    {
        // The guides' Latin words of three letters or more left out their two-letter acronyms (OS, IP): spelled out,
        // such a word was unknown and weighed against the line that names it.
        var concept = Assert.Single(Index.Reader.Read(question).Concepts, c => c.Alternatives.Contains(acronym));
        Assert.Equal(WordOrigin.Guide, concept.Origin);
    }

    [Theory]
    [InlineData("로깅 파트 항목들 뭐뭐 있어", "항목들")]
    [InlineData("스토리지 내용들은 어디 있어", "내용들")]
    public void A_scaffolding_noun_in_the_plural_is_scaffolding(string question, string plural)
    {
        // 항목 and 내용 only shape the question; with the plural 들 they were unknown words weighing against the answer.
        var concepts = Index.Reader.Read(question).Concepts;
        Assert.DoesNotContain(concepts, c => c.Text == plural);
        Assert.Single(concepts);
    }

    [Theory]
    [InlineData("테라폼에서모듈 구성", "테라폼", "모듈")]
    [InlineData("테라폼부터앤서블 순서", "테라폼", "앤서블")]
    public void A_case_particle_inside_words_written_together_ends_the_word_before_it(string question, string first, string second)
    {
        // As a space would: 에서 or 부터 between two guide words is no idea of its own (it weighed as a rare guide word).
        var concepts = Index.Reader.Read(question).Concepts.Select(c => c.Text).ToArray();
        Assert.Contains(first, concepts);
        Assert.Contains(second, concepts);
        Assert.DoesNotContain(concepts, c => c is "에서" or "부터");
    }

    [Theory]
    [InlineData("HPA 영어 이름", false)] // the name in English
    [InlineData("HPA 영어로 뭐야", false)] // "in English", whatever else is asked
    [InlineData("HPA 영문?", false)] // after the thing named
    [InlineData("영어 회화 공부 방법", true)] // studying English: the thing asked about
    [InlineData("한국어 문법 공부 순서", true)]
    public void A_language_opening_a_question_that_asks_no_name_is_its_topic(string question, bool topic)
    {
        Assert.Equal(topic, Index.Reader.Read(question).Concepts.Any(c => c.Text is "영어" or "영문" or "한국어"));
        if (topic)
        {
            Assert.Equal(AnswerConfidence.None, Index.Answer(question, 3).Confidence);
        }
        else
        {
            Assert.Equal(AnswerHint.Name, Index.Reader.Read(question).Hint);
        }
    }

    [Theory]
    [InlineData("클라우드를 쓰면 뭐가 좋은데")]
    [InlineData("클라우드 도입하면 뭐가 좋은지 알려줘")]
    public void An_adjective_asked_of_a_thing_asks_for_its_points(string question)
    {
        // 좋은데, 좋은지: the adnominal 좋은 before 점 is the glossary's "좋은 점" (이점, 장점), so the section on the
        // cloud's advantages answers, not the bare "클라우드" heading.
        Assert.Contains(Index.Reader.Read(question).Concepts, c => c.Text == "좋은 점");
        Assert.Equal("devops-k8s-5weeks#클라우드-사용시-이점", Index.Search(question, 1).Single().Section.Key);

        // A word the guides have stays as it is; an adnominal the glossary has no 점 after is no point.
        Assert.DoesNotContain(Index.Reader.Read("작은 버그 수정").Concepts, c => c.Text.EndsWith('점'));
    }

    [Fact]
    public void A_closed_syllable_before_a_vowel_syllable_is_a_noun_and_its_particle_not_an_English_spelling()
    {
        // Loanword orthography moves a consonant before a vowel into the vowel's syllable (카나리, not 칸아리); only ㅇ
        // (ng) stays: 싱어.
        Assert.False(KoreanWords.CouldSpellEnglish("전에"));
        Assert.False(KoreanWords.CouldSpellEnglish("손을"));
        Assert.True(KoreanWords.CouldSpellEnglish("싱어"));
        Assert.True(KoreanWords.CouldSpellEnglish("카나리"));
        Assert.DoesNotContain(Index.Reader.Read("발표 전에 뭐 준비해").Concepts, c => c.Alternatives.Contains("zone"));
    }

    [Fact]
    public void An_English_word_starting_with_two_consonants_is_written_with_an_epenthetic_eu()
    {
        Assert.True(KoreanWords.SameStart("스키마", "schema"));
        Assert.True(KoreanWords.SameStart("클라우드", "cloud"));
        Assert.True(KoreanWords.SameStart("프록시", "proxy"));
        Assert.False(KoreanWords.SameStart("채점", "schema"));
        Assert.True(KoreanWords.SameStart("셸", "shell")); // a digraph is one consonant
        Assert.True(KoreanWords.SameStart("노드", "knode")); // a silent first letter
        Assert.DoesNotContain(Index.Reader.Read("채점 어떻게 해").Concepts, c => c.Alternatives.Contains("schema"));
        // Names the guides write in Latin letters still meet their Hangul spelling.
        Assert.Equal(["keycloak", "linkerd"], Index.Reader.Read("키클록 링커디").Concepts.Select(c => c.Alternatives[1]));
    }

    [Fact]
    public void An_acronym_without_vowel_letters_is_never_the_reading_of_a_word_by_its_consonants()
    {
        // 트레이스 shares its consonants with "traces" and with the acronym "tls"; an acronym is spoken letter by letter
        // (티엘에스), so the word is "traces", and the question about traces is answered, not declined.
        Assert.Contains("traces", Index.Reader.Read("트레이스 추적할땐 무슨 툴 쓰라고 나와?").Concepts[0].Alternatives);
        Assert.NotEqual(AnswerConfidence.None, Index.Answer("트레이스 추적할땐 무슨 툴 쓰라고 나와?", 3).Confidence);
        Assert.Equal(["tls"], KoreanWords.SpelledLetters("티엘에스").Where(Index.Units.IsLatinWord));
    }

    // Korean writes the diphthong an i or y is spoken as 아이 (an open ㅏ syllable, then 이), never a ㅏ alone; and ㅑ ㅕ ㅛ
    // carry a glide a, e, o have only after sh (샤, 셰, 쇼).
    [Theory]
    [InlineData("카인드", "kind", true)]
    [InlineData("하이퍼바이저", "hypervisor", true)]
    [InlineData("사람", "cilium", false)]
    [InlineData("합치", "hypervisor", false)]
    [InlineData("가운데", "kind", false)]
    [InlineData("샤드", "shard", true)]
    [InlineData("차트", "chart", true)]
    [InlineData("샤드", "chart", false)]
    [InlineData("결과", "keycloak", false)]
    public void An_i_spoken_ai_is_written_as_the_diphthong_and_a_glide_vowel_only_after_sh(string hangul, string latin, bool fits) =>
        Assert.Equal(fits, KoreanWords.FirstVowelsFit(hangul, latin));

    // English spells the vowel "you" eu or ew (neutron, new, few); Korean writes it ㅠ (뉴트론, 뉴, 퓨).
    [Theory]
    [InlineData("뉴트론", "neutron", true)]
    [InlineData("뉴트런", "neutron", true)]
    [InlineData("뉴", "new", true)]
    [InlineData("누트론", "neutron", false)]
    [InlineData("뉴", "now", false)]
    public void Eu_and_ew_are_spoken_yu(string hangul, string latin, bool fits) =>
        Assert.Equal(fits, KoreanWords.FirstVowelsFit(hangul, latin));

    [Fact]
    public void A_name_spelled_yu_in_Hangul_meets_the_guides_Latin_name()
    {
        var concept = Index.Reader.Read("뉴트런 아키텍처 어디 나와").Concepts[0];
        Assert.Equal(WordOrigin.Guide, concept.Origin);
        Assert.Contains("neutron", concept.Alternatives);
    }

    [Fact]
    public void A_guide_loanword_of_two_consonants_meets_the_Latin_word_its_section_writes_beside_it()
    {
        // The guides write 서비스 메시 and Service Mesh in one section: 메시 is "mesh", though two consonants say little.
        Assert.Contains("mesh", Index.Reader.Read("메시 실습 해?").Concepts[0].Alternatives);
        // 메시지 (message) shares its first consonants, not its vowels' end: it is never "mesh".
        Assert.DoesNotContain(Index.Reader.Read("메시지 브로커").Concepts, c => c.Alternatives.Contains("mesh"));
    }

    [Fact]
    public void Everyday_Korean_words_are_not_the_names_they_share_consonants_with()
    {
        foreach (var (question, name) in new[] { ("사람 많은 회사", "cilium"), ("결과 보고서", "keycloak"), ("샤드 나누기", "chart"), ("친구 생일선물", "sync") })
        {
            Assert.DoesNotContain(Index.Reader.Read(question).Concepts, c => c.Alternatives.Contains(name));
        }

        // The names' Hangul spellings still meet them.
        Assert.Contains("cilium", Index.Reader.Read("실리움 설치").Concepts[0].Alternatives);
        Assert.Contains("kind", Index.Reader.Read("카인드 클러스터").Concepts[0].Alternatives);
    }

    // A name ending in a consonant sound ends in Hangul in a closed syllable, an epenthetic ㅡ or a spelled-out letter's
    // name; an open syllable in another vowel ends a Korean word.
    [Theory]
    [InlineData("싱크", "sync", true)]
    [InlineData("친구", "sync", false)]
    [InlineData("링커디", "linkerd", true)]
    [InlineData("도커", "docker", true)]
    [InlineData("프로우", "prow", true)]
    [InlineData("카프카", "kafka", true)]
    [InlineData("헬름", "helm", true)]
    public void A_name_ending_in_a_consonant_is_not_spelled_with_an_open_vowel(string hangul, string latin, bool fits) =>
        Assert.Equal(fits, KoreanWords.EndsAsSpelled(hangul, latin));

    // A final sh, ch or soft g is written 시, 쉬, 지 or 치; 스 spells an s, and another vowel ends a Korean word.
    [Theory]
    [InlineData("푸시", "push", true)]
    [InlineData("캐쉬", "cache", true)]
    [InlineData("브랜치", "branch", true)]
    [InlineData("이미지", "image", true)]
    [InlineData("버스", "push", false)]
    [InlineData("가서", "cache", false)]
    [InlineData("푸시", "buffers", false)]
    [InlineData("버퍼스", "buffers", true)]
    public void A_final_sh_or_ch_is_spelled_with_shi_ji_or_chi(string hangul, string latin, bool fits) =>
        Assert.Equal(fits, KoreanWords.EndsAsSpelled(hangul, latin));

    // Which consonant ends it tells them apart: a soft g is ㅈ (지), an sh ㅅ (시, 쉬), a ch ㅅ or ㅊ.
    [Theory]
    [InlineData("코티지", "cottage", true)]
    [InlineData("코티시", "cottage", false)]
    [InlineData("플래시", "flash", true)]
    [InlineData("플래지", "flash", false)]
    [InlineData("플래치", "flash", false)]
    [InlineData("파우치", "pouch", true)]
    public void A_final_soft_g_is_spelled_with_ji_and_an_sh_with_shi(string hangul, string latin, bool fits) =>
        Assert.Equal(fits, KoreanWords.EndsAsSpelled(hangul, latin));

    // A g before e, i or y may be soft, as ㅈ writes it: both readings are kept ("get" stays hard), and the soft one is
    // its own class, met only by a ㅈ — not by the ㅅ or ㅊ the j class also holds.
    [Fact]
    public void A_soft_g_is_read_as_the_j_korean_writes_with_jieut()
    {
        Assert.Equal(["plk", "plj"], KoreanWords.LatinSkeletons("village"));
        Assert.Equal("plj", KoreanWords.SoftGSkeleton("빌리지"));
        Assert.Null(KoreanWords.SoftGSkeleton("빌리시"));
        Assert.Contains(KoreanWords.SoftGSkeleton("빌리지"), KoreanWords.LatinSkeletons("village"));
        Assert.DoesNotContain(KoreanWords.HangulSkeleton("빌리치"), KoreanWords.LatinSkeletons("village"));
        Assert.Single(KoreanWords.LatinSkeletons("bigot")); // no g before e, i or y: one reading
    }

    [Theory]
    [InlineData("빌리지", "village")] // an unstressed -age spoken with an i, the 지's ㅣ epenthetic
    [InlineData("패키지", "package")]
    [InlineData("크래시", "crash")] // the ㅣ of 시 after a final sh
    public void A_loanword_ending_in_a_soft_g_or_sh_spells_its_word(string hangul, string latin) =>
        Assert.Contains(latin, EnglishWords.SpelledBy(hangul, minConsonants: 2));

    [Fact]
    public void A_loanword_ending_in_shi_does_not_spell_a_word_ending_in_a_soft_g()
    {
        Assert.DoesNotContain("village", EnglishWords.SpelledBy("빌리시", minConsonants: 2));
        Assert.DoesNotContain("crash", EnglishWords.SpelledBy("크래지", minConsonants: 2));
    }

    [Fact]
    public void Everyday_words_are_not_read_as_guide_words_that_sound_alike()
    {
        // 가서 (going) and 버스 (a bus) share consonants with "cache" and "push"; 자동차 (a car) starts with 자동.
        Assert.DoesNotContain(Index.Reader.Read("학교 가서 뭐 해").Concepts, c => c.Alternatives.Contains("cache"));
        Assert.DoesNotContain(Index.Reader.Read("버스 몇 시에 와").Concepts, c => c.Alternatives.Contains("push"));
        Assert.DoesNotContain(Index.Reader.Read("자동차 보험 추천").Concepts, c => c.Alternatives.Contains("automatic"));

        // The guides' words written in Hangul still meet them: 캐시 is "cache"; 워커, of one consonant, is "worker" as the
        // glossary pairs 워커 노드 with "worker node".
        Assert.Contains("cache", Index.Reader.Read("캐시 전략").Concepts[0].Alternatives);
        Assert.Contains("worker", Index.Reader.Read("워커는 몇 대야").Concepts[0].Alternatives);
    }

    [Fact]
    public void A_verb_made_of_a_noun_the_guides_never_use_weighs_as_that_unknown_noun()
    {
        // "이사할때" is 이사 (moving house) + 하다: an idea the guides never name, not a way of asking — everyday chat
        // that shares one guide word ("체크") is declined, not answered with a checklist.
        var read = Index.Reader.Read("이사할때 체크할거 뭐 있음");
        Assert.Equal(WordOrigin.Unknown, read.Concepts.Single(c => c.Text == "이사할때").Origin);
        Assert.Equal(AnswerConfidence.None, Index.Answer("이사할때 체크할거 뭐 있음", 3).Confidence);

        // A verb form with no such noun still only shapes the question.
        Assert.Equal(WordOrigin.Predicate, Index.Reader.Read("클러스터 올라가는거 어떻게 봐").Concepts.Single(c => c.Text == "올라가는거").Origin);
    }

    [Fact]
    public void How_much_glued_to_its_ending_asks_for_a_number_and_names_nothing()
    {
        foreach (var question in new[] { "서버 개발자 연봉 얼마임", "HPA 최대 레플리카 얼마야" })
        {
            var read = Index.Reader.Read(question);
            Assert.Equal(AnswerHint.Number, read.Hint);
            Assert.DoesNotContain(read.Concepts, c => c.Text.StartsWith("얼마", StringComparison.Ordinal));
        }

        Assert.DoesNotContain(Index.Reader.Read("how many hours per day").Concepts, c => c.Text == "per");
    }

    [Theory]
    [InlineData("operator 패턴은 누가 처음 제안했어", "누가", AnswerHint.Name)]
    [InlineData("keda 누구 팀에서 시작했어", "누구", AnswerHint.Name)]
    [InlineData("최종 발표 언제야", "언제야", AnswerHint.Time)]
    [InlineData("프로메테우스 설정 파일 어디야", "어디야", AnswerHint.None)]
    [InlineData("방화벽 묶는 거 뭐라고 표현했더라", "표현", AnswerHint.Name)]
    public void Who_and_a_question_word_with_its_copula_shape_the_question(string question, string word, AnswerHint hint)
    {
        // 누구/누가 ask "who" as "who" does, 언제야/어디야 are 언제/어디 with 야: read as unknown words weighing 4, they
        // outweighed the question's own ideas and declined or lowered the line that says who started a thing.
        var read = Index.Reader.Read(question);
        Assert.DoesNotContain(read.Concepts, c => c.Text == word);
        Assert.Equal(hint, read.Hint);
    }

    [Fact]
    public void Who_started_a_thing_finds_the_line_that_says_so() =>
        Assert.Equal("k8s-week3-part3#-fun-facts-2", Index.Search("operator 패턴은 누가 처음 제안했어", 1).Single().Section.Key);

    [Fact]
    public void The_adnominal_form_of_a_scaffolding_verb_is_scaffolding()
    {
        // "배울 수 있어" is 배우다 (learn, as 배우는), not a word that sounds like "value".
        Assert.Equal("배우", KoreanWords.AdnominalStem("배울"));
        Assert.Equal("다루", KoreanWords.AdnominalStem("다룬"));
        Assert.Null(KoreanWords.AdnominalStem("배우"));
        var read = Index.Reader.Read("HPA는 몇주차에 배울 수 있어?");
        Assert.DoesNotContain(read.Concepts, c => c.Alternatives.Contains("value") || c.Text == "배울");
        Assert.Equal(AnswerHint.Time, read.Hint);
    }

    [Fact]
    public void A_Hangul_guide_word_meets_its_Latin_spelling_and_the_parts_of_identifiers()
    {
        // The guides write "ServiceMonitor"; a learner names it by its parts in Hangul. 서비스 and 모니터 are guide words
        // with no curated English name: the Latin words they spell, where a section writes both, are their other names.
        var read = Index.Reader.Read("서비스 모니터 설정");
        Assert.Contains("service", read.Concepts.Single(c => c.Text == "서비스").Alternatives);
        Assert.Contains("monitor", read.Concepts.Single(c => c.Text == "모니터").Alternatives);
        Assert.Contains("ServiceMonitor", Index.Answer("서비스 모니터 설정", 3).Text, StringComparison.Ordinal);
        // A Hangul word that only sounds like a Latin word of the guides, never written beside it, is not that word.
        Assert.DoesNotContain("master", Index.Reader.Read("메서드 설명").Concepts[0].Alternatives);
    }

    [Fact]
    public void A_compound_named_by_its_head_brings_its_kinds()
    {
        // English puts a compound's head last: an application load balancer (ALB) is a load balancer, so a question
        // about a load balancer meets the line that names the ALB.
        Assert.Contains("alb", Index.Reader.Read("로드밸런서 만들기").Concepts.Single(c => c.Text == "로드밸런서").Alternatives);
        // The glossary's "pod autoscaler" is shorthand for the horizontal one (its group has "horizontal pod
        // autoscaler"): not the head of every kind, so the vertical one stays apart.
        Assert.DoesNotContain("vpa", Index.Reader.Read("pod autoscaler 주기").Concepts[0].Alternatives);
    }

    [Fact]
    public void Chat_softeners_and_spellings_shape_the_question()
    {
        // 좀 glued to the word it softens, and 요 typed 여: "정의좀" asks for a definition as "정의" does.
        var read = Index.Reader.Read("클라우드 정의좀 해주세여");
        Assert.Equal(AnswerHint.Definition, read.Hint);
        Assert.Equal(["클라우드"], read.Concepts.Select(c => c.Text));
        Assert.Equal("해주세요", KoreanWords.ChatPolite("해주세여"));
    }
    [Theory]
    [InlineData("스토리지 같은것도 배우는거 맞지?", "스토리지|배우는거")] // 같은 (like), 맞지 (right?): the sentence's shape
    [InlineData("노드같은 리소스 이름 뭐라고 했더라", "노드|리소스")] // glued 같은, and recalling what was said
    [InlineData("첫번째 실습 환경 뭐였지", "실습 환경")] // an ordinal on its own qualifies, it names nothing
    public void Like_a_tag_question_recalling_and_an_ordinal_shape_the_sentence(string question, string ideas) =>
        Assert.Equal(ideas.Split('|'), Index.Reader.Read(question).Concepts.Select(c => c.Text));

    // How briefly to answer (한 줄로, 한마디로, briefly) names nothing: a definition asked "in one line" is answered as one
    // asked plainly, and the same words around a topic the guides never name leave it declined.
    [Theory]
    [InlineData("스토리지 정의 한 줄로 알려줘", "스토리지")]
    [InlineData("오퍼레이터 한마디로 뭐야", "오퍼레이터")]
    [InlineData("스토리지 한문장으로 정의해줘", "스토리지")] // in one sentence, glued or apart
    [InlineData("오퍼레이터 한 문장으로 설명해줘", "오퍼레이터")]
    [InlineData("explain the operator pattern briefly", "operator|pattern")]
    [InlineData("operator pattern as a one-liner", "operator|pattern")]
    [InlineData("how does the course define storage in one line", "storage")] // "in one line", and the course: the guides
    [InlineData("explain the operator pattern in a single sentence", "operator|pattern")]
    [InlineData("storage in short?", "storage")]
    [InlineData("the operator pattern in a nutshell", "operator|pattern")]
    public void How_briefly_to_answer_shapes_the_sentence(string question, string ideas) =>
        Assert.Equal(ideas.Split('|'), Index.Reader.Read(question).Concepts.Select(c => c.Text));

    // A line of the guides' code ("in one line of the manifest") is a line, not how briefly to answer.
    [Fact]
    public void A_line_of_something_is_not_how_briefly_to_answer() =>
        Assert.Contains("line", Index.Reader.Read("which setting is in one line of the hpa manifest").Concepts.Select(c => c.Text));

    [Theory]
    [InlineData("블록체인 정의 한 줄로 하면?")]
    [InlineData("메타버스 한문장으로 정의하면?")]
    [InlineData("briefly explain python decorators")]
    [InlineData("python decorators in a one-liner")]
    [InlineData("summarize this movie in one line")]
    [InlineData("recommend an online course")]
    [InlineData("explain the plot of inception in one sentence")]
    [InlineData("what's a good course for learning guitar, in short")]
    public void How_briefly_to_answer_does_not_answer_an_unknown_topic(string question) =>
        Assert.Equal(AnswerConfidence.None, Index.Answer(question, 3).Confidence);

    // Made-up recall and tag forms, none listed as scaffolding: each is read from the verb the list holds (다루다, 쓰다,
    // 배우다, 되다, 맞다), so it shapes the sentence; the nouns beside them — ending in 스, 지, 나 — stay whole ideas.
    [Theory]
    [InlineData("프로메테우스 다뤘었나", "프로메테우스")]
    [InlineData("패키지 썼었지", "패키지")]
    [InlineData("챌린지 시나리오 배웠던가", "챌린지|시나리오")]
    [InlineData("스토리지 되더라구", "스토리지")]
    [InlineData("파드 하나 띄우는거 맞았지", "파드|띄우는거")] // 하나 ("one") is a numeral: scaffolding
    [InlineData("그라파나 띄우는거 맞았지", "그라파나|띄우는거")]
    public void A_recall_or_tag_form_of_a_scaffolding_verb_shapes_the_sentence(string question, string ideas) =>
        Assert.Equal(ideas.Split('|'), Index.Reader.Read(question).Concepts.Select(c => c.Text));

    [Fact]
    public void A_recall_form_keeps_its_verbs_answer_type_and_a_noun_has_no_such_form()
    {
        // 불렀더라 is 부르다 ("what was it called"), listed as asking for a name.
        Assert.Contains("불러", KoreanWords.RecallOrTagForms("불렀더라"));
        Assert.Equal(AnswerHint.Name, Index.Reader.Read("파드 묶는 단위 어떻게 불렀더라").Hint);
        Assert.Contains("나와", KoreanWords.RecallOrTagForms("나왔었나"));
        Assert.Contains("하는", KoreanWords.RecallOrTagForms("하더라고"));
        Assert.Contains("맞아", KoreanWords.RecallOrTagForms("맞지요"));
        // 하나 ("one") is not 하 + 나; a noun without such an ending has no form at all.
        Assert.Empty(KoreanWords.RecallOrTagForms("하나"));
        Assert.Empty(KoreanWords.RecallOrTagForms("프로메테우스"));
        Assert.Empty(KoreanWords.RecallOrTagForms("인더스트리"));
    }

    [Theory]
    [InlineData("로깅은 뭐 쓴다고 했지", "로깅")] // 쓴다고: 쓰다 quoted
    [InlineData("테라폼 배운다고 했나", "테라폼")]
    [InlineData("모니터링은 한다고 함", "모니터링")]
    [InlineData("쿠버네티스 쓸때 모니터링", "쿠버네티스|모니터링")] // 쓸때: "when using"
    public void A_quoted_or_when_form_of_a_scaffolding_verb_shapes_the_sentence(string question, string ideas) =>
        Assert.Equal(ideas.Split('|'), Index.Reader.Read(question).Concepts.Select(c => c.Text));

    [Fact]
    public void A_quoted_or_when_form_is_read_as_its_verb_and_a_noun_has_none()
    {
        Assert.Equal(["쓰는"], KoreanWords.QuotedOrWhenForms("쓴다고"));
        Assert.Equal(["하는"], KoreanWords.QuotedOrWhenForms("한다고요"));
        Assert.Equal(["먹는"], KoreanWords.QuotedOrWhenForms("먹는다고")); // a closed stem quotes with 는다고
        Assert.Equal(["쓸"], KoreanWords.QuotedOrWhenForms("쓸때"));
        // 바다 + 고 ("the sea and") and 한때 ("once") have no verb's ㄴ or ㄹ before the ending.
        Assert.Empty(KoreanWords.QuotedOrWhenForms("바다고"));
        Assert.Empty(KoreanWords.QuotedOrWhenForms("한때"));
        Assert.Empty(KoreanWords.QuotedOrWhenForms("프로메테우스"));
    }

    [Fact]
    public void A_one_syllable_Sino_Korean_prefix_on_a_guide_word_reads_as_the_guide_word()
    {
        // 비- (non-) before 가상화: the prefix qualifies the thing the guides name.
        Assert.Equal(["가상화"], Index.Reader.Read("비가상화 설명").Concepts.Select(c => c.Text));
        // A prefixed word the glossary pairs with the guides' own term (반가상화 = para-virtualization) is that term.
        Assert.Equal(["반가상화"], Index.Reader.Read("반가상화 설명").Concepts.Select(c => c.Text));
        // Only before a guide word of three syllables or more: a word that merely starts with a prefix syllable stays whole.
        Assert.Equal(["비트코인"], Index.Reader.Read("비트코인 설명").Concepts.Select(c => c.Text));
    }

    [Fact]
    public void A_clipped_everyday_word_is_its_full_word() =>
        // 비번 is how Korean writes 비밀번호 (password) in chat.
        Assert.Contains("비밀번호", Index.Reader.Read("서버 비번 어디 둬").Concepts.Single(c => c.Text == "비번").Alternatives);

    [Theory]
    [InlineData("헬 름 차트 작성", "헬름")] // an English name in Hangul typed a syllable at a time
    [InlineData("분산 추 적 도구", "추적")]
    [InlineData("장 애 복 구 시간 몇 분", "장애")] // a run read as guide words written together (장애복구)
    public void Syllables_typed_apart_are_read_together(string question, string word)
    {
        Assert.Contains(Index.Reader.Read(question).Concepts, c => c.Text.Contains(word, StringComparison.Ordinal) || c.Alternatives.Contains(word));
        Assert.NotEqual(AnswerConfidence.None, Index.Answer(question, 3).Confidence);
    }

    [Theory]
    [InlineData("밥 먹 고 뭐 하 지")] // everyday syllables apart read as nothing: they stay as typed, and declined
    [InlineData("이 중 뭐 제일 중요")]
    public void Syllables_apart_that_read_as_nothing_stay_apart(string question) =>
        Assert.Equal(AnswerConfidence.None, Index.Answer(question, 3).Confidence);

    [Theory]
    [InlineData("서비스 디스커버리 나오는 섹션")] // 나오다 (appears in the guides) and 섹션 shape the question as 다루다 and 파트 do
    [InlineData("로깅 스택에 뭐 들어가요")] // 들어가다 asks for the contents; as 들어 it matched 만들어서
    public void Verbs_asking_where_or_what_is_covered_name_no_topic(string question) =>
        Assert.All(Index.Reader.Read(question).Concepts, c => Assert.Equal(WordOrigin.Guide, c.Origin));
}

/// <summary>How a Hangul word meets the guides' Latin words by the sounds Korean writes them with: the au of "vault"
/// as ㅗ, the 에이 of "data", a word-opening e written ㅓ only before r, a j spoken as a glide, an ㅎ where two English
/// words join, a spelled-out letter ending a name, an r written only as 르, and the code fences' language.</summary>
public sealed class HangulSpellingTests
{
    private static GuideIndex Index => SeedGuides.Index;

    [Theory]
    [InlineData("볼트", "vault", true)] // au spoken ㅗ
    [InlineData("오토", "auto", true)]
    [InlineData("인스톨", "install", true)] // an a before an l closing its sound
    [InlineData("볼리코", "calico", false)] // an a before a vowel's l keeps ㅏ
    [InlineData("케이다", "keda", true)] // e spoken 에이
    [InlineData("데이터", "data", true)]
    [InlineData("케이다", "gateway", false)] // the 이 belongs to the first vowel's diphthong
    [InlineData("러스트", "rest", false)] // a word-opening e is ㅔ (레스트) ...
    [InlineData("서버", "server", true)] // ... or the er of "server"
    [InlineData("레스트", "rest", true)]
    [InlineData("풀링", "pooling", true)] // an oo is ㅜ ...
    [InlineData("볼링", "pooling", false)]
    [InlineData("도어", "door", true)] // ... ㅗ only before r
    [InlineData("커넥션", "connection", true)] // -tion's glide: 션
    [InlineData("트레이스", "tls", false)] // an acronym is spelled letter by letter (티엘에스), not with vowels of its own
    public void Vowels_are_matched_as_Korean_writes_their_sounds(string hangul, string latin, bool fits) =>
        Assert.Equal(fits, KoreanWords.FirstVowelsFit(hangul, latin) && KoreanWords.VowelsFit(hangul, latin));

    [Fact]
    public void Skeletons_for_joined_words_and_a_j_spoken_as_a_glide()
    {
        Assert.Equal([("phk", false), ("pk", false)], KoreanWords.HangulSkeletons("웹훅")); // web + hook: the h after a consonant
        Assert.Equal([("k", false), ("sk", true)], KoreanWords.HangulSkeletons("예거"));
        Assert.Equal(("거", "ger"), KoreanWords.AfterGlide("예거", "jaeger"));
        Assert.Equal(["knksn"], KoreanWords.LatinSkeletons("connection")); // -tion spoken sh, as 커넥션 writes it
        Assert.Equal("knksn", KoreanWords.HangulSkeleton("커넥션"));
        Assert.Null(KoreanWords.AfterGlide("요거", "jaeger")); // ㅗ is not how the a of "jae" is written
        Assert.True(KoreanWords.EndsWithLetterNamed("플루언트디", "fluentd"));
        Assert.False(KoreanWords.EndsWithLetterNamed("플루언트디", "fluent"));
        Assert.True(KoreanWords.WritesR("아르고"));
        Assert.False(KoreanWords.WritesR("볼트"));
    }

    [Theory]
    [InlineData("예거 설정", "jaeger")]
    [InlineData("플루언트디 뭐야", "fluentd")]
    [InlineData("앤서블 볼트로 시크릿 관리", "vault")]
    [InlineData("케이다 스케일링", "keda")]
    [InlineData("트레이스 추적 도구", "traces")]
    [InlineData("커넥션 재사용", "connection")]
    public void A_guide_name_written_in_Hangul_reads_as_the_name(string question, string name) =>
        Assert.Contains(Index.Reader.Read(question).Concepts, c => c.Alternatives.Contains(name));

    [Theory]
    [InlineData("그 얘기 어디 있어?")]
    [InlineData("모니터링 얘기 좀 해줘")]
    public void An_everyday_Korean_word_is_not_a_guide_name_in_Hangul(string question)
    {
        // 얘기 (talk) fits "jaeger" with its j spoken as a glide; read so, it answered any question that said it with the
        // tracing lines. An everyday Korean word is Korean.
        Assert.DoesNotContain(Index.Reader.Read(question).Concepts, c => c.Text == "얘기" && c.Origin == WordOrigin.Guide);
        Assert.DoesNotContain(Index.Reader.Read(question).Concepts, c => c.Alternatives.Contains("jaeger"));
    }

    [Fact]
    public void Readings_that_are_not_the_name_are_dropped()
    {
        // 볼트 was "port" through an r Korean does not write there; 러스트 was "rest" through a vowel it is not written with.
        Assert.DoesNotContain(Index.Reader.Read("볼트 조이는 법").Concepts, c => c.Alternatives.Contains("port"));
        Assert.DoesNotContain(Index.Reader.Read("러스트 소유권").Concepts, c => c.Alternatives.Contains("rest"));
        foreach (var chat in new[] { "엠티 언제 가", "비디오 게임 추천", "피씨방 가자", "볼링 치러 가자" })
        {
            Assert.All(Index.Reader.Read(chat).Concepts, c => Assert.NotEqual(WordOrigin.Guide, c.Origin));
        }
    }

    [Fact]
    public void Must_is_a_verb_form_not_a_noun_made_a_verb()
    {
        // "-아/어야 하다/되다": 배워야 is the verb 배우다 with 야, not a noun before 되다 — unless the verb is a noun's own
        // 하다/되다 form (설치해야돼: 설치).
        Assert.Null(KoreanWords.VerbNoun("배워야돼"));
        Assert.Equal("설치", KoreanWords.VerbNoun("설치해야돼"));
        Assert.Equal(WordOrigin.Predicate, Index.Reader.Read("네트워크 가상화 공부하려면 뭐 봐야돼").Concepts.Single(c => c.Text == "봐야돼").Origin);
        Assert.Equal(WordOrigin.Predicate, Index.Reader.Read("helm chart 짜보고 싶은데").Concepts.Single(c => c.Text == "짜보고").Origin);
    }

    [Theory]
    [InlineData("이사할때 뭐 챙겨야돼")] // a verb form read as one still leaves everyday chat with nothing of the guides
    [InlineData("flutter 상태관리 뭐 써야돼")]
    [InlineData("다이어트 하려면 뭐 먹어봐야돼")]
    [InlineData("캠핑 갈때 텐트 뭐 사야돼")]
    [InlineData("감기 걸렸을때 원인이 뭐야")] // 원인 shapes the sentence; nothing of the guides is left
    [InlineData("점심 메뉴 골라줘")]
    [InlineData("볼펜 써서 그리는 법")]
    [InlineData("밥 먹고 나서 운동해도 돼")]
    [InlineData("드라마쪽은 뭐가 재밌어")] // stacked endings stripped to an everyday word still leave it unknown
    public void Off_topic_questions_in_these_verb_forms_stay_declined(string question) =>
        Assert.Equal(AnswerConfidence.None, Index.Answer(question, 3).Confidence);

    [Theory]
    [InlineData("컨테이너 띄울 때 이미지 뭐 써", "때")] // the bound noun 때 on its own, as in 할때: when doing so
    [InlineData("모니터링 쪽에서 대시보드 뭐 써", "쪽에서")] // the filler noun 쪽 under a two-syllable particle, as 쪽은
    public void Scene_setting_nouns_on_their_own_are_no_idea(string question, string word)
    {
        // Either read as an idea weighed like a topic word (때 is in the guides' prose), diluting what the question asks.
        var concepts = Index.Reader.Read(question).Concepts;
        Assert.DoesNotContain(concepts, c => c.Text == word);
        Assert.Contains(concepts, c => c.Text == "이미지" || c.Text == "대시보드");
    }

    [Theory]
    [InlineData("이사 갈 때 뭐 챙겨야돼")] // 때 no longer weighs in: everyday chat still has nothing of the guides
    [InlineData("허리 아플 때 좋은 운동 뭐 있어")]
    [InlineData("요리 쪽에서 제일 쉬운 메뉴 뭐야")]
    public void Off_topic_questions_setting_a_scene_stay_declined(string question) =>
        Assert.Equal(AnswerConfidence.None, Index.Answer(question, 3).Confidence);

    [Fact]
    public void The_code_fences_language_written_in_Hangul_is_read_as_typed_in_Latin() =>
        Assert.Contains(Index.Reader.Read("오토스케일링 예제 야믈 파일").Concepts, c => c.Text == "yaml");

    [Theory]
    [InlineData("띄우고")] // -고 after a causative stem (띄우다)
    [InlineData("올리고")]
    [InlineData("붙이")] // the stem the reader leaves of 붙이는
    [InlineData("건드리")]
    [InlineData("만들고")] // a stem closed by ㄹ
    [InlineData("지어")] // ㅅ-irregular 짓다
    [InlineData("나아")] // ㅅ-irregular 낫다
    [InlineData("좋아")] // a closed stem before 아
    [InlineData("봐")] // 보다 contracted, bare
    [InlineData("줘요")]
    [InlineData("안되")] // 안 glued to 되다
    [InlineData("안돼요")]
    [InlineData("모으고")] // a ㅡ stem (모으다) before 고/는, and the stem the reader leaves
    [InlineData("모으는")]
    [InlineData("모으")]
    [InlineData("보는")] // one-syllable 보다 before 는/고
    [InlineData("보고")]
    [InlineData("일어")] // 일다's 어 form, cut from 일어나다
    [InlineData("일어나")]
    [InlineData("나눠서")] // a contracted 아/어 form before 서/도
    [InlineData("늘려서")]
    [InlineData("고쳐서")]
    [InlineData("바꿔도")]
    [InlineData("넣는")] // 는 after a closed syllable: the verb's present form, the particle being 은 there
    [InlineData("없는")]
    [InlineData("넣어")] // 어 after a final no noun closes a syllable with before 어
    [InlineData("없어")]
    [InlineData("멈추게")] // -게 after a derived stem
    public void Verb_forms_of_ordinary_verbs_are_predicates(string word) => Assert.True(KoreanWords.IsPredicate(word));

    [Theory]
    [InlineData("창고")] // 고 after a one-syllable noun
    [InlineData("아르고")] // 고 after ㅡ: a name
    [InlineData("광고")]
    [InlineData("고양이")] // a noun's 이 after ㅇ
    [InlineData("단어")] // a noun in 어 after a closed syllable
    [InlineData("언어")]
    [InlineData("안드로이드")] // 안 opening a loanword
    [InlineData("과")] // a one-syllable noun with ㅘ
    [InlineData("사고")] // a one-syllable stem's 고 form that is a noun ("accident"): only listed verbs are read so
    [InlineData("배려")] // a noun in ㅕ, with no 서/도 after it
    [InlineData("우려")]
    [InlineData("국어")] // a noun in 어 after ㄱ
    [InlineData("여서")] // ㅕ opening the word
    [InlineData("서버는")] // the topic particle 는 after an open syllable
    public void Nouns_that_end_like_those_forms_are_not(string word) => Assert.False(KoreanWords.IsPredicate(word));

    [Theory]
    [InlineData("골라")] // 르 verbs double their ㄹ in the 아/어 form (고르다, 모르다, 다르다)
    [InlineData("몰라")]
    [InlineData("달라")]
    [InlineData("몰라서")]
    [InlineData("골라야")]
    [InlineData("올라가는")]
    [InlineData("몰랐어")] // the past of that form
    [InlineData("고르")] // the stem the reader leaves of 고르는
    [InlineData("고르는")]
    [InlineData("써서")] // a one-syllable 아/어 form with 서/도
    [InlineData("꺼도")]
    [InlineData("나서")] // "-고 나서", after doing
    [InlineData("못써")] // 못/안 before a bare 아/어 form
    [InlineData("돼보고")] // 되다's 아/어 form before 보다 ("try"): ㅙ, which "try" alone of the 아/어 tests missed
    public void Irregular_and_one_syllable_verb_forms_are_predicates(string word) => Assert.True(KoreanWords.IsPredicate(word));

    [Theory]
    [InlineData("컬러")] // loanwords closing a syllable with ㄹ before 라/러
    [InlineData("달러")]
    [InlineData("콜라")]
    [InlineData("발라드")] // a 르 verb's form, then a syllable no ending has
    [InlineData("말라리아")]
    [InlineData("마르크스")]
    [InlineData("나도")] // "me too", not 나다
    [InlineData("테슬라주")] // a noun in a plain ㅏ/ㅓ before 주 ("stock") or the chat 두 (도): no 아/어 form before 주다/두다
    [InlineData("클러스터두")]
    public void Nouns_like_those_forms_stay_nouns(string word) => Assert.False(KoreanWords.IsPredicate(word));

    [Theory]
    [InlineData("helm 써서 배포하는 방법", "써서")] // how the question is asked, not an unknown idea that declines it
    [InlineData("CNI 플러그인 골라야 되는데 뭐가 좋아", "골라야")]
    [InlineData("오퍼레이터가 뭔지 몰라", "몰라")]
    public void Those_forms_in_a_question_weigh_as_predicates(string question, string word) =>
        Assert.Equal(WordOrigin.Predicate, Index.Reader.Read(question).Concepts.Single(c => c.Text == word).Origin);

    [Fact]
    public void A_cause_asks_as_a_reason_does() =>
        Assert.DoesNotContain(Index.Reader.Read("HPA 스케일링 안되는 원인").Concepts, c => c.Text.StartsWith("원인", StringComparison.Ordinal));

    [Theory]
    [InlineData("오토스캐일링쪽은 어디서 다뤄", "오토스캐일링")] // a typo of a guide word, with 쪽 and 은 stacked on
    [InlineData("프로메테우쓰쪽은 뭐 배워", "프로메테우쓰")] // an English name in Hangul, likewise
    public void A_typo_or_spelling_under_stacked_endings_is_read_as_under_one(string question, string word) =>
        Assert.Equal(WordOrigin.Guide, Index.Reader.Read(question).Concepts.Single(c => c.Text == word).Origin);

    [Theory]
    [InlineData("HPA 띄우고 메트릭 어떻게 봐?")]
    [InlineData("etcd 건드리면 안되는 이유")]
    [InlineData("라벨 붙이는 방법 알려줘")]
    public void Ordinary_verbs_in_an_on_topic_question_weigh_as_predicates(string question) =>
        Assert.All(Index.Reader.Read(question).Concepts.Where(c => QueryText.IsHangul(c.Text[0]) && c.Origin != WordOrigin.Guide),
            c => Assert.Equal(WordOrigin.Predicate, c.Origin));

    [Theory]
    [InlineData("연 띄우고 노는 법")] // everyday chat in the same forms stays declined
    [InlineData("인스타 사진 올리고 좋아요 받는 법")]
    [InlineData("밥 지어 먹는 방법")]
    [InlineData("스티커 붙이고 꾸미기")]
    [InlineData("와이파이 안되는 이유")]
    [InlineData("축구 경기 어디서 봐요")]
    [InlineData("짜장면 짬뽕 둘중 뭐가 좋아")]
    [InlineData("맛집 링크 줘")]
    public void Everyday_chat_in_those_forms_stays_declined(string question) =>
        Assert.Equal(AnswerConfidence.None, Index.Answer(question, 3).Confidence);

    [Fact]
    public void A_noun_suffix_glued_to_an_English_word_is_no_idea_of_its_own()
    {
        // -용, -형 after a Latin word: the word's use or type ("gpu용", "bare metal형"), not an unknown Korean word.
        Assert.DoesNotContain(Index.Reader.Read("bare metal형 서버 프로비저닝").Concepts, c => c.Text == "형");
        Assert.DoesNotContain(Index.Reader.Read("bare metal용 프로비저닝 도구").Concepts, c => c.Text == "용");
    }

    [Fact]
    public void A_virtual_prefix_reads_as_the_thing_the_guides_write()
    {
        // vCPU is the virtual kind of the guides' CPU: the guides' word, not an unknown name; a v-word whose rest the
        // guides do not write stays as typed.
        Assert.Contains(Index.Reader.Read("vcpu 몇개 필요해").Concepts, c => c.Text == "cpu" && c.Origin == WordOrigin.Guide);
        Assert.NotEqual(AnswerConfidence.None, Index.Answer("vcpu 기준 오토스케일링", 3).Confidence);
        Assert.Equal(AnswerConfidence.None, Index.Answer("vcpu 많은 게임 서버 호스팅 가격", 3).Confidence);
    }

    [Theory]
    [InlineData("keda 링크 줘")] // where to read about it, as 어디서 asks
    [InlineData("HPA 스케일링 안되는 이유")] // the reason, as 왜 asks
    public void Asking_for_a_link_or_a_reason_names_no_topic(string question)
    {
        Assert.DoesNotContain(Index.Reader.Read(question).Concepts, c => c.Text is "링크" or "이유");
        Assert.NotEqual(AnswerConfidence.None, Index.Answer(question, 3).Confidence);
    }

    [Theory]
    [InlineData("keda 는 무슨 용도로 쓰는 거야?")] // what it is for, as 뭐하는 asks
    [InlineData("harbor 쓰임새 알려줘")]
    public void Asking_what_a_thing_is_for_names_no_topic(string question)
    {
        Assert.DoesNotContain(Index.Reader.Read(question).Concepts, c => c.Text.StartsWith("용도", StringComparison.Ordinal) || c.Text.StartsWith("쓰임새", StringComparison.Ordinal));
        Assert.NotEqual(AnswerConfidence.None, Index.Answer(question, 3).Confidence);
    }

    [Theory]
    [InlineData("게임기 용도 추천")] // everyday chat asking a use stays declined
    [InlineData("에어프라이어 쓰임새")]
    public void Everyday_uses_stay_declined(string question) =>
        Assert.Equal(AnswerConfidence.None, Index.Answer(question, 3).Confidence);

    [Theory]
    [InlineData("네트웤", "네트워크")] // ㅋ typed as the final of the syllable before
    [InlineData("프레임웤", "프레임워크")]
    [InlineData("웹훜", "웹후크")]
    [InlineData("셑", "세트")]
    [InlineData("클라우드", null)] // no aspirated final: nothing to spell out
    public void An_aspirated_final_is_the_syllable_loanwords_spell_it_with(string word, string? spelled) =>
        Assert.Equal(spelled, KoreanWords.AspiratedFinalSpelledOut(word));

    [Fact]
    public void A_guide_word_typed_with_an_aspirated_final_is_read_as_the_guide_word()
    {
        Assert.Contains("네트워크", Index.Reader.Read("네트웤 가상화 nfv").Concepts.Single(c => c.Text == "네트웤").Alternatives);
        Assert.Equal(AnswerConfidence.None, Index.Answer("네트웤 마케팅 부업", 3).Confidence); // the thing asked is still unknown
        Assert.Equal(AnswerConfidence.None, Index.Answer("부엌 청소 순서", 3).Confidence); // a Korean word with such a final stays as typed
    }

    [Theory]
    [InlineData("터졌")] // a last syllable closed by the past ㅆ (what is left of 터졌을): no noun ends so
    [InlineData("나눴")]
    [InlineData("찾게")] // an ending after a stem closed by a final only stems close with
    [InlineData("않게")]
    [InlineData("없고")]
    [InlineData("들었더라")] // the recall ending 더라
    public void Closed_stem_and_past_forms_are_predicates(string word) => Assert.True(KoreanWords.IsPredicate(word));

    [Theory]
    [InlineData("서버는")] // the topic particle after an open syllable
    [InlineData("스캔")]
    [InlineData("파일")]
    [InlineData("받는")] // 는 after ㄱ ㄷ ㅁ ㅂ ㅅ is left as it was (see IsClosedStemForm)
    public void Nouns_beside_those_forms_stay_nouns(string word) => Assert.False(KoreanWords.IsPredicate(word));

    [Theory]
    [InlineData("붙일", true)] // a derived stem's ㄹ form
    [InlineData("줄일", true)]
    [InlineData("파일", false)] // a noun's ㄹ: 파이 is no stem
    [InlineData("모델", false)]
    [InlineData("생일", false)] // 이 after ㅇ is a noun's
    public void A_derived_stem_before_its_l_form_is_a_verb(string word, bool verb) =>
        Assert.Equal(verb, KoreanWords.IsBareStemAdnominal(word));

    [Theory]
    [InlineData("키클락으로 사내 통합로그인 붙일 때 어떤 인증 프로토콜이랑 연동하는지 나와있어?", "붙일")]
    [InlineData("컨트롤 플레인 고가용성으로 몇 대 두라고 했어? 그리고 etcd는 어디다 두는지도", "어디다")]
    [InlineData("서비스 터졌을 때 몇 분 안에 살려내야 해?", "안에")]
    public void Verb_forms_and_closed_words_weigh_as_no_topic(string question, string word) =>
        Assert.DoesNotContain(Index.Reader.Read(question).Concepts, c => c.Text == word && c.Origin != WordOrigin.Predicate);

    [Fact]
    public void A_question_read_through_those_forms_is_answered()
    {
        Assert.NotEqual(AnswerConfidence.None, Index.Answer("키클락으로 사내 통합로그인 붙일 때 어떤 인증 프로토콜이랑 연동하는지 나와있어?", 3).Confidence);
        Assert.NotEqual(AnswerConfidence.None, Index.Answer("컨트롤 플레인 고가용성으로 몇 대 두라고 했어? 그리고 etcd는 어디다 두는지도", 3).Confidence);
        Assert.Equal(AnswerConfidence.None, Index.Answer("고기 굽는 온도 어디다 맞춰", 3).Confidence); // everyday chat stays declined
    }

    [Theory]
    [InlineData("나왔다고")] // a syllable closed by the past ㅆ with endings after it
    [InlineData("했다는")]
    [InlineData("살려내야")] // -아/어야 with its 하다/되다 apart or left out, and 내다 after the 아/어 form
    [InlineData("배워야")]
    [InlineData("잡아야")]
    [InlineData("끝내버리")] // the auxiliaries 버리다 and 놓다
    [InlineData("걸어놓은")]
    [InlineData("가져감")] // 가다 after the 아/어 form, in the chat ending ㅁ
    [InlineData("가서")]
    [InlineData("하는걸")]
    public void Auxiliary_obligation_and_past_forms_are_predicates(string word) => Assert.True(KoreanWords.IsPredicate(word));

    [Theory]
    [InlineData("서버야")] // the copula 야 after a noun
    [InlineData("하드웨어야")] // 어 after an open syllable ends a loanword
    [InlineData("뭐야")]
    [InlineData("서버리스")] // 버리 after a consonant's ㅓ
    [InlineData("아이디어가")] // a particle after a noun, not 가다
    [InlineData("안내")]
    public void Nouns_beside_auxiliary_forms_stay_nouns(string word) => Assert.False(KoreanWords.IsPredicate(word));

    [Theory]
    [InlineData("헷갈림", true)] // the chat ending ㅁ on a derived stem
    [InlineData("알림", false)] // two-syllable nouns end so
    [InlineData("그림", false)]
    [InlineData("며칠임", false)] // the copula 임 after a noun
    public void A_derived_stem_in_the_chat_ending_is_a_verb(string word, bool verb) =>
        Assert.Equal(verb, KoreanWords.IsBareStemAdnominal(word));

    [Theory]
    [InlineData("백업까지 공부 목록에 들어가있나", "들어")] // a scaffolding verb glued to 있다
    [InlineData("과하게 나눠준 자원을 다시 거둬들이는 거 영어로 뭐라고 써 있었지", "다시")] // closed-class words
    [InlineData("지속적 제공이랑 지속적 배포 차이가 뭐임? 둘다 헷갈림", "둘다")]
    [InlineData("distributed tracing 백엔드로 언급된 거 두 개 뭐야? OpenTelemetry 빼고", "언급된")]
    public void Glued_verbs_and_closed_words_weigh_as_no_topic(string question, string word) =>
        Assert.DoesNotContain(Index.Reader.Read(question).Concepts, c => c.Text == word);

    [Fact]
    public void A_counter_numeral_takes_no_particle()
    {
        // 세로 ("vertical") is no 세 ("three") with 로: the glossary reads 세로 확장 as vertical scaling.
        Assert.Contains(Index.Reader.Read("세로 확장 설정은 어떻게 해?").Concepts, c => c.Text == "세로 확장");
        Assert.DoesNotContain(Index.Reader.Read("종류 세 개 뭐야").Concepts, c => c.Text == "세");
    }

    [Fact]
    public void A_question_read_through_auxiliary_forms_is_answered()
    {
        Assert.NotEqual(AnswerConfidence.None, Index.Answer("서비스 터졌을 때 몇 분 안에 살려내야 성공으로 쳐줌?", 3).Confidence);
        Assert.Equal(AnswerConfidence.None, Index.Answer("우리 집 고양이 다시 밥 먹게 하려면 어떻게 해야 돼", 3).Confidence); // everyday chat stays declined
    }

    [Theory]
    [InlineData("오토스케일러 세 가지가 뭐야?", AnswerHint.List)] // a count apart, right before 뭐: the items of a list
    [InlineData("커널 격리 기능 두 개 뭐였지", AnswerHint.List)]
    [InlineData("요청이 서비스 여러 개 거쳐 갈 때 추적은 어떻게 해?", AnswerHint.None)] // a count of what the learner describes
    public void A_native_count_apart_before_what_asks_a_list(string question, AnswerHint expected) =>
        Assert.Equal(expected, Index.Reader.Read(question).Hint);
}
