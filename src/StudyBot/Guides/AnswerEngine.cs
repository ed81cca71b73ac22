using System.Collections.Frozen;
using System.Text;
using System.Text.RegularExpressions;

namespace StudyBot.Guides;

/// <summary>The weights and thresholds of the answer engine, in one place. The ranking weights (the credits,
/// <see cref="HeadingOnly"/>, <see cref="SectionSpread"/>, <see cref="SpreadLength"/>, <see cref="SpreadNear"/>, <see cref="SpreadFar"/>,
/// <see cref="GeneralRankWeight"/>, the bonuses, <see cref="LexicalWeight"/>) are fitted by <c>ask-fit</c> with 2-fold
/// cross-validation on the tuning material only; the tier thresholds and the weights of words the guides never use (they
/// decide, not rank) were chosen on the learner tune split. <c>ask-eval --tuning</c> and <c>ask-fit --tuning</c> override
/// them for tuning runs.</summary>
public sealed record AnswerTuning
{
    public static readonly AnswerTuning Default = new();

    /// <summary>Weight of a question word the guides never use that looks like a name (an acronym, digits).</summary>
    public double ForeignNameWeight { get; init; } = 7;

    /// <summary>Weight of any other word the guides never use.</summary>
    public double UnknownWordWeight { get; init; } = 4;

    /// <summary>Weight of a Korean verb or adjective form the guides never use (see <see cref="WordOrigin.Predicate"/>).</summary>
    public double PredicateWeight { get; init; } = 1;

    /// <summary>Credit for a line that has a glossary synonym of the learner's word rather than the word itself.</summary>
    public double SynonymCredit { get; init; } = 0.85;

    /// <summary>Credit for a line writing a setting's value of the kind the learner names ("availability zone" for
    /// "ap-northeast-2a", see <see cref="ValueKinds"/>): a synonym's; 0 turns the reading off.</summary>
    public double ValueKindCredit { get; init; } = 0.85;

    /// <summary>Credit for a line that has an English word of the same Porter stem as the learner's but another lemma
    /// ("operations" for "operator", "virtual" for "virtualization"): a related word, not the same one.</summary>
    public double StemOnlyCredit { get; init; } = 0.6;

    /// <summary>Credit for a line that names the thing the question describes in the words of a definition the guides
    /// give it (<see cref="GuideVocabulary.Definitions"/>: "KEDA 이벤트 기반 스케일링" for "the event-driven scaler"), for
    /// each idea of the description: less than a synonym's, as a description's words are everyday words.</summary>
    public double DefinedCredit { get; init; } = 0.5;

    /// <summary>The share of a definition's weight (its words' rarity over the guides' lines) a question must have for
    /// the description to name the thing when it has only part of it ("tracing" of "Jaeger: 분산 추적", its rarer word):
    /// the words it has then count at <see cref="DefinedCredit"/> times that share. 1: every word of it. At 0.6 one word
    /// of a two-word description is not enough unless it carries most of its rarity ("수집" of "메트릭 수집" is not
    /// Prometheus for "collection"); two of three are ("이벤트 … 확장" of "KEDA 이벤트 기반 확장") when one is its head,
    /// its last word.</summary>
    public double DefinedShare { get; init; } = 0.6;

    /// <summary>Credit for a word found in the line's parent (bullet, label, outline line it hangs from).</summary>
    public double ParentCredit { get; init; } = 0.7;

    /// <summary>Credit for a word found in the line's parent when that parent is a label the question names whole: a list
    /// item of at most <see cref="LabelWords"/> words over sub-items ("분산 추적" over "OpenTelemetry", "Jaeger 또는
    /// Zipkin"). Such an item names what its sub-items are — a small heading — so "Jaeger 또는 Zipkin" under it says what
    /// "Jaeger: 분산 추적" says in one line, and the label's words count as the line's own rather than as a bullet it
    /// hangs from. Only when every word of the label is asked (분산 and 추적; Terraform over "State 관리"): a question
    /// matching one word of a longer label (확장 of "확장성 설계", 설정 of "네트워크 설정") is not about that list, and the
    /// credit pulled its items above a line elsewhere that answers. It ranks the sections only (<see
    /// cref="AnswerEngine.Scores.Lift"/>): which line is shown and how sure the answer is read the line's own words — there
    /// it lowered answers shown on guard sets (stop 45). At most 1.</summary>
    public double LabelCredit { get; init; } = 1;

    /// <summary>Most words a list item over sub-items has to be a label (see <see cref="LabelCredit"/>): a topic's name
    /// ("분산 추적", "메트릭 수집"). At three a component with its gloss ("Nova (Compute Service)") is one too, and its
    /// aspects ("스케줄러 (Filter Scheduler, …)") then outrank the section about that aspect.</summary>
    public int LabelWords { get; init; } = 2;

    /// <summary>Credit for a word found in the heading of the line's section.</summary>
    public double HeadingCredit { get; init; } = 0.9;

    /// <summary>Credit for a word found in the heading of the section above the line's section (less for each level
    /// further up, the guide's title included).</summary>
    public double PathCredit { get; init; } = 0.8;

    /// <summary>A section whose own heading is its best match ranks with this share of that score, so a line under it
    /// that also has the heading's words (through <see cref="HeadingCredit"/>) and more comes first.</summary>
    public double HeadingOnly { get; init; } = 0.9;

    /// <summary>How much a section gains for ideas its other lines cover (0 = the best line alone ranks it).</summary>
    public double SectionSpread { get; init; } = 0.5;

    /// <summary>Length normalisation of <see cref="SectionSpread"/>, as BM25's <c>b</c>: what a section's other lines add
    /// is divided by <c>1 - b + b × (its lines / the mean section's lines)</c>, so a long broad section does not win by
    /// many lines each matching one word of the question (0 = no normalisation).</summary>
    public double SpreadLength { get; init; }

    /// <summary>How far (in the section's own lines) from its best line another line is near it for
    /// <see cref="SectionSpread"/>; lines under the same top line as the best line, or in the same part of its fence, and
    /// the heading are near wherever they are.</summary>
    public int SpreadNear { get; init; } = 10;

    /// <summary>Share of <see cref="SectionSpread"/> a line far from the section's best line adds for an idea the section's
    /// heading does not have (1 = every line counts alike): a long section's question words scattered over unrelated lines
    /// (the final project's requirements block) say less than those beside its best line; an idea of the heading is what
    /// the whole section is about, so any of its lines counts in full.</summary>
    public double SpreadFar { get; init; } = 0.5;

    /// <summary>How much the plain BM25 score of the section (Lucene over heading, path and text, the baseline's
    /// index; as a share of the best section's) multiplies the engine's: a section scores <c>× (1 + LexicalWeight ×
    /// share)</c> — other evidence beside the engine's, mostly a tie-breaker (0 = the engine alone).</summary>
    public double LexicalWeight { get; init; } = 0.1;

    /// <summary>Most a general word (<see cref="GeneralWords"/>: "group", "type", "size", 종류) weighs in ranking: the
    /// mostly Korean guides use such English words rarely, which makes them look rarer — more telling — than the
    /// question's named topic ("which group made the gateway api" found "Auto Scaling Group").</summary>
    public double GeneralRankWeight { get; init; } = 4;

    /// <summary>What share of its weight an idea the question rules out (<see cref="Question.SetAside"/>: "(not the broken
    /// challenge one)") keeps in ranking: a line or section for it is a sibling of the answer, not the answer (1 = counts
    /// in full). A quarter, not none: with nothing else of the question in a section, the thing ruled out still points at
    /// where it is ("instead of just cpu/mem"), and at none the question met no section at all.</summary>
    public double RuledOutRankWeight { get; init; } = 0.25;

    /// <summary>Most share of its words a term of several words ("운영 환경", production) has in a line that does not write
    /// them together — in order, glued or a few words apart: "환경에서의 개발 및 운영" has 환경 and 운영 as other things,
    /// not the term, so there it counts as one of its words (1 = a term's words count wherever they are in the line).</summary>
    public double ScatteredTerm { get; init; } = 0.5;

    /// <summary>Bonus share for a sentence that opens with a definition question's topic as its subject
    /// ("하이퍼바이저라는 프로그램이 가상으로 서버와 … 만들어서 …", "A container is …") where no heading is the topic (see
    /// <see cref="DefinitionBonus"/>): it says what the thing is or does, while a label that only names it ("하이퍼바이저 유형
    /// (Type 1, Type 2)") says something else of it.</summary>
    public double DefiningLine { get; init; } = 0.3;

    /// <summary>Share of what a term's description adds to a line of it (see <see cref="AnswerEngine.TermDescription"/>): a
    /// line under a term ("3. Traces (추적)" over "분산 시스템 요청 추적", "Jaeger, Zipkin", "마이크로서비스 간 호출 관계")
    /// ranks with the ideas of the term's other lines too, as one description (0 = each line alone).</summary>
    public double TermDescription { get; init; } = 0.5;

    /// <summary>Bonus share for a line of the kind the scaffolding asked for (a number, a time, a name).</summary>
    public double HintBonus { get; init; } = 0.2;

    /// <summary>Bonus share for a line giving a number of the measure the question names ("몇점" and "(8점)"): the kind asked
    /// and its measure both, so more than <see cref="HintBonus"/>; a line with another number then gets none.</summary>
    public double MeasureBonus { get; init; } = 0.4;

    /// <summary>Share of its score a graded line keeps — a rubric item with its points ("Secret 관리 및 보안 강화 (7점)"), or
    /// an item under a graded label ("고급 기능 구현 (+10점)") — when the question asks nothing of the grading: no number,
    /// no idea of the line's points or of its section's heading ("평가 기준", grading). The rubric restates a requirement
    /// with its weight; where the requirement is described answers the rest (1 = off).</summary>
    public double GradedLine { get; init; } = 0.7;

    /// <summary>Bonus share for a line that is mostly the question's words (a heading that is the question's topic,
    /// a short line that names it), at most this much when every word of the line is matched.</summary>
    public double FocusBonus { get; init; } = 0.3;

    /// <summary>Bonus share for a line that says something of what the question asks about, when the question asks for a
    /// name, a number or a time: a line written "subject: what is said of it" ("팀 구성: 2-3명씩 팀 구성", "KEDA: Azure
    /// Functions 팀에서 시작된 오픈소스", "서브넷 정보: ap-northeast-2a"), its subject made of the question's words — at
    /// most this much when every word of the subject is the question's. The guides write the value of a thing after its
    /// name and a colon; a line that only mentions it ("개발팀 3명, 운영팀 2명이 …") says less of it. Not for a
    /// definition question (the guides' "X: …" lines are facts about X — its origin, a comparison — not what it is) nor
    /// for the rest of a list (it asks for things other than those it names).</summary>
    public double SubjectBonus { get; init; } = 0.2;

    /// <summary>Share of <see cref="FocusBonus"/> a line has when the question asks for something its words are not — a
    /// number, a time, a name, the rest of a list ("KEDA는 어느 팀에서 시작했어", "ELK 말고 뭐 있어"): the answer is in
    /// a line that has the topic and more ("KEDA: Azure Functions 팀에서 시작된 오픈소스"), not one that only names it
    /// ("KEDA 이벤트 기반 스케일링").</summary>
    public double AskingFocus { get; init; } = 0.5;

    /// <summary>Share of its score a section loses when the question asks for a number or a time that its best line
    /// does not give while a sibling section's (under the same heading) best line gives it and scores at least
    /// <see cref="SiblingReach"/> of it: "🔍 핵심 설명" naming the topic ("# HPA … - Pod 개수 조정") against "🎉 Fun Facts" with
    /// the value ("HPA 최소 간격: 15초마다 메트릭 확인, 3분마다 스케일링"). Siblings share the heading's words, so their own
    /// lines tell them apart, and the one that has the kind of thing asked answers (0 = off).</summary>
    public double SiblingKind { get; init; } = 0.3;

    /// <summary>How close (share of its score) a lower section must come to the 3rd to trade places with it when the 3rd's
    /// best line has no idea of the question the 1st and 2nd lack while the lower one's best line has every idea the 3rd's
    /// has and one more neither has: the top 3 are not near-copies ("Operator SDK" three times) when a section further
    /// down says the same and the question's other word (0 = off).</summary>
    public double DiverseReach { get; init; } = 0.7;

    /// <summary>How close (share of the first's score) sections must come to the first for their best lines to decide
    /// the first place: the section's score is its best line plus what its other lines add (<see cref="SectionSpread"/>),
    /// and when that spread is all that puts one section ahead of another whose best line scores higher, the answer shown
    /// would be the weaker line ("실습 프로젝트:" over "OS 이미지: Ubuntu Server 22.04 LTS"). Among the sections this
    /// near, the one whose best line (with its section's prior: a named part or guide) scores highest comes first
    /// (0 = off).</summary>
    public double LineDecides { get; init; } = 0.08;

    /// <summary>How much higher (share) a near section's best line must score than the first's for
    /// <see cref="LineDecides"/> to put it first.</summary>
    public double LineLead { get; init; } = 0.1;

    /// <summary>How close (share of the first's score) a near-copy must come to the first for its one more idea to decide
    /// the first place (<see cref="LineDecides"/>): its best line has every idea of the first's best line, one more, and
    /// scores at least as high; not over a code best line (0 = off).</summary>
    public double CopyDecides { get; init; } = 0.06;

    /// <summary>How much of an idea a line must have for <see cref="LineDecides"/> to count it: the near section's best line
    /// must have every idea the first's best line has (0 = any line).</summary>
    public double LineCovers { get; init; } = 0.5;

    /// <summary>How close a sibling giving the asked kind must score for <see cref="SiblingKind"/>.</summary>
    public double SiblingReach { get; init; } = 0.8;

    /// <summary>How near the section's best line a line giving the asked kind must score for the section to give it.</summary>
    public double SiblingLine { get; init; } = 0.6;

    /// <summary>Bonus share for the heading of the section a definition question names (<see cref="AnswerHint.Definition"/>:
    /// 정의, 뜻, "what is X"): a heading made only of the question's words with its topic among them ("컨테이너" for
    /// "컨테이너 정의") — its opening lines define it — rather than a broad section with a line that says 정의.</summary>
    public double DefinitionBonus { get; init; } = 1;

    /// <summary>How much more a section counts when it is in a part of the guides the question names — a section whose
    /// own heading has two or more of the question's ideas ("lab 5의 …" → "Lab 5: 운영 환경 구축", "CNCF 기여 파트에 …" →
    /// "CNCF 오픈소스 기여", "in the advanced lab" → "심화 Lab 요소") or the whole of a term of two words ("final project"
    /// → "Week 3 통합 최종 프로젝트"), with its sub-sections: the question's other words are looked for there rather than
    /// wherever they occur.</summary>
    public double NamedPart { get; init; } = 0.25;

    /// <summary>How much more a section counts when its guide is the one the question names ("the networking guide",
    /// "compute쪽", "in the 5-week course"): the learner said where the answer is, so the same fact in another guide's
    /// section ranks after it — more than a part named by its heading's words, which a question can name by chance.</summary>
    public double NamedGuide { get; init; } = 0.5;

    /// <summary>How much less the words naming the guide asked of ("데이터센터 자동화 포지션에서 …") count in that guide's
    /// description of itself (title section and overview) when the question asks something else too: their share there
    /// is scaled by 1 minus this (1 drops it, 0 keeps it whole).</summary>
    public double NamingWords { get; init; } = 0.5;

    /// <summary>How much less the same words naming the guide asked of ("인프라 직무 …", "on the infra track") count in every
    /// other line: they say where the learner read the thing, not what it is, so a line that has them by chance ("Role 작성",
    /// a Kubernetes RBAC Role, for 직무) is not the answer by them. Their share is scaled by 1 minus this; the named guide
    /// itself is found by <see cref="NamedGuide"/>.</summary>
    public double NamingElsewhere { get; init; } = 0.5;

    /// <summary>How much more a named guide's title section counts when the guide is what the question is about — the
    /// guide word its subject ("컴퓨팅 가이드는 …", "… 가이드 이거 …", "who is the compute guide for"): the title section
    /// says what the guide is and for whom ("… 포지션을 위한 스터디 가이드입니다"), where its overview says what the
    /// position does and has more of the question's words.</summary>
    public double GuideSubject { get; init; } = 1.0;

    /// <summary>How much more a section of the cohort's own track guide counts when the question is asked in the
    /// cohort's channel.</summary>
    public double PreferredGuide { get; init; } = 0.15;

    /// <summary>How much more a section counts when it has the idea the question opens with as its setting
    /// (<see cref="Question.Scope"/>, "테라폼에서 …"): the question is asked of that thing, and lines elsewhere with its
    /// other, commoner words (개발, 운영 환경, 기능) answer something else.</summary>
    public double ScopeBonus { get; init; } = 0.6;

    /// <summary>Whether a guide term the question opens with as a label ("terraform: …", <see cref="Question.Label"/>) is
    /// its setting as 에서 is (<see cref="ScopeBonus"/>); 0 turns it off.</summary>
    public double LabelSetting { get; init; } = 1;

    /// <summary>How much the ideas of the question a follow-up builds on count, beside the follow-up's own.</summary>
    public double FollowUpWeight { get; init; } = 0.7;

    /// <summary>Lines kept beside the best one score at least this share of it.</summary>
    public double KeepShare { get; init; } = 0.6;

    /// <summary>Most answer lines (parents shown for context not counted).</summary>
    public int MaxLines { get; init; } = 5;

    /// <summary>A list of at most this many items is one thought: when the best line is one of them, the whole list is
    /// shown ("2. Cluster-level logging" and its three branches, not one of them).</summary>
    public int ShortList { get; init; } = 4;

    /// <summary>Most lines an answer shows (the lines they hang from counted; a code block, shown whole or not at all,
    /// counts as one): lines are taken best first, one that would pass this left out; the best line is always shown.</summary>
    public int MaxShownLines { get; init; } = 15;

    /// <summary>A section other than the answer's that scores at least this share of it comes as close: the race is too
    /// close to call, and the reply shows, under its link and best line, its next best lines (at most
    /// <see cref="RunnerUpLines"/>) — the line that answers is as often its second or third.</summary>
    public double RunnerUpShare { get; init; } = 0.8;

    /// <summary>Most further lines shown under a close runner-up's best line.</summary>
    public int RunnerUpLines { get; init; } = 3;

    /// <summary>Coverage (weighted share of the question's ideas the best line has, in context) to answer outright.</summary>
    public double HighCoverage { get; init; } = 0.6;

    /// <summary>Coverage from which the closest lines are offered ("the closest the guides come is …").</summary>
    public double MediumCoverage { get; init; } = 0.2;

    /// <summary>Share of the question's ideas (general words weighing as words the guides never use) the best section has
    /// in its lines from which it answers in parts though its best line is below <see cref="MediumCoverage"/> (0 = never).</summary>
    public double SectionAnswers { get; init; } = 0.5;

    /// <summary>Coverage needed to answer at all when the question's topic is a word the guides never use.</summary>
    public double UnknownTopicCoverage { get; init; } = 0.6;

    /// <summary>Part of an everyday word's weight (an everyday English word, or a Hangul word ending as a verb form does) the
    /// coverage floor sets aside when the guides never use it and the best line has one of the question's own ideas (see
    /// <see cref="AnswerSignals.EverydayShare"/>; 0 = none).</summary>
    public double EverydayDiscount { get; init; } = 1;

    /// <summary>Most lines a name may be in and still be one the guides mention only in passing
    /// (see <see cref="AnswerSignals.NamedInPassing"/>).</summary>
    public int PassingMentions { get; init; } = 2;

    /// <summary>Most lines a name listed as an entry of its own may be in for <see cref="AnswerSignals.BareNameAsked"/>.</summary>
    public int ListedMentions { get; init; } = 4;
}

/// <summary>What the confidence tier is decided from.</summary>
/// <param name="Coverage">Weighted share of the question's ideas the best line has (in its context).</param>
/// <param name="Matched">Weight of the ideas the best line has.</param>
/// <param name="Total">Weight of all the question's ideas (words the guides never use included).</param>
/// <param name="Concepts">Number of ideas.</param>
/// <param name="MatchedConcepts">Ideas the best line has at least half of.</param>
/// <param name="UnknownWords">Ideas the guides never name (everyday words).</param>
/// <param name="ForeignNames">Ideas the guides never name that look like names.</param>
/// <param name="UnknownLatin">Latin words the guides never use (typos the guides' words could not explain).</param>
/// <param name="RarestMatched">Inverse document frequency of the rarest idea the best line has.</param>
/// <param name="Margin">How far the best section scores above the next one (share of its score).</param>
/// <param name="TopicUnknown">The question's first idea — usually its topic ("MySQL에서 …", "테크톤 파이프라인 …",
/// "karpenter …") — is a name or a Korean word the guides never use (an everyday English word does not count: English
/// questions often open with one — but in a Korean sentence it does: there a Latin word is a term, "spring 프로필 나누는 법").</param>
/// <param name="EvidenceCoverage">The coverage again, with every general word (<see cref="GeneralWords"/>: "best", "place",
/// "set up", 방법, 추천 …) weighing no more than a word the guides never use: the guides using "place" once does not make
/// "best place to buy a used car" a question about them.</param>
/// <param name="SectionCoverage">Weighted share of the question's ideas the best section has in any of its lines.</param>
/// <param name="SectionEvidence">The section coverage again, with general words weighing as in <paramref name="EvidenceCoverage"/>:
/// the share of the question's own ideas the best section has in its lines — most of them, one line the thing and another
/// what is said of it, is a section that answers in parts (see <see cref="AnswerTuning.SectionAnswers"/>).</param>
/// <param name="NamesUnknownThing">The question names a thing the guides never mention, anywhere in it ("how do I reduce
/// webpack bundle size", "oauth2 pkce flow"): a Latin word the guides never use that is written as a name — capitalised
/// or with digits, or in an English sentence not shaped like an English word.</param>
/// <param name="TopicUntouched">The best line has at most one of the question's ideas, while the question's words the guides
/// never use weigh more than all it has: when that one idea is incidental — a general word the guides seldom use
/// (weighing more than a word they never use: "place", "manager") or a bare number ("is it worth buying a house at 40":
/// "40"; "best place to buy a used car": "place") — all those words count; when it is more (a name the guides list in
/// passing: "how does redis cluster gossip failover work" has only "Cache: Redis"), only the words that are not general:
/// what the question asks about that thing the guides never say. A general word the guides use often
/// ("operator") is theirs, and two of the question's ideas in one line ("network policy") are not chance; nor is a line
/// whose subject is the question's topic (see <c>SaysOfTopic</c>).</param>
/// <param name="AsksUnknownPart">The question, in a Korean sentence, opens with a thing the guides name — the best line has
/// its opening ideas, and of the rest at most later ones — and goes on, right after them, with a Latin word the guides never use: the part of
/// that thing it asks about ("gitlab ci runner 등록하는 법", "aws lambda cold start 줄이는 방법", "ansible playbook에서
/// handler는 언제 실행돼?"). In a Korean sentence a Latin word is a term the learner chose to write as it is named; the
/// guides name the thing, never that part of it. A question asking what the guides call something (<see
/// cref="AnswerHint.Name"/>: "… 고정하는거 뭐라 부름") describes it in its own words and does not count.</param>
/// <param name="PartCoverage">When the question asks a part the guides never name, the best line's coverage with that
/// part weighing as a name (<see cref="AnswerTuning.ForeignNameWeight"/>): a term, even an everyday English word
/// ("PostgreSQL vacuum 주기"), is the name of what it asks; else 0.</param>
/// <param name="TopicCoverage">When the topic is unknown, the best line's coverage with that topic weighing as a name
/// (<see cref="AnswerTuning.ForeignNameWeight"/>): it is what the question is about ("자바 공부 순서", "이사할때 체크리스트"),
/// not one rare word among others; else the coverage.</param>
/// <param name="NamedInPassing">The question names a thing the guides mention only in passing — a name in a list or a stack
/// line ("Frontend: React SPA", "Netflix, Uber 등"), never under a heading of its own — and asks of it what they never say:
/// the best line lacks that name while neither it nor its section has most of the question ("react 공부 순서" answered by
/// "이벤트 순서 보장"), or the best line has of the question's own ideas (general words and predicates aside) only that name,
/// and with it weighing as a word the guides never use (<see cref="AnswerTuning.UnknownWordWeight"/>: its rarity says
/// it is named once, not that the guides are about it) the line has less than half of them ("how to set up a postgres replica" has only "Database: PostgreSQL"). "What is the VPN used for" asks nothing
/// beyond the name and stays answered, as does a line with a second idea ("which database does the final project use").</param>
/// <param name="LacksAskedValue">The question asks for a number or a time (얼마, 몇, how much, how often) and the best line
/// gives none and has at most one of its ideas, while the question has a word the guides never use (not a general word):
/// the guides name the thing ("Github Actions 통한 CI", "Terraform") but never the figure asked of it ("github actions
/// 무료 사용량 얼마야", "terraform cloud 요금제 얼마야").</param>
/// <param name="OnlyTopicNamed">The best line is the question's topic, a thing the guides name, and nothing more, and no
/// line of its section has any other of the question's own ideas (general words and predicates aside), while the question goes on with
/// a word the guides never use, or asks for a number or a time, which a bare name never gives: it asks of that thing what the guides never say ("cncf 본사 주소 어디야" with "CNCF :
/// Cloud Native Computing Foundation", "azure 고객센터 연락처" with the list entry "Azure").</param>
/// <param name="TopicMissed">The question's topic is a name the guides use (a Latin term that is not everyday English, or
/// one spelled in Hangul: "terraform", "github actions", 엘라스틱서치), no line of the best section has it, and of the three
/// closest sections one that has it has nothing else of the question, while the question has a word the guides never use
/// (not a general word) and the best line has less than half of its weight: the best section answers the question's side
/// words ("팀", "데이터", "레포"), and where the guides
/// name the thing ("Terraform" among the IaC tools) they never say what is asked of it ("terraform cloud 팀 플랜 가격").</param>
/// <param name="OwnIdeasInLine">How many of the question's own ideas — words the guides use, general words, numbers and
/// predicates aside — the best line has (in context at least <see cref="AnswerEngine.OwnIdeaContext"/>); see <see cref="AnswerEngine.Concentrated"/>.</param>
/// <param name="IdeasInLine">The same count with general words included.</param>
/// <param name="GuideTalkShare">The share of the question's weight in words naming where the learner saw a thing in the
/// guides ("예시", "sample") that the best line lacks, when two or more other ideas are words the guides use: talk about
/// the guides, not of the topic, so the coverage floor is judged without it. <see cref="GuideTalkEvidence"/> is the same
/// share as evidence (see <see cref="AnswerSignals.EvidenceCoverage"/>).</param>
/// <param name="EverydayShare">The share of the question's weight the coverage floor sets aside for everyday English words
/// the guides never use ("hops", "several", "whole", "suggest": the commonest words, <see cref="GeneralWords"/>) — a part
/// (<see cref="AnswerTuning.EverydayDiscount"/>) of their weight — and so for Hangul words the guides never use that end as
/// verb and adjective forms do (<see cref="KoreanWords.EndsLikePredicate"/>: "쓰자고", "과하게") — when the best line has one of the question's own ideas:
/// they say how the learner talks around the thing, which a guide term of the best line names. A word the guide talk sets
/// aside (<see cref="GuideTalkShare"/>: "net" of "the net guide") is not counted again here. <see cref="EverydayEvidence"/>
/// is the same share as evidence (see <see cref="AnswerSignals.EvidenceCoverage"/>).</param>
/// <param name="BareNameAsked">The best line is a list entry that is only a name the question has — its topic or not
/// ("Lambda" under "AWS") — a name the guides only list (in at most <see cref="AnswerTuning.ListedMentions"/> lines, no
/// heading), and the question asks more of that thing than what it is, while no line of the entry's section has anything
/// else of the question (the words the entry has through the line it hangs from aside: "aws") and one of those other ideas
/// is a word the guides never use ("aws lambda layers python dependencies", "keycloak theme customization"): the guides
/// list the name and say nothing of what is asked.</param>
public sealed record AnswerSignals(double Coverage, double Matched, double Total, int Concepts, int MatchedConcepts, int UnknownWords, int ForeignNames, int UnknownLatin, double RarestMatched, double Margin, bool TopicUnknown, double EvidenceCoverage = 0, double SectionCoverage = 0, bool NamesUnknownThing = false, bool TopicUntouched = false, bool AsksUnknownPart = false, double SectionEvidence = 0, double PartCoverage = 0, double TopicCoverage = 0, bool NamedInPassing = false, bool LacksAskedValue = false, bool OnlyTopicNamed = false, bool TopicMissed = false, int OwnIdeasInLine = 0, int IdeasInLine = 0, double GuideTalkShare = 0, double GuideTalkEvidence = 0, bool BareNameAsked = false, double EverydayShare = 0, double EverydayEvidence = 0)
{
    /// <summary>The best line's coverage as the coverage floor judges it: without the shares it sets aside (guide talk and
    /// everyday words, <see cref="GuideTalkShare"/> + <see cref="EverydayShare"/>).</summary>
    public double FloorCoverage => WithoutSetAside(Coverage, GuideTalkShare + EverydayShare);

    /// <summary><see cref="EvidenceCoverage"/> as the coverage floor judges it (<see cref="FloorCoverage"/>).</summary>
    public double FloorEvidence => WithoutSetAside(EvidenceCoverage, GuideTalkEvidence + EverydayEvidence);

    private static double WithoutSetAside(double coverage, double setAside) => setAside < 1 ? coverage / (1 - setAside) : coverage;
}

/// <summary>One line of an answer as shown: text, outline depth, and whether it is monospace (code or an outline
/// fence, shown as a code block with the lines it hangs from).</summary>
public sealed record AnswerLine(string Text, int Depth, bool IsCode, int Block = -1);

/// <summary>Scores every answer unit for a question and picks the lines that answer it. Scoring is the retrieval
/// analysis applied per unit: each idea of the question counts with its rarity (IDF over units) times how well the
/// unit has it — in its own text (1), through a glossary synonym (<see cref="AnswerTuning.SynonymCredit"/>), in the
/// line it hangs from, its section heading or a heading above — plus a bonus when the line is of the kind the question
/// asks for. A section ranks by its best own line (so the deepest section holding the answer comes first), a little more
/// when its other lines cover the remaining ideas.</summary>
public sealed partial class AnswerEngine(AnswerIndex units, AnswerTuning tuning, CourseMap? course = null, IReadOnlyList<GuideDefinition>? definitions = null)
{
    private readonly IReadOnlyList<GuideDefinition> _definitions = definitions ?? [];

    /// <summary>Per definition, what <see cref="ImplyDefinedNames"/> compares with a question, read once from the guides:
    /// the name normalised, its words, and the glossary keys of its description's words.</summary>
    private readonly (string Name, string Words, string[] Keys)[] _definitionKeys = (definitions ?? []).Select(d =>
        (QueryText.Normalize(d.Name), string.Join(' ', QueryText.Words(d.Name)), d.Description.Select(Glossary.Key).ToArray())).ToArray();

    /// <summary>Per glossary key of a description's word, the definitions that have it (in order): a question reaches only
    /// those (see <see cref="ImplyDefinedNames"/>).</summary>
    private readonly Dictionary<string, int[]> _definitionsByKey = (definitions ?? []).SelectMany((d, i) => d.Description.Select(w => (Key: Glossary.Key(w), Definition: i)))
        .GroupBy(x => x.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Select(x => x.Definition).Distinct().ToArray(), StringComparer.Ordinal);

    /// <summary>Per definition, per word of its description, its rarity over the guides' lines (IDF), read once: the
    /// rarer words of a description say more of the thing than its everyday ones (추적 more than 분산).</summary>
    private readonly double[][] _definitionWeights = DefinitionWeights(units, definitions ?? []);

    /// <summary>The weight of a word in one line of the guides: what a glossary description's word the guides never write
    /// weighs when the question has it (see <see cref="ImplyDefinedNames"/>).</summary>
    private readonly double _rarest = units.Idf(1);

    /// <summary>Per definition, per word of its description, its IDF over the lines that have it; a word several
    /// descriptions share (수집, 관리) is counted over the lines once.</summary>
    private static double[][] DefinitionWeights(AnswerIndex units, IReadOnlyList<GuideDefinition> definitions)
    {
        var idf = new Dictionary<string, double>(StringComparer.Ordinal);
        // The lines upper-cased once: an ordinal search in them is the case-blind one (OrdinalIgnoreCase upper-cases as
        // ToUpperInvariant does), without folding every line again for every word.
        string[]? upper = null;
        double Weight(string word)
        {
            if (!idf.TryGetValue(word, out var weight))
            {
                upper ??= [.. units.Units.Select(u => u.Text.ToUpperInvariant())];
                var upperWord = word.ToUpperInvariant();
                var count = 0;
                foreach (var text in upper)
                {
                    if (text.Contains(upperWord, StringComparison.Ordinal))
                    {
                        count++;
                    }
                }

                idf[word] = weight = units.Idf(count);
            }

            return weight;
        }

        var weights = new double[definitions.Count][];
        for (var d = 0; d < definitions.Count; d++)
        {
            weights[d] = [.. definitions[d].Description.Select(Weight)];
        }

        return weights;
    }

    /// <summary>Per unit, its words (apart by spaces) and the names it uses as tools (<see cref="GuideVocabulary.Instruments"/>),
    /// read once from the guides for <see cref="IsToolLine"/>; empty where no definition is a tool.</summary>
    private readonly (string Words, string[] Tools)[] _toolLines = (definitions ?? []).Any(d => d.Description is [GuideVocabulary.ToolKind])
        ? units.Units.Select(u => (string.Join(' ', QueryText.Words(u.Text)), GuideVocabulary.Instruments(u.Text).ToArray())).ToArray()
        : [];

    /// <summary>Per unit, whether it has what a question asking for a number, a time or a name wants (<see cref="Fits"/>),
    /// read once from the guides.</summary>
    private readonly bool[][] _fits = [.. new[] { AnswerHint.Number, AnswerHint.Time, AnswerHint.Name }.Select(h => units.Units.Select(u => Fits(h, u.Text)).ToArray())];

    /// <summary>Per unit, whether it tells where a thing or its name comes from (<see cref="Origins.Told"/>), read once.</summary>
    private readonly bool[] _origins = [.. units.Units.Select(u => Origins.Told(u.Text))];

    /// <summary>Per section: it is, or is inside, a place the roadmap puts in the course (a week, a day's session, a
    /// stage) — where a "when" question (<see cref="AnswerHint.Time"/>: 언제, "when do we study …") is answered.</summary>
    private readonly bool[] _scheduled = Scheduled(units, course ?? CourseMap.Empty);

    private readonly CourseMap _course = course ?? CourseMap.Empty;

    /// <summary>Whether <paramref name="section"/>'s heading is part of what answers <paramref name="question"/>: the
    /// section is a week or a stage of the course and the question asks when or how long ("몇단계", "which months"),
    /// names that place ("1주차 뭐 배워") or has a word of the heading itself ("at what stage …", "what months …" → 단계,
    /// 개월). Its heading says it — "3단계: 고급 (5-6개월)", "1. 쿠버네티스 기본 개념과 아키텍처" — while its lines are
    /// only what is studied there; the chat shows the heading as the answer's title.</summary>
    public bool HeadingAnswers(int section, Question question, Scores scores)
    {
        if (!_course.Schedules(section))
        {
            return false;
        }

        // The heading's own words: a heading higher up gives its words at most the path credit, below a synonym's.
        var heading = units.HeadingUnit[section];
        return question.Hint is AnswerHint.Time or AnswerHint.Number || question.Concepts.Any(c => c.Sections.Contains(section))
            || (heading >= 0 && scores.Context.Any(k => k[heading] >= tuning.SynonymCredit));
    }

    public AnswerIndex Units => units;

    public AnswerTuning Tuning => tuning;

    /// <summary>Scores of every unit: with the hint bonus (for ranking) and without (for coverage).</summary>
    /// <param name="Ranked">Each unit's ranking score (ideas at their <see cref="Weights"/>, with the hint and focus bonuses).</param>
    /// <param name="Plain">Each unit's weight of the question's ideas it has (ideas at their own weight), for coverage.</param>
    /// <param name="Context">How well each unit has each idea (in its own text or its context), 0..1.</param>
    /// <param name="Concepts">The question's ideas.</param>
    /// <param name="Weights">Each idea's weight in ranking (a general word's capped, see <see cref="AnswerTuning.GeneralRankWeight"/>).</param>
    public sealed record Scores(double[] Ranked, double[] Plain, double[][] Context, IReadOnlyList<QuestionConcept> Concepts, double[] Weights)
    {
        /// <summary>Per section: its own heading has two or more of the question's ideas, or a term of two words — a part of
        /// the guides the question names (see <see cref="AnswerTuning.NamedPart"/>).</summary>
        public bool[] Named { get; init; } = [];

        /// <summary>Per unit: its ranking score with what the rest of the term's description it is a line of adds (see
        /// <see cref="AnswerTuning.TermDescription"/>); ranks its section, while the best line stays the one of
        /// <see cref="Ranked"/>, which the confidence and the answer's lines read.</summary>
        public double[] Described { get; init; } = [];

        /// <summary>Per unit: what a label the question names whole adds to its ranking score (see
        /// <see cref="AnswerTuning.LabelCredit"/>); ranks its section, while the best line stays the one of
        /// <see cref="Ranked"/>, which the confidence and the answer's lines read.</summary>
        public double[] Lift { get; init; } = [];

        /// <summary>Per idea: it is a name the guides mention only in passing (see <see cref="AnswerSignals.NamedInPassing"/>).</summary>
        public bool[] Passing { get; init; } = [];

        /// <summary>Per unit: it gives the kind of thing the question asks (a number or a time; see
        /// <see cref="AnswerTuning.SiblingKind"/>); empty when the question asks for none.</summary>
        public bool[] Gives { get; init; } = [];

        /// <summary>The guide the question names (see <see cref="AnswerTuning.NamedGuide"/>), or null.</summary>
        public string? Guide { get; init; }

        /// <summary>The question's own words when it asks for the rest of a list (<see cref="AskedWords"/>), or null: read
        /// once for the ranking and the unknown part.</summary>
        public HashSet<string>? Asked { get; init; }

        /// <summary>The kind of thing the question asks (<see cref="Question.Hint"/>).</summary>
        public AnswerHint Hint { get; init; }

        /// <summary>The question's ideas that name the guide asked of with a word for it ("인프라 직무", "the compute role";
        /// see <see cref="NamingWords"/>): where to look, set aside by the guide talk (<see cref="AnswerSignals.GuideTalkShare"/>).</summary>
        public IReadOnlySet<QuestionConcept> NamingIdeas { get; init; } = NoIdeas;

        /// <summary>The index of the question's setting idea (<see cref="Question.Scope"/>), or -1.</summary>
        public int Scope { get; init; } = -1;

        /// <summary>The guide word is the question's subject (see <see cref="AnswerTuning.GuideSubject"/>).</summary>
        public bool GuideSubject { get; init; }

        /// <summary>Per idea, per unit: how well the unit's own text has the idea (no context), 0..1.</summary>
        public double[][] Own { get; init; } = [];
    }

    /// <summary>The list items of few words over sub-items, which name what they are (see
    /// <see cref="AnswerTuning.LabelCredit"/>), in document order.</summary>
    private readonly int[] _labels = [.. units.Units.Where(u => u is { Kind: UnitKind.Item, Children.Count: > 0 } && units.WordCount[u.Id] <= tuning.LabelWords).Select(u => u.Id)];

    public Scores Score(Question question)
    {
        var n = units.Units.Count;
        // Two scratch arrays for all ideas' words (one pair per question, not one per word: a unit array each is 10 KB).
        var (sum, found) = (new double[n], new double[n]);
        var own = question.Concepts.Select(c => OwnShares(c, sum, found)).ToArray();
        ImplyHeadNouns(question.Concepts, own);
        ImplyValueAspects(question.Concepts, own);
        var impliedWords = new bool[own.Length];
        ImplyDefinedNames(question.Concepts, question.AsksWhatCalled, own, sum, found, impliedWords);
        var guide = NamedGuide(question, own);
        var naming = NamingWords(question, own, guide);
        var context = new double[own.Length][];
        var plain = new double[n];
        var ranked = new double[n];
        var weights = question.Concepts.Select(c => GeneralWords.IsGeneral(c.Text) ? Math.Min(c.Weight, tuning.GeneralRankWeight) : c.Weight).ToArray();
        // An idea the question rules out ("(not the broken challenge one)") names a sibling of what is asked: a line or
        // section for it is not the answer. One it only sets aside ("ELK 말고", "besides CRDs") points at the rest of its
        // list and counts in full.
        if (tuning.RuledOutRankWeight < 1 && question.SetAside(ruledOut: true) is { } ruledOut)
        {
            for (var k = 0; k < weights.Length; k++)
            {
                weights[k] *= ruledOut(question.Concepts[k]) ? tuning.RuledOutRankWeight : 1;
            }
        }

        // The labels the question names whole: as many of its words as the label has, in ideas the label has (see
        // AnswerTuning.LabelCredit). Labels only, a few hundred, not every unit; each idea's guide words counted once.
        var wholeLabel = new bool[n];
        var lift = new double[n];
        var labelCredit = Math.Min(1, tuning.LabelCredit);
        var guideWords = question.Concepts.Select(c => c.Origin == WordOrigin.Guide ? c.WordCount : 0).ToArray();
        foreach (var label in _labels)
        {
            var words = 0;
            for (var k = 0; k < own.Length; k++)
            {
                words += own[k][label] >= 0.5 ? guideWords[k] : 0;
            }

            wholeLabel[label] = words >= units.WordCount[label];
        }

        // The guides' structure and the credits read once, not per idea and unit (this loop is most of a question's time).
        var (all, headingUnit, sectionParent) = (units.Units, units.HeadingUnit, units.SectionParent);
        var (parentCredit, headingCredit, pathCredit) = (tuning.ParentCredit, tuning.HeadingCredit, tuning.PathCredit);
        for (var k = 0; k < own.Length; k++)
        {
            var weight = question.Concepts[k].Weight;
            var share = own[k];
            var ctx = context[k] = new double[n];
            // A word the guides never write counts where it describes a thing the guides name (see Question.AsksWhatCalled).
            if (question.Concepts[k].Origin != WordOrigin.Guide && !impliedWords[k])
            {
                continue;
            }

            for (var u = 0; u < n; u++)
            {
                var unit = all[u];
                var m = share[u];
                var credit = parentCredit;
                for (var a = unit.Parent; a >= 0 && m < credit; a = all[a].Parent, credit *= 0.8)
                {
                    m = Math.Max(m, credit * share[a]);
                }

                var heading = headingUnit[unit.Section];
                if (heading >= 0 && heading != u)
                {
                    m = Math.Max(m, headingCredit * share[heading]);
                }

                credit = pathCredit;
                for (var s = sectionParent[unit.Section]; s >= 0 && m < credit; s = sectionParent[s], credit *= 0.8)
                {
                    if (headingUnit[s] >= 0)
                    {
                        m = Math.Max(m, credit * share[headingUnit[s]]);
                    }
                }

                // A short label the question names whole: its words are its items' own in ranking the sections — not in
                // which of the section's lines answers, nor in how sure the answer is.
                if (unit.Parent >= 0 && wholeLabel[unit.Parent])
                {
                    lift[u] += weights[k] * Math.Max(0, (labelCredit * share[unit.Parent]) - m);
                }

                // The words naming the guide asked of, in its description of itself (see NamingWords); the word for the
                // guide itself ("직무", "track") in every other line too.
                if (naming is { } place && place.Ideas.Contains(k))
                {
                    m *= 1 - (place.Units[u] ? tuning.NamingWords : place.Elsewhere.Contains(k) ? tuning.NamingElsewhere : 0);
                }

                ctx[u] = m;
                plain[u] += weight * m;
                ranked[u] += weights[k] * m;
            }
        }

        // "The rest of a list": the question's own words, to tell a list naming more from one naming only them.
        var asked = question.Hint == AnswerHint.List ? AskedWords(question) : null;

        // The question's topic: its first idea of the guides' words.
        var subject = question.Concepts.ToList().FindIndex(c => c.Origin == WordOrigin.Guide && c.Sections.Count == 0);

        var topic = question.Hint == AnswerHint.Definition ? subject : -1;
        var described = new double[n];
        // Set once per question, not in the loop: a lambda below reads it, and a variable of the loop's body made every
        // unit allocate that lambda's closure.
        var measured = question.Unit is not null && question.Hint == AnswerHint.Number;
        var asksOrigin = question.AsksOrigin;
        var gives = tuning.SiblingKind > 0 && question.Hint is AnswerHint.Number or AnswerHint.Time ? new bool[n] : [];
        for (var u = 0; u < n; u++)
        {
            if (plain[u] <= 0)
            {
                continue;
            }

            var matched = MatchedWords(question, own, subject, u);

            if (BareKey(units.Units[u]))
            {
                ranked[u] = lift[u] = 0;
                continue;
            }

            // A line of code is short by its syntax, not because it names the question's topic: no focus bonus. A question
            // that asks for something (a number, a time, a name, the rest of a list) is answered by words it does not
            // have: a line made of its words names the topic rather than answers, so focus counts less there.
            var focus = IsCode(units.Units[u]) ? 0 : Math.Min(1, matched / (double)units.WordCount[u]);
            if (question.Hint is AnswerHint.Number or AnswerHint.Time or AnswerHint.Name or AnswerHint.List)
            {
                focus *= tuning.AskingFocus;
            }

            var named = topic >= 0 && focus >= 1 && units.Units[u].Kind == UnitKind.Heading && own[topic][u] >= tuning.SynonymCredit;
            // A sentence opening with the topic as its subject ("하이퍼바이저라는 프로그램이 …", "A container is …") defines it.
            var defining = topic >= 0 && !named && tuning.DefiningLine > 0 && units.Units[u].Kind != UnitKind.Heading && !IsCode(units.Units[u])
                && units.WordCount[u] >= 4 && Defines(units.Units[u].Text, question.Concepts[topic].Alternatives);
            // A line listing more than the question's things — not one spelling out a term the question has: "ELK Stack
            // (Elasticsearch, Logstash, Kibana)" names ELK's parts, not another stack besides ELK.
            var more = asked is not null && !SpellsAsked(question, u) && ListsMore(u, asked);
            // "The rest of a list" written as separate bullets: the short list is one line of items, scored as one.
            var list = asked is not null && !more ? ShortListHoldingMore(units.Units[u], asked, s => MatchedWords(question, own, subject, s) >= units.WordCount[s]) : null;
            if (list is not null)
            {
                ranked[u] = lift[u] = 0;
                for (var k = 0; k < own.Length; k++)
                {
                    ranked[u] += weights[k] * list.Max(s => context[k][s]);
                }
            }

            // A question that describes a thing rather than naming it has its words spread over the lines that describe
            // the term: the description is read as one line. A question naming the term finds it by its name (and its
            // lines by their parent's credit): there the description's lines are a list of that thing's topics.
            if (list is null && tuning.TermDescription > 0 && TermDescription(units.Units[u]) is { } description)
            {
                described[u] = DescriptionCredit(description, u, own, context, weights, ranked[u]);
            }

            if (tuning.GradedLine < 1 && Graded(u) && !AsksGrading(question, own, u))
            {
                ranked[u] *= tuning.GradedLine;
                lift[u] *= tuning.GradedLine;
            }

            // A question naming the measure of the number it asks ("몇점", "how many points") is answered by a number of
            // that measure — "(8점)" — and not by a line with another number ("7일 보관"), which gets no bonus.
            // A question asking where a thing or its name comes from is answered by the line telling an origin (the
            // Fun Facts' "… 에서 유래"), not by any line naming the thing ("- Prometheus: 메트릭 수집 및 저장").
            var fits = asksOrigin ? _origins[u] : (measured ? Measure.Gives(question.Unit!, units.Units[u].Text) : GivesKind(question.Hint, u)) || list is not null || more;
            if (gives.Length > 0)
            {
                // A label gives what the lines it brings give: they are shown with it. A formula gives the number it computes.
                gives[u] = fits || units.Units[u].Brings.Prepend(u).Any(c => measured ? Measure.Gives(question.Unit!, units.Units[c].Text)
                    : GivesKind(question.Hint, c) || (question.Hint == AnswerHint.Number && _shapes.Equations[c]));
            }

            var bonus = (1 + (fits ? measured ? tuning.MeasureBonus : tuning.HintBonus : 0)) * (1 + tuning.FocusBonus * focus) * (1 + (named ? tuning.DefinitionBonus : defining ? tuning.DefiningLine : 0))
                * (1 + (tuning.SubjectBonus * SubjectShare(question, own, u)));
            described[u] = described[u] > 0 ? (ranked[u] + described[u]) * bonus : 0;
            ranked[u] *= bonus;
            lift[u] *= bonus;
        }

        return new Scores(ranked, plain, context, question.Concepts, weights)
        {
            Described = described,
            Lift = lift,
            Gives = gives,
            Named = NamedSections(question, own, guide),
            Guide = guide?.Guide,
            Asked = asked,
            Passing = question.Concepts.Select((c, k) => InPassing(c, own[k])).ToArray(),
            Scope = question.Scope >= 0 || tuning.LabelSetting <= 0 ? question.Scope : question.Label,
            GuideSubject = GuideIsSubject(question.Text),
            Own = own,
            Hint = question.Hint,
            NamingIdeas = naming is { } phrase ? phrase.Ideas.Select(k => question.Concepts[k]).ToHashSet<QuestionConcept>(ReferenceEqualityComparer.Instance) : NoIdeas,
        };
    }

    /// <summary>What reading the term's <paramref name="description"/> as one line adds to unit <paramref name="u"/>'s
    /// ranking score <paramref name="ranked"/> (see <see cref="AnswerTuning.TermDescription"/>), before the bonuses; 0
    /// when the question names the term (an idea at half or more in the term's own line) or its words are not spread.
    /// Plain loops, not lambdas over the description: this runs for most lines a question touches, and their closures
    /// were allocated per line.</summary>
    private double DescriptionCredit(IReadOnlyList<int> description, int u, double[][] own, double[][] context, double[] weights, double ranked)
    {
        foreach (var share in own)
        {
            if (!(share[description[0]] < 0.5))
            {
                return 0;
            }
        }

        // Only when another of its lines has an idea this line has none of, not even through its heading or
        // guide: then the question's words are spread over the description. An idea every line of a guide has
        // through its title ("infra" in the infra guide) and a sibling spells out ("Infrastructure Provider")
        // spreads nothing, and read as one line it ranked a list of topics over the section that answers.
        var whole = 0.0;
        var spread = false;
        for (var k = 0; k < own.Length; k++)
        {
            // The description's most of idea k, as Enumerable.Max takes it (NaN only when all are).
            var shares = context[k];
            var most = shares[description[0]];
            for (var i = 1; i < description.Count; i++)
            {
                if (shares[description[i]] > most || double.IsNaN(most))
                {
                    most = shares[description[i]];
                }
            }

            spread |= most > 0 && shares[u] <= 0;
            whole += weights[k] * most;
        }

        return spread ? tuning.TermDescription * Math.Max(0, whole - ranked) : 0;
    }

    /// <summary>Whether the question is about a guide itself: a guide word ("가이드", "스터디가이드") with a subject
    /// particle or before 이거/이건 ("this one"), or "guide for"/"guide is for" in English — not a guide as the place asked
    /// of ("가이드에서", "in the compute guide").</summary>
    internal static bool GuideIsSubject(string text)
    {
        var words = QueryText.Words(text);
        for (var i = 0; i < words.Length; i++)
        {
            var at = words[i].IndexOf("가이드", StringComparison.Ordinal);
            if (at >= 0 && words[i][(at + 3)..] is var rest
                && (rest is "는" or "은" or "가" or "이" || (rest.Length == 0 && i + 1 < words.Length && words[i + 1] is "이거" or "이건" or "이거는")))
            {
                return true;
            }

            if (words[i] is "guide" or "guides" && i + 1 < words.Length
                && (words[i + 1] == "for" || (words[i + 1] is "is" or "meant" or "aimed" or "intended" && i + 2 < words.Length && words[i + 2] is "for" or "at")))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether <paramref name="concept"/> is a name the guides mention only in passing: written in Latin letters (or
    /// a Korean spelling of such a name, 리액트 → react), not a general word, and had by at most
    /// <see cref="AnswerTuning.PassingMentions"/> lines, none of them a heading — an item of a list or a stack line
    /// ("Frontend: React SPA", "Service Mesh: Netflix, Uber 등"). Its rarity makes it weigh much, yet the guides say
    /// nothing of it beyond its name.</summary>
    private bool InPassing(QuestionConcept concept, double[] own)
    {
        if (!IsName(concept))
        {
            return false;
        }

        // The guides write the name as the learner does (a Korean spelling as its Latin name): "ppl" is read as people.
        var spelled = Latin(concept.Text) ? 1 : tuning.SynonymCredit;
        if (own.Max() < spelled)
        {
            return false;
        }

        var lines = 0;
        for (var u = 0; u < own.Length; u++)
        {
            if (own[u] < 0.5)
            {
                continue;
            }

            // A list entry that is the name alone is a thing the guides list to learn ("Harbor" among the platform's
            // tools), not a name dropped beside what a line is about; nor is a key their code sets ("updateMode:" in the
            // VPA manifest) one they mention in passing: the code shows what it takes ("Frontend: React SPA" names React
            // as a value, in passing).
            if (units.Units[u].Kind == UnitKind.Heading || SetsKey(units.Units[u], concept.Text) || units.WordCount[u] <= concept.WordCount || ++lines > tuning.PassingMentions)
            {
                return false;
            }
        }

        return lines > 0;
    }

    /// <summary>Whether <paramref name="concept"/> is a name the guides use and head no section with, not a word: as the
    /// learner wrote it, Latin but not everyday English ("netflix", "postgres", not "framework" or "startup", which the
    /// guides use as words), or a Korean spelling of a Latin name (리액트 → react).</summary>
    private static bool IsName(QuestionConcept concept)
    {
        var name = Latin(concept.Text) ? !EverydayEnglish(concept.Text)
            : QueryText.IsHangul(concept.Text[0]) && concept.Glossary.Any(g => g.StartsWith("hangul spelling:", StringComparison.Ordinal));
        return concept.Origin == WordOrigin.Guide && concept.Sections.Count == 0 && !GeneralWords.IsGeneral(concept.Text) && name;
    }

    private static bool Latin(string a) => a.Length > 0 && a.All(c => char.IsAsciiLetterOrDigit(c) || c is ' ' or '-' or '.');

    /// <summary>Whether a name (<see cref="IsName"/>) is had by at most <see cref="AnswerTuning.ListedMentions"/> lines, none
    /// a heading: the guides list it to learn, with a line or two at most, and never give it a part of its own.</summary>
    private bool ListedOnly(QuestionConcept concept, double[] own)
    {
        if (!IsName(concept))
        {
            return false;
        }

        var lines = 0;
        for (var u = 0; u < own.Length; u++)
        {
            if (own[u] >= 0.5 && (units.Units[u].Kind == UnitKind.Heading || ++lines > tuning.ListedMentions))
            {
                return false;
            }
        }

        return lines > 0;
    }

    /// <summary>Whether <paramref name="text"/> opens with one of <paramref name="names"/> as the subject of a sentence: with
    /// a topic or subject particle or "called" (는 은 란 이란 라는 이라는 가 이), or in English followed by is/are/means.</summary>
    internal static bool Defines(string text, IReadOnlyList<string> names)
    {
        var words = text.TrimStart('-', '*', ' ', '•').Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .SkipWhile((w, i) => i == 0 && w.ToLowerInvariant() is "a" or "an" or "the").ToArray();
        if (words.Length < 2)
        {
            return false;
        }

        var first = words[0].ToLowerInvariant();
        foreach (var name in names.Where(n => !n.Contains(' ', StringComparison.Ordinal)))
        {
            if (QueryText.IsHangul(name[0]))
            {
                if (first.StartsWith(name, StringComparison.Ordinal) && SubjectParticles.Contains(first[name.Length..]) && first.Length > name.Length)
                {
                    return true;
                }
            }
            else if ((first == name || first == name + "s") && words[1].ToLowerInvariant() is "is" or "are" or "means" or "refers")
            {
                return true;
            }
        }

        return false;
    }

    private static readonly HashSet<string> SubjectParticles = new(["는", "은", "란", "이란", "라는", "이라는", "가", "이"], StringComparer.Ordinal);

    /// <summary>Whether <paramref name="unit"/> is a line of code whose key is <paramref name="name"/> ("updateMode: Auto",
    /// "- name: cpu"): a setting the code shows, not a name it drops.</summary>
    private static bool SetsKey(AnswerUnit unit, string name)
    {
        if (unit.Kind != UnitKind.CodeLine)
        {
            return false;
        }

        var line = unit.Text.AsSpan().TrimStart().TrimStart("- ");
        return line.Length > name.Length && line[name.Length] == ':' && line[..name.Length].Equals(name, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>How many of line <paramref name="u"/>'s words are the question's: its ideas' words the line has, and the
    /// words that spell out the question's topic (<paramref name="subject"/>; "ELK" → "Elasticsearch, Logstash, Kibana").</summary>
    private int MatchedWords(Question question, double[][] own, int subject, int u)
    {
        var matched = 0;
        for (var k = 0; k < own.Length; k++)
        {
            if (own[k][u] >= 0.5)
            {
                matched += question.Concepts[k].WordCount;
                if (k == subject && SpelledFor(question.Concepts[k], u) is { } spelled)
                {
                    matched += spelled.Words;
                }
            }
        }

        return matched;
    }

    /// <summary>Whether line <paramref name="u"/> spells out a term the question has (see <see cref="SpelledTerm"/>).</summary>
    private bool SpellsAsked(Question question, int u) => question.Concepts.Any(c => SpelledFor(c, u) is not null);

    /// <summary>The term line <paramref name="u"/> spells out when it is one of <paramref name="concept"/>'s names; else null.</summary>
    private SpelledTerm? SpelledFor(QuestionConcept concept, int u) =>
        _shapes.Spelled[u] is { } spelled && concept.Alternatives.Contains(spelled.Term, StringComparer.OrdinalIgnoreCase) ? spelled : null;

    /// <summary>How much of the subject of line <paramref name="u"/> (see <see cref="AnswerTuning.SubjectBonus"/>) is the
    /// question's words: 0 when the line has no subject.</summary>
    private double SubjectShare(Question question, double[][] own, int u)
    {
        if (_subjects[u] is not { } subject || question.Hint is not (AnswerHint.Name or AnswerHint.Number or AnswerHint.Time))
        {
            return 0;
        }

        var words = 0;
        for (var k = 0; k < own.Length; k++)
        {
            if (own[k][u] >= 0.5 && question.Concepts[k].Alternatives.Any(subject.Has))
            {
                words += question.Concepts[k].WordCount;
            }
        }

        return Math.Min(1, words / (double)subject.Count);
    }

    /// <summary>Per unit: the subject of a line written "subject: what is said of it", "subject - what is said of it" or
    /// "subject = what it is made of" (one to four words before the first colon, spaced dash or spaced equals sign), or
    /// null — code (a YAML key is syntax) and a link's address aside. A fence's line written as a prose pair is no code
    /// (see <see cref="IsProsePair"/>): "- 백업: Velero를 이용한 자동 백업" says what the project backs up with.</summary>
    private static LineSubject?[] Subjects(AnswerIndex units)
    {
        var subjects = new LineSubject?[units.Units.Count];
        foreach (var unit in units.Units)
        {
            if (unit.Kind != UnitKind.CodeLine || IsProsePair(unit))
            {
                subjects[unit.Id] = SubjectOf(unit.Text.TrimStart(TreeMarks));
            }
        }

        return subjects;
    }

    /// <summary>The subject of a line's text, tree marks trimmed (see <see cref="Subjects"/>), or null.</summary>
    private static LineSubject? SubjectOf(string text)
    {
        var colon = text.IndexOfAny(Colons);
        var end = colon > 0 && !text[colon..].StartsWith("://", StringComparison.Ordinal) ? colon : SubjectEnd(text);
        if (end <= 0)
        {
            return null;
        }

        var words = QueryText.Words(text[..end]);
        var count = words.Count(w => !w.All(char.IsAsciiDigit));
        return count is >= 1 and <= MaxSubjectWords ? new LineSubject(words, [.. LatinStems.OfText(text[..end])], count) : null;
    }

    /// <summary>The key of a code fence's "Key: value" line at the block's margin ("- Frontend: React SPA"), which
    /// <see cref="Subjects"/> leaves out as syntax: enough to tell which of its names is the value. A lower-case key is a
    /// manifest's field ("kind: HTTPRoute"): the block around it is about that name, not a list giving it as a value.</summary>
    private static LineSubject? PairSubject(AnswerUnit unit)
    {
        var text = unit.Text.TrimStart(TreeMarks);
        return unit.Kind == UnitKind.CodeLine && ProsePairLine().IsMatch(unit.Text) && text.Length > 0 && !char.IsLower(text[0])
            ? SubjectOf(text) : null;
    }

    /// <summary>A term a line spells out, and how many words spell it out: an acronym with the capitalised words its letters
    /// stand for ("ELK Stack (Elasticsearch, Logstash, Kibana)", "Custom Resource Definition (CRD)", "CNCF : Cloud Native
    /// Computing Foundation"), or a name written as what it is made of ("Operator = CRD + Controller + Domain
    /// Knowledge"). Those words say what the term is, so for focus they count as the question's when the question has the
    /// term: the line is all about it — the answer to "ELK 풀네임", "what's an operator made of".</summary>
    /// <param name="Composed">Written as its parts ("Name = Part + …"), not as an acronym spelled out.</param>
    private sealed record SpelledTerm(string Term, int Words, bool Composed = false);

    /// <summary>The shapes the guides' lines are written in, read once in one pass when the engine is built: per line the
    /// term it spells out (<see cref="SpelledTerm"/>) and whether it writes an equation (a formula gives the number it
    /// computes), and the lines of the two shapes a learner names: "formula" (an equation) and "components" (a name written
    /// as its parts, <see cref="SpelledTerm.Composed"/>).</summary>
    private sealed record LineShapes(SpelledTerm?[] Spelled, bool[] Equations, int[] Formulas, int[] Components);

    private readonly LineShapes _shapes = ShapesOf(units);

    private static LineShapes ShapesOf(AnswerIndex units)
    {
        var spelled = new SpelledTerm?[units.Units.Count];
        var equations = new bool[units.Units.Count];
        List<int> formulas = [], components = [];
        foreach (var unit in units.Units)
        {
            spelled[unit.Id] = Composition(unit.Text) ?? Acronym(unit.Text);
            if (spelled[unit.Id] is { Composed: true })
            {
                components.Add(unit.Id);
            }

            equations[unit.Id] = unit.Kind != UnitKind.Heading && Equation().IsMatch(unit.Text);
            if (equations[unit.Id])
            {
                formulas.Add(unit.Id);
            }
        }

        return new LineShapes(spelled, equations, [.. formulas], [.. components]);
    }

    /// <summary>"Name = Part + Part + …": a name of one to three words, then two or more parts joined by '+'.</summary>
    private static SpelledTerm? Composition(string text)
    {
        var match = CompositionLine().Match(text);
        if (!match.Success)
        {
            return null;
        }

        var name = QueryText.Words(match.Groups[1].Value);
        return name.Length is >= 1 and <= 3 ? new SpelledTerm(string.Join(' ', name), QueryText.Words(match.Groups[2].Value).Length, Composed: true) : null;
    }

    /// <summary>An acronym of the line (two to six capitals) and a run of as many capitalised words elsewhere in it whose
    /// initials are its letters.</summary>
    private static SpelledTerm? Acronym(string text)
    {
        var words = LineWords().Matches(text).Select(m => m.Value).ToArray();
        foreach (var acronym in words.Where(w => w.Length is >= 2 and <= 6 && w.All(char.IsAsciiLetterUpper)).Distinct(StringComparer.Ordinal))
        {
            for (var start = 0; start + acronym.Length <= words.Length; start++)
            {
                var run = words.AsSpan(start, acronym.Length);
                var spells = true;
                for (var i = 0; i < run.Length && spells; i++)
                {
                    spells = run[i] != acronym && run[i].Length > 1 && char.IsAsciiLetterUpper(run[i][0]) && run[i][0] == acronym[i];
                }

                if (spells)
                {
                    return new SpelledTerm(acronym.ToLowerInvariant(), acronym.Length);
                }
            }
        }

        return null;
    }

    [GeneratedRegex(@"^[\s├└│─*-]*([\p{L}][\p{L}\p{N} -]*?)\s*=\s*([^=+]+(?:\+[^=+]+)+)$")]
    private static partial Regex CompositionLine();

    /// <summary>A line's words as written (case kept), Hangul and Latin apart.</summary>
    [GeneratedRegex(@"\p{IsHangulSyllables}+|[\p{L}\p{N}-[\p{IsHangulSyllables}]]+")]
    private static partial Regex LineWords();

    /// <summary>Where a line's subject ends without a colon: a spaced dash ("KEDA - …") or equals sign ("Operator = CRD +
    /// …": what the thing is made of), whichever comes first; -1 for neither.</summary>
    private static int SubjectEnd(string text)
    {
        var (dash, equals) = (text.IndexOf(" - ", StringComparison.Ordinal), text.IndexOf(" = ", StringComparison.Ordinal));
        return dash < 0 ? equals : equals < 0 ? dash : Math.Min(dash, equals);
    }

    /// <summary>Most words of a line's subject: more before a colon is a sentence, not a name.</summary>
    private const int MaxSubjectWords = 4;

    private static readonly char[] TreeMarks = ['├', '└', '│', '─', '-', '*', '•', ' '];

    private static readonly char[] Colons = [':', '：'];

    private readonly LineSubject?[] _subjects = Subjects(units);

    /// <summary>The subject of a line: its normalised words, their English stems, and how many words it has.</summary>
    private sealed record LineSubject(string[] Words, HashSet<string> Stems, int Count)
    {
        /// <summary>Whether every word of <paramref name="form"/> is in the subject: a Korean word by its longest start
        /// of at least half of it inside a word (as the engine matches lines), an English word by its stem.</summary>
        public bool Has(string form)
        {
            foreach (var word in form.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                if (QueryText.IsHangul(word[0]))
                {
                    var start = word[..Math.Min(word.Length, Math.Max(2, (word.Length + 1) / 2))];
                    if (!Array.Exists(Words, w => w.Contains(start, StringComparison.Ordinal)))
                    {
                        return false;
                    }
                }
                else if (!LatinStems.Of(word).Any(Stems.Contains))
                {
                    return false;
                }
            }

            return true;
        }
    }

    /// <summary>The sections whose own heading has two or more of the question's ideas made of words (a course place
    /// names its sections already), or the whole of one that is a term of two words or more ("final project" → "Week 3 통합
    /// 최종 프로젝트": as specific as two ideas, where its one word "project" is also every role guide's "실습 프로젝트"
    /// label) — making a third of it or more. A "when" question's term does not name a part on its own: it is answered by
    /// the plan, not by the competency its topic's term names.</summary>
    private bool[] NamedSections(Question question, double[][] own, (string Guide, HashSet<int> Ideas)? guide)
    {
        var named = new bool[units.Sections.Count];
        for (var s = 0; s < named.Length; s++)
        {
            var heading = units.HeadingUnit[s];
            if (heading < 0)
            {
                continue;
            }

            var (ideas, words, terms) = (0, 0, 0);
            for (var k = 0; k < own.Length; k++)
            {
                // The word that names the guide names no part of it ("networking 가이드" is not "네트워크 프로토콜").
                // A numbered part ("lab 5") is its label and number, both in the heading that writes them.
                var concept = question.Concepts[k];
                if ((concept.Sections.Count == 0 || (concept.NumberedPart && concept.Sections.Contains(s))) && own[k][heading] >= 0.5 && guide?.Ideas.Contains(k) != true)
                {
                    ideas++;
                    // One word for a term of several the heading writes whole ("capstone" → "최종 프로젝트"): as specific —
                    // not a name that is one of its names and another word ("lab" → "실습 환경": 실습 with a general word).
                    var length = concept.WordCount == 1 && concept.Alternatives.Any(a => a.Contains(' ', StringComparison.Ordinal)
                        && !a.Split(' ').Any(concept.Alternatives.Contains)
                        && units.Units[heading].Text.Contains(a, StringComparison.OrdinalIgnoreCase)) ? 2 : concept.WordCount;
                    words += length;
                    terms += length >= 2 && own[k][heading] >= tuning.SynonymCredit && question.Hint != AnswerHint.Time ? 1 : 0;
                }
            }

            // A third of the heading at least: two of the question's words in a long title ("…실습(5주 과정)") are chance.
            named[s] = (ideas >= 2 || terms >= 1) && words * 3 >= units.WordCount[heading];
        }

        if (guide is { } asked)
        {
            named[_guides[asked.Guide].Title] = true;

            // A part several guides have, named with the guide ("networking 체크리스트"): its one word is enough there.
            foreach (var s in _sharedParts.Sections[asked.Guide])
            {
                named[s] |= Enumerable.Range(0, own.Length).Any(k => !asked.Ideas.Contains(k) && question.Concepts[k].Sections.Count == 0 && own[k][units.HeadingUnit[s]] >= tuning.SynonymCredit);
            }
        }

        return named;
    }

    /// <summary>The guide a question names with the words right before "guide", "가이드", "track" or "트랙" ("the networking
    /// guide", "인프라 가이드에서", "infra 트랙") — or course, roadmap, position, role (과정, 로드맵, 포지션, 직무), as the guides call
    /// themselves ("the platform roadmap", "the 5-week course") — or before 쪽 ("the … side": "compute쪽", "인프라쪽 로드맵"): the one guide
    /// whose name has that word — or an English name of it (인프라 → infra) — as a part only it has ("infra-platform":
    /// infra, platform; not "k8s", which two guides share), or whose own description of itself has it: its title section
    /// and its overview's opening sentence ("데이터센터 자동화 포지션" → "데이터센터 인프라의 모든 요소를 … 자동화하는 것을
    /// 목표로 합니다"), read through the idea's other names. Up to three words before the guide word name it together
    /// ("데이터센터 자동화 포지션"): the guide all of them name. The ideas returned are the naming words and the guide word.</summary>
    private (string Guide, HashSet<int> Ideas)? NamedGuide(Question question, double[][] own)
    {
        var words = QueryText.Words(question.Text);
        for (var i = 0; i < words.Length; i++)
        {
            // 쪽 glued to a Korean word is part of it ("컴퓨트쪽"); after a Latin one it is a word of its own, as English
            // "side" is ("the compute side's bullet").
            var side = words[i] is "side" or "sides" ? 0 : words[i].IndexOf('쪽', StringComparison.Ordinal);
            var glued = side > 0;
            var (document, part) = i > 0 && !glued ? (DocumentWord(words[i]), PartWord(question, words[i])) : (false, false);
            if (!glued && !(i > 0 && (GuideWord(words[i]) || side == 0 || document || part)))
            {
                continue;
            }

            HashSet<string>? named = null;
            var ideas = new HashSet<int>();
            var (namingCount, byDescription) = (0, false);
            // A part's name of two words ends at this one ("self-check" of 체크리스트): the naming words are before it.
            var span = part ? PartSpan(question, words[i]) : 1;
            for (var j = glued ? i : i - span; j >= 0 && j >= i - span - 2; j--)
            {
                var before = j == i ? words[i][..side] : words[j];
                var (guides, its, described) = GuidesNamedBy(question, own, before, j >= 1 && before is "week" or "weeks" or "주" && words[j - 1].All(char.IsAsciiDigit) ? words[j - 1] : null);
                if (guides.Count == 0 || (named is not null && !named.Overlaps(guides)))
                {
                    break;
                }

                named = named is null ? guides : named.Intersect(guides).ToHashSet(StringComparer.Ordinal);
                ideas.UnionWith(its);
                (namingCount, byDescription) = (namingCount + 1, byDescription || described);
                if (j == i)
                {
                    break;
                }
            }

            // "… 쪽" ("the … side") names a guide by its description only with two words of it ("데이터센터 자동화 쪽"), not
            // one ("운영 쪽" is not the DevOps course).
            // So does a word for the guide as a document ("the infra doc", "compute 문서") or a part several guides
            // have ("networking 체크리스트"), which a word of its description before it names by chance.
            if (named is { Count: 1 } && !(byDescription && (!GuideWord(words[i]) || document || part) && namingCount < 2))
            {
                // The guide word itself ("포지션", "track") names the guide too: its overview says "포지션". A part's word
                // names the part in it (its checklist), not the guide.
                ideas.UnionWith(Enumerable.Range(0, question.Concepts.Count).Where(k => !part && question.Concepts[k].Text == words[i]));
                return (named.First(), ideas);
            }
        }

        return null;
    }

    /// <summary>The guides one word of the question names (see <see cref="NamedGuide"/>) and the ideas it is.</summary>
    private (HashSet<string> Guides, HashSet<int> Ideas, bool ByDescription) GuidesNamedBy(Question question, double[][] own, string before, string? weeks)
    {
        // The word as written and the other names of the idea it is (a Korean word with its particle: "인프라쪽").
        var ideas = Enumerable.Range(0, question.Concepts.Count).Where(k => question.Concepts[k].Text is var text
            && (text == before || text.EndsWith(" " + before, StringComparison.Ordinal) || (QueryText.IsHangul(before[0]) && before.StartsWith(text, StringComparison.Ordinal)))).ToHashSet();
        var forms = ideas.SelectMany(k => question.Concepts[k].Alternatives).Append(before).Where(a => !a.Contains(' ', StringComparison.Ordinal))
            .SelectMany(LatinStems.Of).ToHashSet(StringComparer.Ordinal);

        // A length in weeks names the course that long ("the 5-week course", "5주 과정" → devops-k8s-5weeks).
        if (weeks is not null)
        {
            forms.UnionWith(LatinStems.Of(weeks + "weeks"));
        }

        var guides = _guides.Where(g => forms.Overlaps(g.Value.Parts)).Select(g => g.Key).ToHashSet(StringComparer.Ordinal);

        // The start of one guide's name, clipped as a word the guides never use ("the net guide": networking).
        if (guides.Count == 0 && ideas.Count > 0 && ideas.All(k => NamesGuide(question.Concepts[k]))
            && (units.GuideNamedBy(before) ?? ideas.Select(k => ClippedGuide(question.Concepts[k])).FirstOrDefault(g => g is not null)) is { } clipped
            && _guides.ContainsKey(clipped))
        {
            return (new HashSet<string>(StringComparer.Ordinal) { clipped }, ideas, false);
        }

        if (guides.Count == 0 && ideas.Count > 0)
        {
            // Its own description: an idea only one guide's title and overview sentence have.
            guides = _guides.Where(g => g.Value.Naming.Any(u => ideas.Any(k => own[k][u] >= tuning.SynonymCredit))).Select(g => g.Key).ToHashSet(StringComparer.Ordinal);
            if (guides.Count > 1)
            {
                guides.Clear();
            }

            return (guides, ideas, true);
        }

        return (guides, ideas, false);
    }

    /// <summary>The words that name the guide the question asks of ("데이터센터 자동화 포지션에서 …") are where to look, not what
    /// is asked: they count less in that guide's own description of itself (the units of its title section and overview —
    /// not the other sections under its title), which has them by being that description and otherwise ranks first on
    /// them alone. Kept when the question asks nothing else
    /// of the guides' words, or the description has half of what it asks: then the description is the answer.</summary>
    private (HashSet<int> Ideas, bool[] Units, HashSet<int> Elsewhere)? NamingWords(Question question, double[][] own, (string Guide, HashSet<int> Ideas)? guide)
    {
        if (tuning.NamingWords <= 0 || guide is not { } named || named.Ideas.Count == 0)
        {
            return null;
        }

        var described = _guides[named.Guide].Described;

        // What else the question asks, and how much of it the description itself has ("the overall goal of the infra
        // platform position": its overview says "목표로 합니다"): half or more, and the description is the answer.
        var (asked, there) = (0.0, 0.0);
        for (var k = 0; k < own.Length; k++)
        {
            if (!named.Ideas.Contains(k) && question.Concepts[k].Origin == WordOrigin.Guide && !GeneralWords.IsGeneral(question.Concepts[k].Text))
            {
                asked += question.Concepts[k].Weight;
                there += own[k].Where((share, u) => described[u] && share >= tuning.SynonymCredit).Any() ? question.Concepts[k].Weight : 0;
            }
        }

        if (!(asked > 0 && there < 0.5 * asked))
        {
            return null;
        }

        // The word for the guide itself ("직무", "track", "position"), when the guide uses it only to describe itself (its
        // title and overview: "포지션 개요") and no heading of its parts has it ("학습 로드맵" has 로드맵): it names where, so
        // it counts less in every line (see AnswerTuning.NamingElsewhere).
        var elsewhere = named.Ideas.Where(k => GuideWord(question.Concepts[k].Text) && !units.GuideSections[named.Guide].Any(s => units.HeadingUnit[s] is var h and >= 0 && !described[h] && own[k][h] >= tuning.SynonymCredit)).ToHashSet();
        return (named.Ideas, described, elsewhere);
    }

    /// <summary>Words for the guide as a document ("the infra doc", "compute 문서", "네트워킹 자료"): they name the guide the
    /// word before them names, as "guide" does.</summary>
    private static readonly FrozenSet<string> DocumentWords = FrozenSet.ToFrozenSet(["doc", "docs", "document", "notes", "문서", "자료"], StringComparer.Ordinal);

    /// <summary>Whether <paramref name="word"/> is a word for the guide as a document (<see cref="DocumentWords"/>), a Hangul
    /// one with its particle or not ("문서에").</summary>
    private static bool DocumentWord(string word) => IsOneOf(DocumentWords, word);

    /// <summary>Words the guides call themselves by: the words naming the course as a whole (<see cref="CourseWords.Whole"/>:
    /// track, course, 트랙, 코스), and guide, position, role (가이드, 과정, 포지션, 직무), the role guides' 로드맵 (roadmap)
    /// and the week-3 guide's 계획서 (its title: "상세 계획서", a plan).</summary>
    private static readonly FrozenSet<string> GuideWords = FrozenSet.ToFrozenSet(
        [.. CourseWords.Whole, "guide", "guides", "roadmap", "roadmaps", "plan", "plans", "position", "positions", "role",
            "가이드", "과정", "포지션", "직무", "로드맵", "계획"], StringComparer.Ordinal);

    /// <summary>Whether <paramref name="word"/> is a word the guides call themselves by (<see cref="GuideWords"/>), a Hangul
    /// one with its particle or ending or not ("가이드에", "계획서").</summary>
    private static bool GuideWord(string word) => IsOneOf(GuideWords, word);

    /// <summary>Whether <paramref name="word"/> is one of <paramref name="words"/>: a Latin one as written, a Hangul one
    /// with anything glued after it.</summary>
    private static bool IsOneOf(FrozenSet<string> words, string word) =>
        words.Contains(word) || words.Any(d => QueryText.IsHangul(d[0]) && word.StartsWith(d, StringComparison.Ordinal));

    /// <summary>The parts several guides have right under their title ("체크리스트", "학습 로드맵", "관련 자료"): their
    /// headings, and per guide its sections that are one of them. A question names such a part with the guide it is in
    /// ("networking 체크리스트"), read from the guides' own headings.</summary>
    private readonly (FrozenSet<string> Headings, Dictionary<string, int[]> Sections) _sharedParts = SharedParts(units);

    private static (FrozenSet<string> Headings, Dictionary<string, int[]> Sections) SharedParts(AnswerIndex units)
    {
        var headings = Enumerable.Range(0, units.Sections.Count).Select(s => PartHeading(units, s)).ToArray();
        var shared = Enumerable.Range(0, units.Sections.Count).Where(s => headings[s] is not null)
            .GroupBy(s => headings[s]!, StringComparer.Ordinal)
            .Where(g => g.Select(s => units.Sections[s].Guide).Distinct(StringComparer.Ordinal).Count() >= 2)
            .Select(g => g.Key).ToFrozenSet(StringComparer.Ordinal);
        var sections = units.GuideSections.ToDictionary(g => g.Key, g => g.Value.Where(s => headings[s] is { } heading && shared.Contains(heading)).ToArray(), StringComparer.Ordinal);
        return (shared, sections);
    }

    /// <summary>The heading of section <paramref name="s"/>, trimmed and lower-cased, when it is a part right under its
    /// guide's title; otherwise null.</summary>
    private static string? PartHeading(AnswerIndex units, int s) =>
        units.SectionParent[s] >= 0 && units.SectionParent[units.SectionParent[s]] < 0 && units.HeadingUnit[s] >= 0
            ? units.Units[units.HeadingUnit[s]].Text.Trim().ToLowerInvariant()
            : null;

    /// <summary>Whether the question's word is an idea written or glossed as the heading of a part several guides have
    /// (<see cref="_sharedParts"/>: "checklist" → 체크리스트, "체크리스트에").</summary>
    private bool PartWord(Question question, string word) =>
        question.Concepts.Any(c => (c.Text == word || c.Text.EndsWith(" " + word, StringComparison.Ordinal) || (QueryText.IsHangul(word[0]) && word.StartsWith(c.Text, StringComparison.Ordinal)))
            && NamesSharedPart(c));

    /// <summary>How many words the part's name that ends with <paramref name="word"/> has ("self check" → 2; see
    /// <see cref="PartWord"/>).</summary>
    private int PartSpan(Question question, string word) =>
        question.Concepts.Where(c => c.Text.EndsWith(" " + word, StringComparison.Ordinal) && NamesSharedPart(c))
            .Select(c => c.Text.Split(' ').Length).DefaultIfEmpty(1).Max();

    /// <summary>Whether the idea, as written or glossed, is the heading of a part several guides have (<see cref="_sharedParts"/>).</summary>
    private bool NamesSharedPart(QuestionConcept concept) =>
        concept.Alternatives.Append(concept.Text).Any(a => _sharedParts.Headings.Contains(a.ToLowerInvariant()));

    /// <summary>Per guide name, its first section (its title, above all its others), the stems of the parts of its
    /// name no other guide's name has, and its description of itself: the units of its title section and the opening
    /// sentence of its first sub-section (the overview: "데이터센터 인프라의 … 자동화하는 것을 목표로 합니다"), and which
    /// units are in the sections those are in (kept per unit so no question rebuilds it) — all from one pass over the
    /// sections.</summary>
    private readonly Dictionary<string, (int Title, HashSet<string> Parts, int[] Naming, bool[] Described)> _guides = Guides(units);

    private static Dictionary<string, (int Title, HashSet<string> Parts, int[] Naming, bool[] Described)> Guides(AnswerIndex units)
    {
        var titles = units.GuideSections.ToDictionary(g => g.Key, g => g.Value[0], StringComparer.Ordinal);
        var parts = titles.Keys.ToDictionary(g => g, g => g.Split('-').SelectMany(LatinStems.Of).ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal);
        return titles.ToDictionary(t => t.Key, t =>
        {
            var naming = units.SectionUnits[t.Value].ToList();
            var described = new List<int> { t.Value };
            var overview = t.Value + 1;
            // Only a guide that says what it is under its title ("… 포지션을 위한 스터디 가이드입니다") opens with an overview;
            // another's first sub-section is its first topic ("Day 5: 운영 & 고급 기능").
            if (overview < units.Sections.Count && units.SectionParent[overview] == t.Value && units.SectionUnits[t.Value].Any(u => units.Units[u].Kind == UnitKind.Text)
                && units.SectionUnits[overview].FirstOrDefault(u => units.Units[u].Kind == UnitKind.Text, -1) is var opening and >= 0)
            {
                naming.Add(opening);
                described.Add(overview);
            }

            var describedUnits = new bool[units.Units.Count];
            foreach (var u in described.SelectMany(d => units.SectionUnits[d]))
            {
                describedUnits[u] = true;
            }

            return (t.Value, parts[t.Key].Where(stem => parts.Values.Count(o => o.Contains(stem)) == 1).ToHashSet(StringComparer.Ordinal), naming.ToArray(), describedUnits);
        }, StringComparer.Ordinal);
    }

    /// <summary>A thing the question describes rather than names, in the words of a definition the guides give it
    /// ("the event-driven scaler" for "KEDA 이벤트 기반 스케일링"): each idea of the description also counts, at
    /// <see cref="AnswerTuning.DefinedCredit"/>, wherever the name is — the guides' other lines on the thing name it
    /// only ("KEDA: Azure Functions 팀에서 시작된 오픈소스"). The description's words must be the question's ideas (a word
    /// or a glossary name of it) for <see cref="AnswerTuning.DefinedShare"/> of its weight, each word weighing its rarity
    /// over the guides' lines — a description's words are everyday words one by one, its rarer ones say most of it — and
    /// the ideas it has count at that share of the credit; a question that names the thing needs none of this. A question
    /// asking what the thing is called (<paramref name="asksWhatCalled"/>, <see cref="Question.AsksWhatCalled"/>) also
    /// matches a whole glossary description with the words the guides never write; those ideas are marked in
    /// <paramref name="impliedWords"/>, so they count in ranking.</summary>
    private void ImplyDefinedNames(IReadOnlyList<QuestionConcept> concepts, bool asksWhatCalled, double[][] own, double[] sum, double[] found, bool[] impliedWords)
    {
        if (_definitions.Count == 0)
        {
            return;
        }

        // The question's ideas, each read once: their spellings, and the glossary keys of their words (the ideas of the
        // guides' words that are no section's name only).
        var spelled = concepts.SelectMany(c => c.Alternatives.Append(c.Text)).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var keys = concepts.Select(c => (c.Origin == WordOrigin.Guide || (asksWhatCalled && c.Origin == WordOrigin.Unknown)) && c.Sections.Count == 0
            ? c.Alternatives.Append(c.Text).SelectMany(a => a.Split(' ')).SelectMany(Doing).Select(Glossary.Key).ToHashSet(StringComparer.Ordinal)
            : null).ToArray();
        // Per key, the first idea that has it; only the definitions with one of those keys can be implied, read in order.
        var first = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var k = 0; k < keys.Length; k++)
        {
            foreach (var key in keys[k] ?? [])
            {
                first.TryAdd(key, k);
            }
        }

        var candidates = new SortedSet<int>();
        foreach (var key in first.Keys)
        {
            if (_definitionsByKey.TryGetValue(key, out var ds))
            {
                candidates.UnionWith(ds);
            }
        }

        var covering = new HashSet<int>();
        foreach (var d in candidates)
        {
            var definition = _definitions[d];
            covering.Clear();
            var name = _definitionKeys[d].Name;
            if (spelled.Contains(name))
            {
                continue;
            }

            var (had, all, head) = (0.0, 0.0, false);
            for (var i = 0; i < _definitionKeys[d].Keys.Length; i++)
            {
                var key = _definitionKeys[d].Keys[i];
                var k = first.GetValueOrDefault(key, -1);
                // A word the guides never write weighs nothing, unless the question has it: then as the rarest word.
                var weight = asksWhatCalled && _definitionWeights[d][i] == 0 && k >= 0 && definition.Whole ? _rarest : _definitionWeights[d][i];
                all += weight;
                if (k >= 0)
                {
                    had += weight;
                    covering.Add(k);
                    head = i == _definitionKeys[d].Keys.Length - 1;
                }
            }

            // The description's head, its last word, is the kind of thing it is (스케일링 of "이벤트 기반 스케일링"): a
            // question with its other words only ("event driven architecture") describes something else.
            // A glossary description is read whole (GuideDefinition.Whole): one everyday word of it names nothing.
            var share = all > 0 ? had / all : 0;
            if (covering.Count == 0 || !head || share < (definition.Whole ? 1 : Math.Min(1, tuning.DefinedShare)) - 1e-9)
            {
                continue;
            }

            var named = OwnShares(new QuestionConcept(name, [name], WordOrigin.Guide, 0, []), sum, found);
            if (definition.Description is [GuideVocabulary.ToolKind])
            {
                ImplyTool(definition.Name, _definitionKeys[d].Words, covering.Single(), named, own);
                continue;
            }

            foreach (var k in covering)
            {
                for (var u = 0; u < named.Length; u++)
                {
                    // The name written whole, not one word of it ("Fluent" of "Fluent Bit").
                    if (named[u] >= 1)
                    {
                        own[k][u] = Math.Max(own[k][u], tuning.DefinedCredit * share);
                        impliedWords[k] |= concepts[k].Origin != WordOrigin.Guide;
                    }
                }
            }
        }
    }

    /// <summary>A word and, for a Hangul noun of a device or a doer (수집기 "collector", 관리자 "manager": 機/器, 者 after
    /// a noun of two syllables or more), what it does (수집, 관리): a description says what the thing does ("Prometheus:
    /// 메트릭 수집"), and the learner calls it by that ("메트릭 수집기") — the one place a doer is its deed, as elsewhere
    /// 공유기 is not 공유.</summary>
    private static IEnumerable<string> Doing(string word)
    {
        yield return word;
        if (word.Length >= 3 && word[^1] is '기' or '자' && word.All(QueryText.IsHangul))
        {
            yield return word[..^1];
        }
    }

    /// <summary>A question asking for a tool (its idea <paramref name="k"/>, 도구) by what the tool does: a name the guides
    /// use as a tool (<see cref="GuideVocabulary.Instruments"/>) is that tool where the line is the name itself ("Packer",
    /// with the topics under it: "이미지 빌드 자동화") or uses it as one ("kubeadm 이용 쿠버네티스 클러스터 구축") — not in
    /// every line about it ("Nova API 확장"). The tool counts at <see cref="AnswerTuning.DefinedCredit"/> (under the name,
    /// at <see cref="AnswerTuning.ParentCredit"/> of it) only in a line that has another of the question's ideas: what
    /// the tool does is what the question describes, and lines that only name some tool ("Velero를 이용한 자동 백업")
    /// would otherwise add to their section's spread.</summary>
    private void ImplyTool(string name, string words, int k, double[] named, double[][] own)
    {
        // A name a heading has ("2. ClusterAPI & Ironic", "4. Amazon EKS를 이용한 …") is a topic the guides study, found
        // by its heading's words; read as any tool, its many lines outranked the one tool the question describes.
        if (Enumerable.Range(0, named.Length).Any(u => named[u] >= 1 && units.Units[u].Kind == UnitKind.Heading))
        {
            return;
        }

        for (var u = 0; u < named.Length; u++)
        {
            // A heading names a topic ("5. GitOps를 이용한 배포 서비스 자동화"), and would lend the tool to all its lines.
            if (named[u] < 1 || units.Units[u].Kind == UnitKind.Heading || !IsToolLine(u, name, words))
            {
                continue;
            }

            Credit(u, tuning.DefinedCredit);
            foreach (var c in Below(u))
            {
                Credit(c, tuning.DefinedCredit * tuning.ParentCredit);
            }
        }

        void Credit(int u, double credit)
        {
            if (Enumerable.Range(0, own.Length).Any(j => j != k && own[j][u] > 0))
            {
                own[k][u] = Math.Max(own[k][u], credit);
            }
        }

        IEnumerable<int> Below(int u)
        {
            for (var c = u + 1; c < units.Units.Count && units.Units[c].Section == units.Units[u].Section; c++)
            {
                if (units.Units[c].Parent == u)
                {
                    yield return c;
                }
            }
        }
    }

    /// <summary>Whether line <paramref name="u"/> is the tool <paramref name="name"/> (its words: <paramref name="words"/>)
    /// itself or uses it as one.</summary>
    private bool IsToolLine(int u, string name, string words) =>
        _toolLines[u].Words == words || _toolLines[u].Tools.Contains(name, StringComparer.Ordinal);

    /// <summary>An idea that is the head noun of another idea's term ("CNI 플러그인": CNI is a "network plugin", so a line
    /// naming CNI — "- CNI: Calico" — names the plugin too): the head noun counts as found wherever the term is. Without
    /// it, a line that repeats the head noun beside the term ("커스텀 CNI 플러그인 개발") outranks the one that answers.
    /// The head noun is the last word of one of the term's spellings of two or more words.</summary>
    private static void ImplyHeadNouns(IReadOnlyList<QuestionConcept> concepts, double[][] own)
    {
        for (var k = 0; k < concepts.Count; k++)
        {
            var head = concepts[k];
            if (head.Origin != WordOrigin.Guide || head.Sections.Count > 0)
            {
                continue;
            }

            // The term is the idea right before its head noun ("CNI 플러그인").
            var j = k - 1;
            var spellings = head.Alternatives.Append(head.Text).ToHashSet(StringComparer.OrdinalIgnoreCase);
            if (j < 0 || concepts[j].Origin != WordOrigin.Guide || !IsAcronym(concepts[j])
                || !concepts[j].Alternatives.Any(a => a.Contains(' ', StringComparison.Ordinal) && spellings.Contains(a[(a.LastIndexOf(' ') + 1)..])))
            {
                continue;
            }

            var term = own[j];
            own[k] = own[k].Select((m, u) => Math.Max(m, term[u])).ToArray();
        }
    }

    /// <summary>Whether the idea is an acronym the glossary spells out ("cni" → "container network interface").</summary>
    private static bool IsAcronym(QuestionConcept concept) => concept.Alternatives.Any(a =>
        a.Split(' ', StringSplitOptions.RemoveEmptyEntries) is { Length: >= 2 } words
        && string.Concat(words.Select(w => w[0])).Equals(concept.Text, StringComparison.OrdinalIgnoreCase));

    /// <summary>How well each unit's own text has an idea: the best of its forms (the learner's word counts fully, a
    /// glossary synonym a little less). A form's share is the mean over its words of: an English word's stem present
    /// (1), or the longest start of a Korean word (at least half of it) found inside a word of the unit.</summary>
    /// <param name="concept">The idea.</param>
    /// <param name="sum">Scratch, one entry per unit (overwritten).</param>
    /// <param name="found">Scratch, one entry per unit (overwritten).</param>
    private double[] OwnShares(QuestionConcept concept, double[] sum, double[] found)
    {
        var n = units.Units.Count;
        var best = new double[n];
        if (concept.Origin != WordOrigin.Guide)
        {
            return best;
        }

        // A place in the course: the headings of the sections the roadmap puts there have it.
        if (concept.Sections.Count > 0)
        {
            foreach (var s in concept.Sections)
            {
                if (units.HeadingUnit[s] >= 0)
                {
                    best[units.HeadingUnit[s]] = 1;
                }
            }

            foreach (var u in concept.Lines)
            {
                best[u] = 1;
            }

            return best;
        }

        for (var i = 0; i < concept.Alternatives.Count; i++)
        {
            var credit = i == 0 ? 1 : tuning.SynonymCredit;
            var words = concept.Alternatives[i].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            Array.Clear(sum);
            var counted = 0;
            var particles = 0;
            foreach (var word in words)
            {
                if (QueryText.IsHangul(word[0]))
                {
                    counted++;
                    Array.Clear(found);
                    // At least half the word, two syllables or more — a word of one syllable (팀, 키, 달) whole.
                    var min = Math.Min(word.Length, Math.Max(2, (word.Length + 1) / 2));
                    for (var length = word.Length; length >= min; length--)
                    {
                        // A start spelling another English word is none of the word's (메시 "mesh" of 메시지 "message").
                        if (units.StartSpellsUnrelatedWord(word, length))
                        {
                            continue;
                        }

                        var share = length / (double)word.Length;
                        // The word as typed where the guides have it as a word; a start of it where a word (or a
                        // compound's part) opens with it — not inside another word: 로그 of 로그인 is not in 프로그램.
                        foreach (var u in length == word.Length ? units.HangulPostings(word) : units.OpeningPostings(word[..length]))
                        {
                            if (found[u] < share)
                            {
                                found[u] = share;
                            }
                        }
                    }

                    // Not through the start of a longer word the glossary keeps apart (스케줄 of 스케줄링); each line once,
                    // though it may write more than one of them (스케줄러 and 스케줄링).
                    foreach (var u in concept.Apart.Where(longer => longer.StartsWith(word, StringComparison.Ordinal)).SelectMany(units.HangulPostings).Distinct())
                    {
                        found[u] = Math.Min(found[u], ShareApart(units.Units[u].Text, word, min, concept.Apart));
                    }

                    for (var u = 0; u < n; u++)
                    {
                        sum[u] += found[u];
                    }
                }
                else
                {
                    var stems = LatinStems.Of(word);
                    if (stems.Length == 0)
                    {
                        // A stop word in a phrase is a phrasal verb's particle ("log in", "set up", "back up"): it makes
                        // another word of the verb, so it counts, found only where the phrase is written as a whole.
                        particles += words.Length > 1 && char.IsAsciiLetter(word[0]) ? 1 : 0;
                        continue;
                    }

                    counted++;
                    Array.Clear(found);
                    var lemma = stems.Length == 1 ? units.LemmaPostings(LatinStems.Lemma(word)) : null;
                    foreach (var stem in stems)
                    {
                        foreach (var u in units.LatinPostings(stem))
                        {
                            // A unit sharing only the Porter stem ("operations" for "operator") has a related word, not this one.
                            var same = lemma is null || Array.BinarySearch(lemma, u) >= 0 ? 1 : tuning.StemOnlyCredit;
                            found[u] += same / stems.Length;
                        }
                    }

                    for (var u = 0; u < n; u++)
                    {
                        sum[u] += found[u];
                    }
                }
            }

            if (counted == 0)
            {
                continue;
            }

            if (particles > 0)
            {
                var phrase = concept.Alternatives[i];
                for (var u = 0; u < n; u++)
                {
                    if (sum[u] > 0 && WritesPhrase(units.Units[u].Text, phrase))
                    {
                        sum[u] += particles;
                    }
                }

                counted += particles;
            }

            // A term of several words found only scattered over the line ("운영 환경" in "환경에서의 개발 및 운영") is its
            // words meaning other things there, not the term: it counts as much as one of its words.
            if (counted > 1 && tuning.ScatteredTerm < 1)
            {
                for (var u = 0; u < n; u++)
                {
                    if (sum[u] > counted * tuning.ScatteredTerm && !WritesTerm(units.Units[u].Text, words))
                    {
                        sum[u] = counted * tuning.ScatteredTerm;
                    }
                }
            }

            for (var u = 0; u < n; u++)
            {
                var v = credit * sum[u] / counted;
                if (v > best[u])
                {
                    best[u] = v;
                }
            }
        }

        // A formula is written, not named: "Operator = CRD + Controller + Domain Knowledge" is the formula a learner
        // recalls as "operator 공식", while the lines that have the word 공식 mostly mean "official" (공식 문서).
        Raise("formula", _shapes.Formulas, tuning.SynonymCredit);

        // "Name = Part + Part + …" lists the name's components: the line a learner recalls as the operator's 구성요소.
        Raise("components", _shapes.Components, tuning.SynonymCredit);

        // A setting's value is of the kind its shape says (see ValueKinds): "ap-northeast-2a" is the availability zone a
        // learner asks for by that word, not by the key "서브넷 정보" written beside it.
        foreach (var (idea, lines) in _valueKinds.ByName)
        {
            Raise(idea, lines, tuning.ValueKindCredit);
        }

        return best;

        // The lines written in a shape have the idea that names the shape, at the shape's credit, when the concept names it.
        void Raise(string idea, int[] lines, double shapeCredit)
        {
            if (concept.Alternatives.Contains(idea, StringComparer.OrdinalIgnoreCase))
            {
                foreach (var u in lines)
                {
                    best[u] = Math.Max(best[u], shapeCredit);
                }
            }
        }
    }

    /// <summary>The share of a Hangul <paramref name="word"/> a line's text has outside the longer words the glossary
    /// keeps apart from it (<see cref="QuestionConcept.Apart"/>): its longest start, <paramref name="min"/> syllables or
    /// more, written inside a word where none of those begins.</summary>
    private static double ShareApart(string text, string word, int min, IReadOnlyList<string> apart)
    {
        var best = 0.0;
        foreach (var written in QueryText.Words(text))
        {
            for (var length = word.Length; length >= min && length / (double)word.Length > best; length--)
            {
                var piece = word[..length];
                for (var at = written.IndexOf(piece, StringComparison.Ordinal); at >= 0; at = written.IndexOf(piece, at + 1, StringComparison.Ordinal))
                {
                    if (!apart.Any(a => written.AsSpan(at).StartsWith(a, StringComparison.Ordinal)))
                    {
                        best = length / (double)word.Length;
                        break;
                    }
                }
            }
        }

        return best;
    }

    /// <summary>The lines writing a setting's value, each with its kind (<see cref="ValueKinds.Of"/>), and per word naming a
    /// kind the lines writing a value of it: read once from the guides.</summary>
    private readonly ((int Unit, ValueKind Kind)[] Lines, (string Idea, int[] Lines)[] ByName) _valueKinds = ValueKindsOf(units);

    private static ((int Unit, ValueKind Kind)[] Lines, (string Idea, int[] Lines)[] ByName) ValueKindsOf(AnswerIndex units)
    {
        (int Unit, ValueKind Kind)[] lines = [.. units.Units.Where(u => u.Kind != UnitKind.Heading).SelectMany(u => ValueKinds.Of(u.Text).Select(kind => (u.Id, kind)))];
        return (lines, [.. lines.SelectMany(v => v.Kind.Names.Select(idea => (Idea: idea, v.Unit)))
            .GroupBy(x => x.Idea, StringComparer.Ordinal).Select(g => (g.Key, g.Select(x => x.Unit).Distinct().ToArray()))]);
    }

    /// <summary>An aspect of a value's kind the question asks beside its name — the "type" of "볼륨 타입", the "size" of "EC2
    /// size" — is the line's too: "Storage: 20G, gp3" gives the volume type.</summary>
    private void ImplyValueAspects(IReadOnlyList<QuestionConcept> concepts, double[][] own)
    {
        // Loops, not LINQ: this runs for every question over every value line.
        foreach (var (u, kind) in _valueKinds.Lines)
        {
            if (kind.Aspects.Length == 0 || !AnyNames(concepts, kind.Names))
            {
                continue;
            }

            for (var k = 0; k < concepts.Count; k++)
            {
                if (concepts[k].Origin == WordOrigin.Guide && Names(concepts[k], kind.Aspects))
                {
                    own[k][u] = Math.Max(own[k][u], tuning.ValueKindCredit);
                }
            }
        }

        static bool AnyNames(IReadOnlyList<QuestionConcept> concepts, string[] words)
        {
            for (var k = 0; k < concepts.Count; k++)
            {
                if (Names(concepts[k], words))
                {
                    return true;
                }
            }

            return false;
        }

        // Whether one of the concept's alternatives is one of the words (ignoring case, as the glossary compares them).
        static bool Names(QuestionConcept concept, string[] words)
        {
            for (var a = 0; a < concept.Alternatives.Count; a++)
            {
                foreach (var word in words)
                {
                    if (string.Equals(concept.Alternatives[a], word, StringComparison.OrdinalIgnoreCase))
                    {
                        return true;
                    }
                }
            }

            return false;
        }
    }

    /// <summary>A line written as an equation: something, an equals sign, and an arithmetic operator after it.</summary>
    [GeneratedRegex(@"[\p{L}\p{N}\]]\s*=\s*[^=\n]*[+*/×]")]
    private static partial Regex Equation();

    /// <summary>Whether <paramref name="text"/> writes the words of a term in order, each glued to the one before (Korean
    /// compounds: "운영환경") or at most two words after it (coordination: "성능 모니터링 및 최적화"), with endings and
    /// particles: a Korean word by the start the matcher reads (at least half of it), an English word by its stem or as a
    /// start.</summary>
    internal static bool WritesTerm(string text, string[] parts)
    {
        var words = QueryText.Words(text.Replace('-', ' '));
        for (var i = 0; i < words.Length; i++)
        {
            if (!Has(words[i], parts[0], first: true, out var at))
            {
                continue;
            }

            var t = i;
            var ok = true;
            for (var j = 1; j < parts.Length && ok; j++)
            {
                // Glued to the word before (Korean compounds), or in one of the next few words: "성능 모니터링 및 최적화"
                // is 성능 최적화 coordinated, "환경에서의 개발 및 운영" is not 운영 환경.
                if (QueryText.IsHangul(parts[j][0]) && words[t].IndexOf(Start(parts[j]), at, StringComparison.Ordinal) is var glued and >= 0)
                {
                    at = glued + Start(parts[j]).Length;
                    continue;
                }

                ok = false;
                for (var next = t + 1; next < Math.Min(words.Length, t + 1 + TermGap) && !ok; next++)
                {
                    if (Has(words[next], parts[j], first: false, out at))
                    {
                        (t, ok) = (next, true);
                    }
                }
            }

            if (ok)
            {
                return true;
            }
        }

        return false;

        static string Start(string part) => part[..Math.Min(part.Length, Math.Max(2, (part.Length + 1) / 2))];

        static bool Has(string word, string part, bool first, out int end)
        {
            end = word.Length;
            if (QueryText.IsHangul(part[0]))
            {
                var start = Start(part);
                var at = first ? word.IndexOf(start, StringComparison.Ordinal) : word.StartsWith(start, StringComparison.Ordinal) ? 0 : -1;
                end = at + start.Length;
                return at >= 0;
            }

            return word.StartsWith(part, StringComparison.Ordinal) || LatinStems.Of(word).Intersect(LatinStems.Of(part)).Any();
        }
    }

    /// <summary>Most words between two words of a term written together (<see cref="WritesTerm"/>), plus one.</summary>
    private const int TermGap = 3;

    /// <summary>Whether <paramref name="text"/> writes <paramref name="phrase"/> (lower case, words apart by spaces) as
    /// whole words, apart by spaces or hyphens ("Log in", "scale-out").</summary>
    private static bool WritesPhrase(string text, string phrase)
    {
        var words = QueryText.Words(text.Replace('-', ' '));
        var parts = phrase.Split(' ');
        for (var i = 0; i + parts.Length <= words.Length; i++)
        {
            if (words.AsSpan(i, parts.Length).SequenceEqual(parts))
            {
                return true;
            }
        }

        return false;
    }

    private static bool[] Scheduled(AnswerIndex units, CourseMap course)
    {
        var scheduled = new bool[units.Sections.Count];
        for (var s = 0; s < scheduled.Length; s++)
        {
            // Sections come after the section they are in.
            scheduled[s] = course.Schedules(s) || (units.SectionParent[s] >= 0 && scheduled[units.SectionParent[s]]);
        }

        return scheduled;
    }

    /// <summary>A code line that is only a key opening a block ("spec:", "metadata:", "- name:"): structure, not content.</summary>
    private static bool BareKey(AnswerUnit unit) => unit.Kind == UnitKind.CodeLine && BareKeyLine().IsMatch(unit.Text);

    /// <summary>A line of a code fence that is code: no Korean in it. A fence's line with Korean is the guides' prose — a
    /// comment, or an outline written as YAML ("- CNI: Calico (Network Policy 지원)") — and reads as a line of text.</summary>
    private static bool IsCode(AnswerUnit unit) => unit.Kind == UnitKind.CodeLine && !unit.Text.Any(QueryText.IsHangul);

    /// <summary>A fence's line that is an outline's "key: value" written as YAML, not YAML itself: prose (Korean in it, see
    /// <see cref="IsCode"/>), at the block's margin and with no comment ("- CNI: Calico (Network Policy 지원)", the final
    /// project's requirements) — not an indented manifest field with a Korean comment ("  maxReplicas: 2  # 너무 낮은
    /// 최대값") nor a comment line ("# Gateway API - 더 표현력 있는 라우팅").</summary>
    private static bool IsProsePair(AnswerUnit unit) => unit.Kind == UnitKind.CodeLine && !IsCode(unit) && ProsePairLine().IsMatch(unit.Text);

    [GeneratedRegex(@"^(-\s+)?[^\s#:][^#:]*:\s+[^#]+$")]
    private static partial Regex ProsePairLine();

    [GeneratedRegex(@"^\s*(-\s*)?[\w.-]+:\s*$")]
    private static partial Regex BareKeyLine();

    /// <summary>Whether a line has what the question's scaffolding asked for.</summary>
    public static bool Fits(AnswerHint hint, string text) => hint switch
    {
        AnswerHint.Number => Digits().IsMatch(text),
        AnswerHint.Time => TimeWords().IsMatch(text),
        AnswerHint.Name => Names().IsMatch(text),
        _ => false,
    };

    /// <summary>Whether a line is what a question asking for the rest of a list (<see cref="AnswerHint.List"/>: 말고, 또,
    /// 뭐뭐, 세개, besides) wants: a list — items between commas, 또는, "or" — with an item named by a word the question
    /// does not have ("ELK Stack 또는 Loki" for "ELK 말고", "Helm Operator, Ansible Operator" for "helm 말고", "스케줄러
    /// (Filter Scheduler, Chance Scheduler 등)" for "nova 스케줄러 종류 뭐뭐"); a list of only the question's things ("CPU,
    /// Memory 등" for "프로세서랑 메모리 말고") is not the rest of it.</summary>
    private bool ListsMore(int unit, HashSet<string> asked)
    {
        var (names, korean) = _listItems[unit];
        foreach (var name in names)
        {
            if (!asked.Contains(name))
            {
                return true;
            }
        }

        return KoreanListsMore(korean, asked);
    }

    /// <summary>Per unit, what <see cref="ListsMore"/> reads of its text, read once from the guides rather than split
    /// again for every question and line: the names its items open with (<see cref="Names"/>) when it has two items or
    /// more between commas, 또는 or "or" (else none), and the words of its items joined the Korean way (see
    /// <see cref="KoreanListsMore"/>) when it has two or more (else none).</summary>
    private readonly (string[] Names, string[][] Korean)[] _listItems = [.. units.Units.Select(u => ListItemsOf(u.Text))];

    /// <summary>The question's own words, every name of each idea, to tell a list naming more from one naming only them
    /// (<see cref="ListsMore"/>).</summary>
    private static HashSet<string> AskedWords(Question question) =>
        question.Concepts.SelectMany(c => c.Alternatives).SelectMany(a => a.Split(' ')).ToHashSet(StringComparer.OrdinalIgnoreCase);

    private static (string[] Names, string[][] Korean) ListItemsOf(string text)
    {
        var items = ListItems().Split(text);
        var names = items.Length < 2 ? [] : items.Select(item => Names().Match(item)).Where(name => name.Success).Select(name => name.Value).ToArray();
        var korean = KoreanListItems().Split(text.TrimStart(TreeMarks))
            .Select(item => item.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Where(words => words.Length > 0)
            .ToArray();
        return (names, korean.Length < 2 ? [] : korean);
    }

    /// <summary>A list written the Korean way, its items joined by 및 or by 와/과 before a space ("커스텀 필터 및 웨이터 개발"),
    /// names more than the question asks when one item is only the question's words (the thing it has, "커스텀 필터") and
    /// another opens with a Hangul word the question does not have ("웨이터"). Names() sees only capitalised Latin names, so
    /// without this such a line reads as one that only repeats the question. One item of the question's words is required:
    /// "할당 및 제한" beside nothing the question names is not the rest of its list.</summary>
    /// <param name="items">The line's items, as words (<see cref="ListItemsOf"/>).</param>
    private static bool KoreanListsMore(string[][] items, HashSet<string> asked)
    {
        if (items.Length < 2)
        {
            return false;
        }

        bool Asked(string word) => asked.Contains(word) || asked.Any(a => a.Length >= 2 && word.StartsWith(a, StringComparison.OrdinalIgnoreCase));
        return items.Any(words => words.All(Asked))
            && items.Any(words => IsHangul(words[0]) && !Asked(words[0]));
    }

    private static bool IsHangul(string word) => word.Length >= 2 && word.All(QueryText.IsHangul);

    /// <summary>The short list <paramref name="unit"/> is an item of (the lines that hang from the same line, at most
    /// <see cref="AnswerTuning.ShortList"/>) when, read as one line of items, it is what a question asking for the rest of
    /// a list wants, or null. The guides often write a list's items as separate bullets ("Helm Operator", "Ansible
    /// Operator", "Go Operator" under "Operator SDK" for "helm이랑 ansible 말고 다른 타입"), so no one line holds the
    /// things the question names and more: the list does when two or more of its items are only the question's words
    /// (<paramref name="named"/>: the things it names, one a bullet) and one opens with a name the question does not have.
    /// One named bullet is not enough: any list with the question's topic has one, and a line naming it and more answers
    /// it (see <see cref="ListsMore"/>).</summary>
    private IReadOnlyList<int>? ShortListHoldingMore(AnswerUnit unit, HashSet<string> asked, Func<int, bool> named)
    {
        var siblings = unit.Parent >= 0 ? units.Units[unit.Parent].Children : [];
        if (siblings.Count < 2 || siblings.Count > tuning.ShortList || siblings.Any(s => units.Units[s].Kind == UnitKind.CodeLine)
            || siblings.Count(named) < 2)
        {
            return null;
        }

        return siblings.SelectMany(s => ListItems().Split(units.Units[s].Text)).Select(item => ItemName().Match(item.TrimStart(TreeMarks)))
            .Any(name => name.Success && !asked.Contains(name.Groups[1].Value)) ? siblings : null;
    }

    /// <summary>The description <paramref name="unit"/> is a line of — the term it hangs from and that term's lines, at most
    /// <see cref="AnswerTuning.ShortList"/> and none code — or null. A term is a short line that names a thing ("3. Traces
    /// (추적)", "Keycloak"), not a label ending in a colon ("학습 내용:"), whose lines are a list of topics rather than what
    /// one thing is.</summary>
    internal IReadOnlyList<int>? TermDescription(AnswerUnit unit) => _termDescriptions[unit.Id];

    /// <summary>Per unit, <see cref="TermDescription"/>: read once from the guides, not per question and line.</summary>
    private readonly IReadOnlyList<int>?[] _termDescriptions = [.. units.Units.Select(u => DescriptionOf(units, tuning, u))];

    private static IReadOnlyList<int>? DescriptionOf(AnswerIndex units, AnswerTuning tuning, AnswerUnit unit)
    {
        if (unit.Parent < 0 || unit.Kind == UnitKind.CodeLine)
        {
            return null;
        }

        var term = units.Units[unit.Parent];
        var lines = term.Children;
        if (term.Kind is UnitKind.Heading or UnitKind.CodeLine or UnitKind.Row || lines.Count < 2 || lines.Count > tuning.ShortList
            || term.Text.TrimEnd().EndsWith(':') || units.WordCount[term.Id] > TermWords
            || lines.Any(s => units.Units[s].Kind == UnitKind.CodeLine || units.Units[s].Children.Count > 0))
        {
            return null;
        }

        return [term.Id, .. lines];
    }

    /// <summary>Most words of a line read as a term (<see cref="TermDescription"/>): a name and its gloss.</summary>
    private const int TermWords = 4;

    /// <summary>The bullet of <paramref name="section"/> whose items (three or more, each led by a different word) are
    /// each led by a word <paramref name="line"/> has: the list that goes through what the line names at once; or -1.</summary>
    private int Elaboration(int line, int section)
    {
        var unit = units.Units[line];
        if (unit.Kind == UnitKind.CodeLine)
        {
            return -1;
        }

        var words = new HashSet<string>(LineWords().Matches(unit.Text).Select(m => m.Value), StringComparer.OrdinalIgnoreCase);
        foreach (var u in units.UnitsWithin[section])
        {
            var bullet = units.Units[u];
            if (u == line || bullet.Kind != UnitKind.Item || bullet.Brings.Count < 3 || bullet.Brings.Contains(line))
            {
                continue;
            }

            var leads = bullet.Brings.Select(c => LineWords().Match(units.Units[c].Text)).Select(m => m.Success ? m.Value : "").ToArray();
            if (leads.All(w => w.Length >= 2 && words.Contains(w)) && leads.Distinct(StringComparer.OrdinalIgnoreCase).Count() == leads.Length)
            {
                return u;
            }
        }

        return -1;
    }

    /// <summary>The list <paramref name="unit"/> is an item of: the lines that hang from the same line, or its section's
    /// top-level list items (none for a top-level line that is not a list item).</summary>
    private IReadOnlyList<int> Siblings(AnswerUnit unit) => unit.Parent >= 0
        ? units.Units[unit.Parent].Children
        : unit.Kind == UnitKind.Item ? units.SectionUnits[unit.Section].Where(x => units.Units[x].Parent < 0 && units.Units[x].Kind == UnitKind.Item).ToList() : [];

    [GeneratedRegex(@",|또는|\bor\b")]
    private static partial Regex ListItems();

    /// <summary>Where a Korean list joins its items: 및, or the particle 와/과 closing a word.</summary>
    [GeneratedRegex(@"\s및\s|(?<=[가-힣])(?:와|과)\s")]
    private static partial Regex KoreanListItems();

    [GeneratedRegex(@"\d")]
    private static partial Regex Digits();

    [GeneratedRegex(@"\d+\s*(초|분|시간|일|주|개월|달|년|s\b|m\b|h\b|min|sec|hour|day|week|month)|Day\s*\d|매일|매주|주기|마다", RegexOptions.IgnoreCase)]
    private static partial Regex TimeWords();

    [GeneratedRegex(@"\b[A-Z][A-Za-z0-9]+")]
    private static partial Regex Names();

    /// <summary>A list item that opens with a name ("Go Operator", " Memory 등"), its name the group.</summary>
    [GeneratedRegex(@"^([A-Z][A-Za-z0-9]+)")]
    private static partial Regex ItemName();

    /// <summary>A rubric line: it gives points ("(7점)", "(+10 points)"), or hangs from a label that does.</summary>
    private bool Graded(int unit) => _givesPoints[unit] || (units.Units[unit].Parent is var parent and >= 0 && _givesPoints[parent]);

    // Which lines give points, read once: the rubric test runs for every scored line of every question.
    private readonly bool[] _givesPoints = units.Units.Select(u => GradePoints().IsMatch(u.Text)).ToArray();

    /// <summary>Whether the question asks about a graded line's grading: a number ("몇점", "how many points"), or an idea of
    /// its points, of a graded label — the one it hangs from, or itself ("운영성 (25점)": a rubric's category exists only
    /// in the rubric) — or of its section's heading ("배점", "grading", "평가 기준").</summary>
    private bool AsksGrading(Question question, double[][] own, int unit)
    {
        if (question.Hint == AnswerHint.Number)
        {
            return true;
        }

        var line = units.Units[unit];
        var heading = units.HeadingUnit[line.Section];
        for (var k = 0; k < own.Length; k++)
        {
            if ((heading >= 0 && own[k][heading] > 0) || (line.Parent >= 0 && own[k][line.Parent] > 0 && _givesPoints[line.Parent])
                || (line.Children.Count > 0 && own[k][unit] > 0)
                || (own[k][unit] > 0 && PointWord().IsMatch(string.Join(' ', question.Concepts[k].Alternatives.Prepend(question.Concepts[k].Text)))))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Points in parentheses: "(7점)", "(+10점)", "(10 points)", "(5 pts)".</summary>
    [GeneratedRegex(@"\(\+?\d+\s*(점|points?|pts)\)", RegexOptions.IgnoreCase)]
    private static partial Regex GradePoints();

    /// <summary>A word for points among an idea's spellings.</summary>
    [GeneratedRegex(@"(^|\s)(점|점수|points?|pts|score)(\s|$)", RegexOptions.IgnoreCase)]
    private static partial Regex PointWord();

    /// <summary>The hits with their 3rd place read for what it adds (see <see cref="AnswerTuning.DiverseReach"/>): when its
    /// best line has only ideas the 1st and 2nd have, it trades places with the best section within reach below whose best
    /// line has all of its ideas and one neither has. Scores stay and no other place moves, so the tier (read before), the
    /// answer's section and the 2nd do not change.</summary>
    public IReadOnlyList<GuideHit> Diversify(IReadOnlyList<GuideHit> hits, Scores scores)
    {
        var ideas = scores.Context.Length;
        if (tuning.DiverseReach <= 0 || hits.Count < 3 || ideas < 2 || hits.Any(h => h.Unit < 0))
        {
            return hits;
        }

        var covered = new bool[ideas];
        Cover(hits[0].Unit);
        Cover(hits[1].Unit);
        var place = hits[2].Unit;
        if (Adds(place))
        {
            return hits;
        }

        var reach = tuning.DiverseReach * hits[2].Score;
        for (var j = 3; j < hits.Count && hits[j].Score >= reach; j++)
        {
            if (Adds(hits[j].Unit) && Has(hits[j].Unit, place))
            {
                var result = hits.ToArray();
                (result[2], result[j]) = (result[j], result[2]);
                return result;
            }
        }

        return hits;

        bool Matches(int k, int unit) => scores.Context[k][unit] >= 0.5;

        bool Adds(int unit) => Enumerable.Range(0, ideas).Any(k => !covered[k] && Matches(k, unit));

        bool Has(int unit, int other) => Enumerable.Range(0, ideas).All(k => !Matches(k, other) || Matches(k, unit));

        void Cover(int unit)
        {
            for (var k = 0; k < ideas; k++)
            {
                covered[k] |= Matches(k, unit);
            }
        }
    }

    /// <summary>Section scores: the best own line, plus <see cref="AnswerTuning.SectionSpread"/> of what the section's other lines add for ideas the best line lacks
    /// (less in a long section, <see cref="AnswerTuning.SpreadLength"/>). Returns (section, score, best unit) best first.</summary>
    /// <param name="scores">The units' scores.</param>
    /// <param name="scope">A guide to search only, or a guide to prefer (<see cref="AnswerTuning.PreferredGuide"/>).</param>
    /// <param name="lexical">Each section's plain BM25 score as a share of the best (see <see cref="AnswerTuning.LexicalWeight"/>), or null.</param>
    public IReadOnlyList<(int Section, double Score, int Unit)> RankSections(Scores scores, AskScope? scope = null, double[]? lexical = null)
    {
        var result = new List<(int, double, int)>();
        var lineScores = new double[units.Sections.Count];
        var gives = scores.Gives.Length > 0 ? new bool[units.Sections.Count] : null;
        for (var s = 0; s < units.Sections.Count; s++)
        {
            var guide = units.Sections[s].Guide;
            if (scope?.Guide is { } only && guide != only)
            {
                continue;
            }

            // A part the question names, or its guide: the larger (a part of the named guide counted once, as before).
            // A part several guides have, named in the guide named ("networking 체크리스트"), counts both: the guide says where,
            // the part which of its parts.
            var named = Math.Max(InNamedPart(scores, s, x => x != _guides[guide].Title || scores.Guide != guide) ? tuning.NamedPart : 0, scores.Guide == guide ? tuning.NamedGuide : 0);
            if (scores.Guide == guide && InNamedPart(scores, s, x => _sharedParts.Sections[guide].Contains(x)))
            {
                named = tuning.NamedGuide + tuning.NamedPart;
            }

            if (scores.GuideSubject && s == _guides[guide].Title && (scores.Guide == guide || (s < scores.Named.Length && scores.Named[s])))
            {
                named += tuning.GuideSubject;
            }

            var prior = (scope?.PreferredGuide == guide ? 1 + tuning.PreferredGuide : 1) * (1 + (tuning.LexicalWeight * (lexical?[s] ?? 0))) * (1 + named);
            var own = units.SectionUnits[s];
            if (scores.Scope >= 0 && SectionHas(scores, scores.Scope, s))
            {
                prior *= 1 + tuning.ScopeBonus;
            }

            var bestUnit = -1;
            var best = 0.0;
            foreach (var u in own)
            {
                if (scores.Ranked[u] > best)
                {
                    (best, bestUnit) = (scores.Ranked[u], u);
                }
            }

            if (bestUnit < 0)
            {
                continue;
            }

            // A guide's title section introduces the guide: its own line says the title again ("KakaoCloud 컴퓨팅 서비스 개발자
            // 포지션을 위한 스터디 가이드입니다"), while the guide's sections say what it is about ("포지션 개요"). It ranks as a
            // section matched by its heading, so the section under it with the same words comes first.
            var title = _guides[guide].Title == s;
            if (bestUnit == units.HeadingUnit[s] || title)
            {
                best *= tuning.HeadingOnly;
            }

            // A line under a label the question names whole ranks the section as if the label's words were its own: it
            // is the line the rest of the section adds to (the best line shown stays the one ranked without them).
            var anchor = bestUnit;
            foreach (var u in scores.Lift.Length > 0 ? own : [])
            {
                if (scores.Lift[u] > 0)
                {
                    var lifted = (scores.Ranked[u] + scores.Lift[u]) * (title ? tuning.HeadingOnly : 1);
                    if (lifted > best)
                    {
                        (best, anchor) = (lifted, u);
                    }
                }
            }

            // What the section's other lines add: each idea's best in the section beyond what the best line has —
            // less from lines far from the best line (SpreadFar), which are seldom about the same thing, unless the
            // section's heading has the idea too.
            var reach = SpreadReach(own, anchor, units.HeadingUnit[s]);
            var spread = 0.0;
            for (var k = 0; k < scores.Concepts.Count; k++)
            {
                var m = 0.0;
                var about = units.HeadingUnit[s] >= 0 && scores.Context[k][units.HeadingUnit[s]] > 0;
                for (var i = 0; i < own.Count; i++)
                {
                    m = Math.Max(m, scores.Context[k][own[i]] * (about ? 1 : reach[i]));
                }

                spread += scores.Weights[k] * (m - scores.Context[k][anchor]);
            }

            var length = 1 - tuning.SpreadLength + (tuning.SpreadLength * own.Count / _meanSectionLines);
            var score = best + (tuning.SectionSpread * spread / length);

            // A term's description the question's words are spread over ranks the section as one line would — instead of
            // the best line and the spread, which count those lines' ideas already.
            if (scores.Described.Length > 0 && _guides[guide].Title != s)
            {
                foreach (var u in own)
                {
                    score = Math.Max(score, scores.Described[u]);
                }
            }

            result.Add((s, prior * score, bestUnit));
            lineScores[s] = prior * best;
            if (gives is not null)
            {
                // The best line gives the kind asked, or a line near as good does (a label's "HPA 계산 공식:" values under it).
                gives[s] = own.Any(u => scores.Gives[u] && scores.Ranked[u] >= tuning.SiblingLine * scores.Ranked[bestUnit] && u != units.HeadingUnit[s]);
            }
        }

        if (gives is not null)
        {
            SiblingsGivingKind(gives, result);
        }

        return DecidedByLine(result.OrderByDescending(r => r.Item2).ToArray(), lineScores, scores);
    }

    /// <summary>The ranked sections with the one whose best line scores highest among those near the first (see
    /// <see cref="AnswerTuning.LineDecides"/>) in first place: it takes the first's score and the sections it passes move
    /// down one place each with the next one's score, so the scores keep their order and values (the tier and the
    /// runners-up read the same margins).</summary>
    private (int Section, double Score, int Unit)[] DecidedByLine((int Section, double Score, int Unit)[] ranked, double[] lineScores, Scores scores)
    {
        // A first section whose best line is code keeps its place: the block is shown whole, so what its other lines add
        // is in the answer shown ("# Custom Resource Definition" over the manifest's apiVersion).
        // Nor when the question asks for the rest of a list ("other than vxlan", 말고): the first's other lines are the rest.
        if (tuning.LineDecides <= 0 || ranked.Length < 2 || ranked[0].Unit < 0 || units.Units[ranked[0].Unit].Kind == UnitKind.CodeLine
            || scores.Hint == AnswerHint.List)
        {
            return ranked;
        }

        var near = (1 - tuning.LineDecides) * ranked[0].Score;
        var copy = (1 - tuning.CopyDecides) * ranked[0].Score;
        var pick = 0;
        for (var j = 1; j < ranked.Length && ranked[j].Score >= near; j++)
        {
            var line = lineScores[ranked[j].Section];
            if (line <= lineScores[ranked[pick].Section] || ranked[j].Unit < 0 || !Covers(ranked[j].Unit, ranked[0].Unit))
            {
                continue;
            }

            // A clearly better best line; or, nearer still, a near-copy of the first's best line that has one more of the
            // question's ideas (through its own words or its heading's: "이미지 스캔 및 보안 정책" under "구성 도구" for a
            // tool question over "Image Security: 이미지 스캔 필수") — the idea the other copy lacks is what tells them apart.
            if (line > (1 + tuning.LineLead) * lineScores[ranked[0].Section]
                || (tuning.CopyDecides > 0 && ranked[j].Score >= copy && Adds(ranked[j].Unit, ranked[0].Unit)))
            {
                pick = j;
            }
        }

        if (pick == 0)
        {
            return ranked;
        }

        var moved = ranked[pick];

        // Loops, not LINQ: a lambda here allocated its closure for every section compared.
        bool Covers(int unit, int other)
        {
            foreach (var idea in scores.Context)
            {
                if (!(idea[other] < tuning.LineCovers || idea[unit] >= tuning.LineCovers))
                {
                    return false;
                }
            }

            return true;
        }

        bool Adds(int unit, int other)
        {
            foreach (var idea in scores.Context)
            {
                if (idea[other] < tuning.LineCovers && idea[unit] >= tuning.LineCovers)
                {
                    return true;
                }
            }

            return false;
        }

        for (var j = pick; j > 0; j--)
        {
            ranked[j] = (ranked[j - 1].Section, ranked[j].Score, ranked[j - 1].Unit);
        }

        ranked[0] = (moved.Section, ranked[0].Score, moved.Unit);
        return ranked;
    }

    /// <summary>Lowers a section whose best line lacks the kind of thing asked when a sibling's best line (a section under the
    /// same heading) has it and scores near (see <see cref="AnswerTuning.SiblingKind"/>).</summary>
    private void SiblingsGivingKind(bool[] gives, List<(int Section, double Score, int Unit)> result)
    {
        // The best score of a section giving the kind, per parent heading.
        var giving = new Dictionary<int, double>();
        foreach (var (section, score, _) in result.Where(r => gives[r.Section]))
        {
            if (units.SectionParent[section] is var parent and >= 0)
            {
                giving[parent] = Math.Max(giving.GetValueOrDefault(parent), score);
            }
        }

        for (var i = 0; i < result.Count; i++)
        {
            var (section, score, unit) = result[i];
            if (gives[section])
            {
                continue;
            }

            if (units.SectionParent[section] is var parent and >= 0 && giving.TryGetValue(parent, out var best)
                && best >= tuning.SiblingReach * score)
            {
                result[i] = (section, score * (1 - tuning.SiblingKind), unit);
            }
        }
    }

    /// <summary>Per own line of a section, the share of its ideas that count toward the section's spread: 1 near the best
    /// line (within <see cref="AnswerTuning.SpreadNear"/> lines, under the same top line, in the same part of its fence, or
    /// the heading), <see cref="AnswerTuning.SpreadFar"/> elsewhere.</summary>
    private double[] SpreadReach(List<int> own, int bestUnit, int heading)
    {
        var reach = new double[own.Count];
        var at = own.IndexOf(bestUnit);
        var root = _roots[bestUnit];
        var part = units.UnitPart[bestUnit];
        for (var i = 0; i < own.Count; i++)
        {
            var near = bestUnit == heading || own[i] == heading || Math.Abs(i - at) <= tuning.SpreadNear
                || _roots[own[i]] == root || (part >= 0 && units.UnitPart[own[i]] == part);
            reach[i] = near ? 1 : tuning.SpreadFar;
        }

        return reach;
    }

    /// <summary>Per line, the top line it hangs from (itself when it hangs from none): read once, as the spread asks it of
    /// every line of every ranked section for each question.</summary>
    private readonly int[] _roots = units.Units.Select(u =>
    {
        while (u.Parent >= 0)
        {
            u = units.Units[u.Parent];
        }

        return u.Id;
    }).ToArray();

    /// <summary>Whether <paramref name="section"/> or a section above it is a part the question names by a term of two
    /// words or more in its heading ("이벤트 드리븐 파트에"): numbers alone ("2박3일" against "2단계 (3-4개월)") name no part.</summary>
    private bool PartNamedByTerm(Question question, Scores scores, int section) =>
        InNamedPart(scores, section, s => units.HeadingUnit[s] is var heading and >= 0 && Enumerable.Range(0, question.Concepts.Count).Any(k =>
            question.Concepts[k].Text is var text && text.Contains(' ') && !text.Any(char.IsDigit) && scores.Context[k][heading] >= 0.5));

    /// <summary>Whether the best line, or the line it hangs from, is a label the question names whole as the place it
    /// looks in — a list item with items under it ("고가용성 설계" over "장애 격리 (Failure Isolation)", …), every word of it
    /// one of the question's ideas, two of them at least and none a general word or the question's topic, one of them
    /// written as a place (<see cref="NamedAsPlace"/>), while the question asks for a name or a list: "존 하나가 … 안 번지게
    /// 막는거, 고가용성 설계에서 뭐라고 적혀있음" asks what that list calls the thing it describes, as a question naming a
    /// heading does (see <see cref="PartNamedByTerm"/>), and its unknown first word is a thing looked for there ("맥북
    /// 초기화도 고가용성 설계에서 다뤄?" asks no name: its first word stays an unknown topic).</summary>
    private bool LabelNamed(Question question, Scores scores, int best)
    {
        if (scores.Own.Length != question.Concepts.Count || question.Hint is not (AnswerHint.Name or AnswerHint.List))
        {
            return false;
        }

        var topic = question.Topic; // derived from the ideas on each read: once here
        foreach (var label in (int[])[best, units.Units[best].Parent])
        {
            if (label < 0 || units.Units[label].Kind is not (UnitKind.Item or UnitKind.Text) || units.Units[label].Children.Count == 0)
            {
                continue;
            }

            var (ideas, words, place) = (0, 0, false);
            for (var k = 0; k < question.Concepts.Count; k++)
            {
                var concept = question.Concepts[k];
                if (scores.Own[k][label] >= 0.5 && concept.Origin == WordOrigin.Guide && !ReferenceEquals(concept, topic)
                    && !GeneralWords.IsGeneral(concept.Text) && !concept.Text.Any(char.IsDigit))
                {
                    ideas++;
                    words += concept.WordCount;
                    place |= NamedAsPlace(question.Text, concept.Text);
                }
            }

            if (ideas >= 2 && words >= units.WordCount[label] && place)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Words that, after a label's words, say the learner read something there: the locative particle
    /// (에, 에서, 에는 …) or a word for a part of the guides ("… 설계 쪽", "… 설계 파트").</summary>
    private static readonly string[] PlaceMarks = ["에", "쪽", "파트", "부분", "항목", "섹션"];

    /// <summary>Whether <paramref name="word"/> is written in <paramref name="text"/> as a place — right before a
    /// locative particle or a part word ("고가용성 설계에서 뭐라고 적혀있음"), not as what is asked of ("… 설계 어떻게 해").</summary>
    private static bool NamedAsPlace(string text, string word)
    {
        for (var at = text.IndexOf(word, StringComparison.OrdinalIgnoreCase); at >= 0; at = text.IndexOf(word, at + 1, StringComparison.OrdinalIgnoreCase))
        {
            var rest = text.AsSpan(at + word.Length).TrimStart(' ');
            foreach (var mark in PlaceMarks)
            {
                if (rest.StartsWith(mark, StringComparison.Ordinal))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Whether <paramref name="section"/> or a section above it is a part the question names (and, when given,
    /// that <paramref name="also"/> takes).</summary>
    private bool InNamedPart(Scores scores, int section, Func<int, bool>? also = null)
    {
        if (scores.Named.Length == 0)
        {
            return false;
        }

        for (var s = section; s >= 0; s = units.SectionParent[s])
        {
            if (scores.Named[s] && (also is null || also(s)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Mean number of own lines (units) of a section that has any, for <see cref="AnswerTuning.SpreadLength"/>.</summary>
    private readonly double _meanSectionLines = units.SectionUnits.Where(x => x.Count > 0).Select(x => x.Count).DefaultIfEmpty(1).Average();

    /// <summary>The lines of <paramref name="section"/> (with its sub-sections) that answer best, with the lines they
    /// hang from, in document order. When no line matches, the section's opening lines.</summary>
    public IReadOnlyList<AnswerLine> Extract(int section, Scores? scores, AnswerHint hint = AnswerHint.None, string? measure = null, bool asksWebPlace = false)
    {
        var candidates = units.UnitsWithin[section].Where(u => units.Units[u].Kind != UnitKind.Heading).ToArray();
        if (candidates.Length == 0)
        {
            // A section of only sub-sections: their headings are its outline.
            return units.UnitsWithin[section].Select(u => units.Units[u]).Where(u => u.Kind == UnitKind.Heading && u.Section != section)
                .Take(8).Select(u => new AnswerLine(u.Shown, 0, false)).ToArray();
        }

        // The lines to show, most wanted first: the best lines, then the lines around them (see Bounded).
        var chosen = new List<int>();
        List<int> freed = [];
        var best = scores is null ? 0 : candidates.Max(u => scores.Ranked[u]);
        var heading = units.HeadingUnit[section];
        var namesSection = scores is not null && heading >= 0 && scores.Ranked[heading] > best;
        if (namesSection && scores is not null)
        {
            // The question names the section itself ("커리큘럼 정리해줘"): its outline, or its opening lines — unless it
            // names it by a place in the course that a line of it labels ("Day 4 체크포인트" → "Day 4: 보안 & 관리"
            // among the daily checkpoints): that line, with what it brings.
            var place = PlaceLines(candidates, scores);
            if (place.Count > 0)
            {
                return Bounded([.. place, .. place.SelectMany(u => units.Units[u].Brings)], section);
            }

            // Its outline — unless a line in one of its parts also has an idea the heading has not, and scores close
            // to the heading (AsksBeyondHeading): the question names the section and then asks of something in it ("session 2,
            // event-driven autoscaling: which tool" → "KEDA 이벤트 기반 스케일링" under its 필수 요소), and that line
            // answers, not the parts' headings.
            var outline = units.UnitsWithin[section].Select(u => units.Units[u]).Where(u => u.Kind == UnitKind.Heading && units.SectionParent[u.Section] == section).Take(8).ToArray();
            var beyond = AsksBeyondHeading(candidates, scores, heading, best);
            if (outline.Length > 0 && !beyond)
            {
                return outline.Select(u => new AnswerLine(u.Shown, 0, false)).ToArray();
            }

            // So with no parts too: the best line answers rather than the opening lines ("… checklist item about OS
            // images" → "Linux OS 이미지 관리 가능", past the first six of the checklist).
            if (beyond)
            {
                namesSection = false;
            }
            else
            {
                best = 0;
            }
        }

        if (best > 0)
        {
            // Code is shown by the piece it is in (the block, or a long block's part), so a piece is weighed as one line:
            // a manifest writes the question's words on lines of their own ("# HPA (Horizontal Pod Autoscaler)", "name:
            // cpu", "averageUtilization: 70"), none of which alone comes close to a prose line with two of them.
            var wanted = PieceScores(candidates, scores!, hint, measure);
            var kept = candidates.Where(u => wanted[u] >= tuning.KeepShare * best).OrderByDescending(u => wanted[u]).ThenBy(u => u).ToArray();
            chosen.AddRange(kept.Take(tuning.MaxLines));
            freed = FreedLines(kept, section);

            // A question naming the language of the guides' code ("HPA 예제 yaml에서 cpu 목표 …") asks for the code,
            // though a prose line may share more of its words ("목표 CPU: 50%" in the worked example): the section's best
            // line of a block in that language comes right after the best line, and brings its block (or part).
            if (CodeAsked(scores!, candidates) is var code and >= 0)
            {
                chosen.Insert(1, code);
            }

            chosen.AddRange(Uncovered(candidates, scores!, chosen));

            // "팀 몇명씩 짜? 그리고 Day 3-4 에는 …" asks a number of a unit (명) besides what the best line answers: when
            // no line kept gives a number of it, the section's best line that does ("팀 구성: 2-3명씩 팀 구성") comes
            // right after the best line — one that shares some of the question beyond what every line has.
            if (GivesMeasure(candidates, scores!, hint, measure, chosen) is var gives and >= 0)
            {
                chosen.Insert(1, gives);
            }

            // A kept line that only labels what is under it ("추가 학습 자료:", "학습 목표:") says nothing alone: its
            // items are what it answers with, so they follow it at once rather than after the best line's short list,
            // where the bound cut the second of two further-reading links for "로드밸런서 참고문서".
            for (var i = chosen.Count - 1; i >= 0; i--)
            {
                if (units.Units[chosen[i]] is { Kind: not UnitKind.CodeLine, Brings.Count: > 0 } label && label.Text.TrimEnd().EndsWith(':'))
                {
                    chosen.InsertRange(i + 1, label.Brings);
                }
            }
        }
        else
        {
            // The section as a whole is the answer (its heading is what the question names, or nothing matched): its
            // opening lines, a short list whole ("2단계: 중급" and its four items).
            // A section that is one flat list (a checklist: its items and nothing under them) is shown whole, up to
            // the bound: "what's on the checklist" asks for every item, and the sixth-line cut left out the seventh.
            var tops = candidates.Where(u => units.Units[u].Parent < 0 || !candidates.Contains(units.Units[u].Parent)).ToArray();
            var flat = tops.Length == candidates.Length && tops.Length > OpeningLines && tops.Length <= tuning.MaxShownLines
                && tops.All(u => units.Units[u].Kind == UnitKind.Item);
            if (flat)
            {
                chosen.AddRange(tops);
            }
            else
            {
                var length = 0;
                foreach (var u in tops.Take(OpeningLines))
                {
                    length += units.Units[u].Text.Length;
                    if (chosen.Count > 0 && length > OpeningChars)
                    {
                        break;
                    }

                    chosen.Add(u);
                }
            }
        }

        // A question asking where a thing is on the web ("which official site is linked for the spec", "켈시 하이타워
        // 레포") is answered by a link the section cites, whose line shares little of the question ("CNI 공식 문서
        // (https://www.cni.dev/)"): when no line shown so far writes one, the section's best line that does comes second.
        if (asksWebPlace && scores is not null && !chosen.Take(tuning.MaxLines).Any(u => WritesLink(units.Units[u].Text))
            && candidates.Where(u => units.Units[u].Kind != UnitKind.CodeLine && WritesLink(units.Units[u].Text))
                .OrderByDescending(u => scores.Ranked[u]).ThenBy(u => u).FirstOrDefault(-1) is var link and >= 0)
        {
            chosen.Insert(Math.Min(1, chosen.Count), link);
        }

        // The best line labelling a long block of parts ("3가지 오토스케일링:" over the HPA's, the VPA's and the cluster
        // autoscaler's manifests) names what the parts are together: every part comes right after it, not only those
        // sharing the question's words — as a label brings the few lines under it.
        if (best > 0 && LabelledParts(chosen[0], section) is { Count: > 0 } labelled)
        {
            chosen.InsertRange(1, labelled);
        }

        // The best line in a short list (an outline branch, a bullet's two to four items): the whole list, so the item
        // beside the one that shares the question's words — often the answer ("which log collectors …" → "Fluent Bit,
        // Fluentd 사용" beside "DaemonSet으로 로그 수집기 배포") — is not cut out.
        if (best > 0 && ShortListOf(chosen[0], section) is { } list)
        {
            chosen.AddRange(list);
        }

        // Two kept lines that are items of one list name a stretch of it ("상태관리 다음에 모듈 작성 그다음에" → "State
        // 관리", "Module 작성"): the item right after the last of them is what comes next, and often what is asked.
        if (best > 0 && NextAfterStretch(chosen.Take(tuning.MaxLines).ToArray(), section) is var next and >= 0)
        {
            chosen.Insert(Math.Min(chosen.Count, tuning.MaxLines), next);
        }

        // A step of a numbered procedure ("1. 사용자가 Custom Resource 생성") names where it is; what happens there is
        // in the steps after it ("2. Controller가 변경 사항 감지 (Watch)" … "4. 필요한 작업 수행 (Reconcile)"): each best
        // line that is a step brings the rest of the procedure, next step first.
        if (best > 0)
        {
            foreach (var u in chosen.Take(tuning.MaxLines).ToArray())
            {
                chosen.AddRange(StepsAfter(u, section));
            }
        }

        // "What else …": the rest of the short list the best line is in.
        if (hint == AnswerHint.List && best > 0)
        {
            foreach (var u in chosen.ToArray())
            {
                var unit = units.Units[u];
                var siblings = Siblings(unit);
                if (siblings.Count <= 8 && unit.Kind != UnitKind.CodeLine)
                {
                    chosen.AddRange(siblings);
                }
            }

            // A best line that names several things at once ("Region/Availability Zone/Cell/Rack 단위 인프라 설계") is
            // often elaborated by a list of the same section, one item per thing ("Region 설계", "Availability Zone (AZ)
            // 설계", "Cell 아키텍처", "Rack 단위 관리"): asked for what they are, that list answers, so it comes right after.
            if (Elaboration(chosen[0], section) is var elaborated and >= 0)
            {
                chosen.InsertRange(1, [elaborated, .. units.Units[elaborated].Brings]);
            }
        }

        // The section as a whole answers, shown by its opening lines and what they bring; its best line that has lines
        // under it — close to the heading's score — still brings them, right after the opening lines and before what
        // those bring: "cncf projects i should poke at" names "CNCF 오픈소스 프로젝트 기여", whose "주요 CNCF 프로젝트
        // 탐색" lists them, and a question naming the section and then its own topic ("… 파트에 서비스들 서로 찾는거")
        // is answered there, not by the opening lines' items (the bound cut the last of the list). Not a label of code:
        // a block counts as one line of the bound, and the final project's requirements are 27 lines.
        if (namesSection && candidates.Where(u => units.Units[u].Brings is { Count: > 0 } under && under.All(x => units.Units[x].Kind != UnitKind.CodeLine)
                    && scores!.Ranked[u] >= tuning.KeepShare * scores.Ranked[heading])
                .OrderByDescending(u => scores!.Ranked[u]).FirstOrDefault(-1) is var lister and >= 0)
        {
            chosen.Add(lister);
            chosen.AddRange(units.Units[lister].Brings);
        }

        // A label or bullet that answers brings the few lines under it (a list's items, an outline's branches).
        foreach (var u in chosen.ToArray())
        {
            chosen.AddRange(units.Units[u].Brings);
        }

        // The other best lines' short lists too, last: what room the bound leaves.
        if (best > 0)
        {
            foreach (var u in chosen.Take(tuning.MaxLines).Skip(1).ToArray())
            {
                if (ShortListOf(u, section) is { } other)
                {
                    chosen.AddRange(other);
                }
            }

            // A settings list — most of its lines "setting: value", as the lab servers' "Storage: 20G, gp3", "로그인 정보:
            // ubuntu / ubuntu", "인스턴스 유형: t2.medium" under "Amazon EC2 만들기" — is a table: the learner names the
            // setting in words of their own ("disk size", "username and password"), so the line that shares the
            // question's words is as often the one beside the answer. The best line in it, or labelling it, brings it
            // whole, last: what room the bound leaves.
            if (SettingsList(chosen[0], section) is { } settings)
            {
                chosen.AddRange(settings);
            }

            // The kept lines past the first few, in the places of those that said nothing of their own (FreedLines):
            // each on its own, not with the lines under it — what room is left is for lines that answer.
            chosen.AddRange(freed);
        }

        return Bounded(chosen, section, best > 0 ? AboveFloor(candidates, scores!) : null);
    }

    /// <summary>For a question asking a number of <paramref name="measure"/> (<see cref="AnswerHint.Number"/>), when none
    /// of <paramref name="chosen"/> (or a line one hangs from) gives one: the best-scoring line among
    /// <paramref name="candidates"/> (not code, scoring above the section's floor) that does (<see cref="Measure.Gives"/>);
    /// -1 otherwise.</summary>
    private int GivesMeasure(int[] candidates, Scores scores, AnswerHint hint, string? measure, List<int> chosen)
    {
        if (hint != AnswerHint.Number || measure is null)
        {
            return -1;
        }

        // A kept line shows the lines it hangs from ("고급 기능 구현 (+10점)" over "Service Mesh (Istio) 적용").
        foreach (var u in chosen)
        {
            for (var a = u; a >= 0; a = units.Units[a].Parent)
            {
                if (Measure.Gives(measure, units.Units[a].Text))
                {
                    return -1;
                }
            }
        }

        var above = ScoresAboveFloor(candidates, scores);
        return candidates.Where(u => above(u) && units.Units[u].Kind != UnitKind.CodeLine && Measure.Gives(measure, units.Units[u].Text))
            .OrderByDescending(u => scores.Ranked[u]).ThenBy(u => u).FirstOrDefault(-1);
    }

    /// <summary>The candidate lines that have more of the question than every line of the section has (what the
    /// section's heading and path give them all), and the lines hanging right under one of those ("Namespace 및 Cgroups"
    /// under "Linux Kernel 가상화" for a question on the kernel's container isolation): the lines <see cref="Bounded"/>
    /// keeps first when the room runs out.</summary>
    private HashSet<int> AboveFloor(int[] candidates, Scores scores)
    {
        var above = ScoresAboveFloor(candidates, scores);
        return [.. candidates.Where(u => above(u) || (units.Units[u].Parent is var p and >= 0 && units.Units[u].Kind != UnitKind.CodeLine && above(p)))];
    }

    /// <summary>Whether a line scores above the section's floor: the lowest ranking score among its
    /// <paramref name="candidates"/>, what every line of it has through the section's heading and path alone.</summary>
    private static Func<int, bool> ScoresAboveFloor(int[] candidates, Scores scores)
    {
        var floor = candidates.Min(u => scores.Ranked[u]);
        return u => scores.Ranked[u] > floor + 1e-9;
    }

    /// <summary>Whether the best of <paramref name="candidates"/> (scoring <paramref name="best"/>) scores at least
    /// <see cref="AnswerTuning.KeepShare"/> of the section's <paramref name="heading"/> and has an idea of the question
    /// at least half (in its words or its part's heading: "이벤트드리븐" is half of "이벤트 기반") and more than the
    /// heading has it: the question asks of a thing inside the section it names. A general word counts too: "event
    /// driven" is two everyday English words.</summary>
    private bool AsksBeyondHeading(int[] candidates, Scores scores, int heading, double best)
    {
        if (best < tuning.KeepShare * scores.Ranked[heading])
        {
            return false;
        }

        var top = candidates.Where(u => scores.Ranked[u] >= best - 1e-9).ToArray();
        for (var k = 0; k < scores.Context.Length; k++)
        {
            var ctx = scores.Context[k];
            if (scores.Weights[k] > 0 && top.Any(u => ctx[u] >= BeyondHeadingShare && ctx[u] > ctx[heading] + 1e-9))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>How much of an idea a line needs for <see cref="AsksBeyondHeading"/>.</summary>
    private const double BeyondHeadingShare = 0.5;

    /// <summary>Kept lines beyond the first <see cref="AnswerTuning.MaxLines"/>, most wanted first, one for each of those
    /// that a better one already brings along — the best line's short list, the items under a kept label, the line a
    /// kept item hangs from: that line is shown with the other anyway and said nothing of its own. They come last, as
    /// far as the bound leaves room, since the lines the first ones bring are closer to what was asked. The four items
    /// of "멀티 레벨 아키텍처" (each sharing the question's words) filled the five places and left out the one line that
    /// names the levels together ("Region/Availability Zone/Cell/Rack 단위 인프라 설계").</summary>
    private List<int> FreedLines(IReadOnlyList<int> ordered, int section)
    {
        var covered = new HashSet<int>();
        var freed = 0;
        var extra = new List<int>();
        for (var i = 0; i < ordered.Count; i++)
        {
            var u = ordered[i];
            if (covered.Contains(u))
            {
                freed += i < tuning.MaxLines ? 1 : 0;
                continue;
            }

            if (i >= tuning.MaxLines)
            {
                if (extra.Count == freed)
                {
                    break;
                }

                extra.Add(u);
            }

            covered.Add(u);
            covered.UnionWith(units.Units[u].Brings);
            for (var p = units.Units[u].Parent; p >= 0; p = units.Units[p].Parent)
            {
                covered.Add(p);
            }

            if (i == 0 && ShortListOf(u, section) is { } list)
            {
                covered.UnionWith(list);
            }
        }

        return extra;
    }

    /// <summary>For each idea of the question (not a general word: "설정", "방법" name no line of their own to show) that
    /// the best lines have no more than every line of the section has (what the section's heading gives them all), the
    /// section's best line having it by its own words, if one does: the question asks for that idea too, and the lines
    /// sharing its other words do not answer it. "which network plugins
    /// for pods" — "Pod 네트워킹" wins with "pods" and the heading's "CNI", so "CNI (Container Network Interface)", which
    /// brings "주요 CNI 플러그인 (Calico, Flannel, Cilium 등)", comes after it.</summary>
    private IEnumerable<int> Uncovered(int[] candidates, Scores scores, List<int> chosen)
    {
        for (var k = 0; k < scores.Context.Length; k++)
        {
            var ctx = scores.Context[k];
            var floor = candidates.Min(u => ctx[u]);
            if (scores.Weights[k] <= 0 || GeneralWords.IsGeneral(scores.Concepts[k].Text) || chosen.Any(u => ctx[u] > floor))
            {
                continue;
            }

            // Not a line of code: it would bring its block, which is shown when the question asks for code (CodeAsked).
            var own = candidates.Where(u => ctx[u] > floor && ctx[u] >= tuning.SynonymCredit - 1e-9 && units.Units[u].Kind != UnitKind.CodeLine).OrderByDescending(u => scores.Ranked[u]).ThenBy(u => u).FirstOrDefault(-1);
            if (own >= 0)
            {
                yield return own;
            }
        }
    }

    /// <summary>How much each of <paramref name="candidates"/> is wanted in an answer: its score, except that the best
    /// code line of each piece shown whole (a block, or a part of a long one) scores as the piece — per idea, the best of
    /// its lines, with the bonus for the asked-for kind when one of its lines is of it — when that is more; the piece's
    /// other lines then score nothing, being shown with it. Keyed by unit.</summary>
    private Dictionary<int, double> PieceScores(int[] candidates, Scores scores, AnswerHint hint, string? unit)
    {
        var wanted = candidates.ToDictionary(u => u, u => scores.Ranked[u]);
        foreach (var piece in candidates.Where(u => units.Units[u].Kind == UnitKind.CodeLine).GroupBy(Piece))
        {
            var lines = piece.ToArray();
            var top = lines.MaxBy(u => scores.Ranked[u]);
            var score = 0.0;
            for (var k = 0; k < scores.Weights.Length; k++)
            {
                score += scores.Weights[k] * lines.Max(u => scores.Context[k][u]);
            }

            score *= 1 + (unit is not null && hint == AnswerHint.Number ? lines.Any(u => Measure.Gives(unit, units.Units[u].Text)) ? tuning.MeasureBonus : 0
                : lines.Any(u => FitsLine(hint, u)) ? tuning.HintBonus : 0);
            if (lines.Length > 1 && score > wanted[top])
            {
                foreach (var u in lines)
                {
                    wanted[u] = u == top ? score : 0;
                }
            }
        }

        return wanted;
    }

    /// <summary>When <paramref name="unit"/> is a prose line (not code) that a long fence of several parts hangs from (its
    /// label), one line of each part, within <paramref name="section"/>; empty otherwise.</summary>
    private List<int> LabelledParts(int unit, int section)
    {
        var line = units.Units[unit];
        if (line.Kind == UnitKind.CodeLine || line.Children.FirstOrDefault(c => units.Units[c].Kind == UnitKind.CodeLine, -1) is var first && first < 0
            || Piece(first) is not { Part: >= 0 } piece)
        {
            return [];
        }

        return [.. units.UnitsWithin[section].Select(u => units.Units[u]).Where(u => u.Block == piece.Block && u.Kind == UnitKind.CodeLine)
            .GroupBy(u => units.UnitPart[u.Id]).Select(g => g.First().Id)];
    }

    /// <summary>The piece of code a code line is shown in: its block, or its part of a long block (see <see cref="Lines"/>).</summary>
    private (int Block, int Part) Piece(int unit)
    {
        var block = units.Units[unit].Block;
        return units.BlockParts[block].Length > 1 && units.Blocks[block].Count(c => c == '\n') >= LongBlockLines ? (block, units.UnitPart[unit]) : (block, -1);
    }

    /// <summary>The best-scoring code line among <paramref name="candidates"/> whose block is in a language the
    /// question names as one of its words ("yaml"), or -1.</summary>
    private int CodeAsked(Scores scores, int[] candidates)
    {
        var named = scores.Concepts.Select(c => c.Text).Where(units.CodeLanguages.Contains).ToHashSet(StringComparer.Ordinal);
        return named.Count == 0 ? -1 : candidates
            .Where(u => units.Units[u] is { Kind: UnitKind.CodeLine, Block: >= 0 } line && named.Contains(units.BlockLanguages[line.Block]) && scores.Ranked[u] > 0)
            .OrderByDescending(u => scores.Ranked[u]).FirstOrDefault(-1);
    }

    /// <summary>The short list <paramref name="unit"/> is in, within <paramref name="section"/>: the lines under its line
    /// (<see cref="AnswerTuning.ShortList"/> or fewer, not code), or — when its section's heading is a bold list item
    /// (<see cref="AnswerUnit.IsListLabel"/>) over only two to four items — that section's items: "커스텀 메트릭 스케일링"
    /// over "Prometheus Adapter 설치", "애플리케이션 메트릭 기반 HPA", … is a section of its own but the same list as a
    /// bullet's. A section under a real heading is not one list: its Fun Facts are facts about different things. Null
    /// otherwise.</summary>
    private IReadOnlyList<int>? ShortListOf(int unit, int section)
    {
        var line = units.Units[unit];
        if (line.Kind == UnitKind.CodeLine)
        {
            return null;
        }

        if (line.Parent >= 0)
        {
            var parent = units.Units[line.Parent];
            return units.IsWithin(parent.Section, section) && parent.Children.Count <= tuning.ShortList ? parent.Children : null;
        }

        var label = units.HeadingUnit[line.Section];
        if (line.Kind != UnitKind.Item || label < 0 || !units.Units[label].IsListLabel)
        {
            return null;
        }

        var items = units.SectionUnits[line.Section].Where(x => units.Units[x].Kind != UnitKind.Heading).ToArray();
        return items.Length >= 2 && items.Length <= tuning.ShortList
            && items.All(x => units.Units[x] is { Kind: UnitKind.Item, Parent: < 0 }) ? items : null;
    }

    /// <summary>The item right after the last of <paramref name="kept"/> in a list two or more of them are items of
    /// (within <paramref name="section"/>, not code), when it is not kept itself; -1 when there is none.</summary>
    private int NextAfterStretch(IReadOnlyList<int> kept, int section)
    {
        // A list is the lines under one line, or a section's own top-level items ("3단계: 고급" and its three steps).
        foreach (var group in kept.Where(u => units.Units[u] is { Kind: not UnitKind.CodeLine } line && (line.Parent >= 0 || line.Kind == UnitKind.Item))
            .GroupBy(u => units.Units[u].Parent >= 0 ? units.Units[u].Parent : -1 - units.Units[u].Section).Where(g => g.Count() >= 2))
        {
            var siblings = Siblings(units.Units[group.First()]).ToList();
            var last = group.Max(u => siblings.IndexOf(u));
            if (last >= 0 && last + 1 < siblings.Count && siblings[last + 1] is var next && !kept.Contains(next) && units.IsWithin(units.Units[next].Section, section))
            {
                return next;
            }
        }

        return -1;
    }

    /// <summary>The settings list <paramref name="unit"/> is in or labels, within <paramref name="section"/>: the lines
    /// under one line (the thing they set up; a section's own top-level lines, as its Fun Facts, are facts about
    /// different things), three or more, none code, two thirds or more of them written "setting: value" (a colon after
    /// one to four words), or null.</summary>
    private IReadOnlyList<int>? SettingsList(int unit, int section)
    {
        var line = units.Units[unit];
        foreach (var list in (IReadOnlyList<int>[])[line.Children, line.Parent >= 0 ? units.Units[line.Parent].Children : []])
        {
            if (list.Count >= MinSettings && list.All(x => units.Units[x].Kind != UnitKind.CodeLine && units.IsWithin(units.Units[x].Section, section))
                && 3 * list.Count(x => _subjects[x] is not null && units.Units[x].Text.AsSpan().IndexOfAny(Colons) > 0) >= 2 * list.Count)
            {
                return list;
            }
        }

        return null;
    }

    /// <summary>Fewest lines of a settings list (<see cref="SettingsList"/>): fewer are a short list, brought whole anyway.</summary>
    private const int MinSettings = 3;

    /// <summary>The lines among <paramref name="candidates"/> that write a place in the course the question names as its
    /// words ("Day 4", "3주차"): the roadmap puts the place at the section, the line says which part of it is that place.</summary>
    private List<int> PlaceLines(int[] candidates, Scores scores)
    {
        var places = scores.Concepts.Where(c => c.Sections.Count > 0).Select(c => c.Text).ToArray();
        return places.Length == 0 ? [] : [.. candidates.Where(u => units.Units[u].Kind != UnitKind.CodeLine && places.Any(p => WritesPlace(units.Units[u].Text, p)))];
    }

    /// <summary>Whether <paramref name="text"/> writes <paramref name="place"/> ("day 4") as its own words: "Day 4:" or
    /// "Day 4 …", not "Day 40" nor "Day 3-4".</summary>
    private static bool WritesPlace(string text, string place)
    {
        var at = text.IndexOf(place, StringComparison.OrdinalIgnoreCase);
        return at >= 0 && (at == 0 || !char.IsLetterOrDigit(text[at - 1]) && text[at - 1] != '-')
            && (at + place.Length == text.Length || !char.IsLetterOrDigit(text[at + place.Length]));
    }

    /// <summary>The steps after <paramref name="unit"/> in its numbered procedure, in order, within
    /// <paramref name="section"/>: the rest of a procedure of single lines (at most <see cref="AnswerUnit.FewLines"/>),
    /// but only the next step of one whose steps have lines under them — there a step is a part's label ("2.
    /// 애플리케이션 워크로드" over its manifest), and the parts after it are other topics. None when it is no step.</summary>
    private List<int> StepsAfter(int unit, int section)
    {
        var steps = new List<int>();
        for (var (at, next) = (unit, NextStep(unit)); next >= 0 && steps.Count < AnswerUnit.FewLines && units.IsWithin(units.Units[next].Section, section); (at, next) = (next, NextStep(next)))
        {
            steps.Add(next);
            if (units.Units[at].Children.Count > 0 || units.Units[next].Children.Count > 0)
            {
                break;
            }
        }

        return steps;
    }

    /// <summary>The step after <paramref name="unit"/> when it is a step of a numbered procedure — a line opening with its
    /// number ("3. …", "- 3) …") followed, under the same line or label, by the line numbered one more; -1 otherwise.</summary>
    private int NextStep(int unit)
    {
        var line = units.Units[unit];
        if (line.Kind is UnitKind.Heading or UnitKind.CodeLine || StepNumber(line.Text) is not { } number)
        {
            return -1;
        }

        // The next line hanging from the same line (a step's own sub-lines come between), in the same section.
        var next = unit + 1;
        while (next < units.Units.Count && units.Units[next].Section == line.Section && units.Units[next].Parent != line.Parent)
        {
            next++;
        }

        return next < units.Units.Count && units.Units[next] is var after && after.Parent == line.Parent && after.Section == line.Section
            && after.Kind == line.Kind && StepNumber(after.Text) == number + 1 ? next : -1;
    }

    /// <summary>The number a line of a numbered procedure opens with ("3. …", "3) …", after outline marks), or null.</summary>
    private static int? StepNumber(string text) =>
        StepLine().Match(text) is { Success: true } m && int.TryParse(m.Groups[1].ValueSpan, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : null;

    [GeneratedRegex(@"^[\s├└│─*•-]*(\d{1,2})[.)]\s")]
    private static partial Regex StepLine();

    /// <summary>The display lines of the wanted units, taken most wanted first while the answer stays within
    /// <see cref="AnswerTuning.MaxShownLines"/> lines (the first unit always shown): a reply read in a chat, not the
    /// section again. When the room runs out and <paramref name="answering"/> is given, the wanted lines that have
    /// something of the question (its words beyond what the section's heading gives every line, or under a line that
    /// has them) are taken before those that only fill in around them, each kind in its order: "what kinds of gRPC call
    /// styles" kept "gRPC 개발" and brought the items of the lists beside it ("RESTful API 설계", "API 게이트웨이 구성"),
    /// which took the room of "스트리밍 (Unary, Server Streaming, …)" under it.</summary>
    private List<AnswerLine> Bounded(List<int> wanted, int section, HashSet<int>? answering = null)
    {
        var (lines, cut) = Greedy(wanted, section);
        if (!cut || answering is null || wanted.Count < 2)
        {
            return lines;
        }

        List<int> first = [wanted[0], .. wanted.Skip(1).Where(answering.Contains), .. wanted.Skip(1).Where(u => !answering.Contains(u))];
        return Greedy(first, section).Lines;
    }

    /// <summary>The display lines of <paramref name="wanted"/> taken in order while they stay within the bound (see
    /// <see cref="Bounded"/>), and whether one was left out.</summary>
    private (List<AnswerLine> Lines, bool Cut) Greedy(List<int> wanted, int section)
    {
        var shown = new SortedSet<int>();
        var lines = new List<AnswerLine>();
        var cut = false;
        foreach (var u in wanted)
        {
            if (!shown.Add(u))
            {
                continue;
            }

            var next = Lines(shown, section);
            if (shown.Count > 1 && tuning.MaxShownLines > 0 && next.Count > tuning.MaxShownLines)
            {
                shown.Remove(u);
                cut = true;
                continue;
            }

            lines = next;
        }

        return (lines, cut);
    }

    /// <summary>The line a related section is shown by: <paramref name="unit"/>, its best — or, when that is its heading,
    /// the first line under it in its section (the section as a whole is what comes close); -1 for a section without lines.
    /// A question asking for the rest of a list (<see cref="AnswerHint.List"/>: besides, 말고, 뭐뭐) is answered by the
    /// items beside its best line, not that line: an item of a few under one line is shown by that line, which brings
    /// them ("besides CRDs" → "Kubernetes Controller 개발: Controller 패턴 이해, Informer 및 Workqueue, …") — unless it
    /// has a list of its own under it, which it brings ("Operator SDK: …, Helm Operator, Ansible Operator, Go Operator").</summary>
    public int FirstLine(int unit, AnswerHint hint = AnswerHint.None)
    {
        if (unit < 0 || unit >= units.Units.Count)
        {
            return -1;
        }

        var (at, section) = (unit, units.Units[unit].Section);
        while (at < units.Units.Count && units.Units[at].Kind == UnitKind.Heading && units.IsWithin(units.Units[at].Section, section))
        {
            at++;
        }

        if (at >= units.Units.Count || !units.IsWithin(units.Units[at].Section, section))
        {
            return -1;
        }

        return hint == AnswerHint.List && units.Units[at].Brings.Count == 0 && units.Units[at].Parent is var parent and >= 0 && units.Units[parent].Brings.Contains(at)
            && units.IsWithin(units.Units[parent].Section, section) ? parent : at;
    }

    /// <summary>A close runner-up's next best lines after <paramref name="shown"/> (see <see cref="AnswerTuning.RunnerUpShare"/>):
    /// lines of <paramref name="section"/> (with its sub-sections) scoring at least <see cref="AnswerTuning.KeepShare"/>
    /// of its best, best first, at most <see cref="AnswerTuning.RunnerUpLines"/>, in document order — none a line another
    /// brings along, and no code (shown whole or not at all: the link leads to it).</summary>
    public IReadOnlyList<int> RunnerUp(int section, Scores scores, int shown)
    {
        var candidates = units.UnitsWithin[section].Where(u => units.Units[u].Kind is not (UnitKind.Heading or UnitKind.CodeLine)).ToArray();
        if (candidates.Length == 0 || shown < 0)
        {
            return [];
        }

        var best = candidates.Max(u => scores.Ranked[u]);
        var taken = new List<int>();
        var covered = new HashSet<int>(units.Units[shown].Brings) { shown };
        foreach (var u in candidates.Where(u => scores.Ranked[u] > 0 && scores.Ranked[u] >= tuning.KeepShare * best).OrderByDescending(u => scores.Ranked[u]))
        {
            if (taken.Count == tuning.RunnerUpLines)
            {
                break;
            }

            if (covered.Contains(u) || units.Units[u].Brings.Any(covered.Contains))
            {
                continue;
            }

            taken.Add(u);
            covered.Add(u);
            covered.UnionWith(units.Units[u].Brings);
        }

        return [.. taken.Order()];
    }

    /// <summary>Most top-level lines shown when the section as a whole answers, and about how many characters.</summary>
    public const int OpeningLines = 6;

    public const int OpeningChars = 400;

    /// <summary>A fence of this many lines or more is shown by its parts (see <see cref="AnswerIndex.BlockParts"/>).</summary>
    public const int LongBlockLines = 12;

    /// <summary>The whole section with its sub-sections (their headings included) as display lines, in document order:
    /// what <c>/section</c> pages through, drawn by the same code as an answer's lines.</summary>
    public IReadOnlyList<AnswerLine> Whole(int section) =>
        Lines(units.UnitsWithin[section].Where(u => !(units.Units[u].Kind == UnitKind.Heading && units.Units[u].Section == section)), section, whole: true);

    /// <summary>Chosen units with their ancestors (inside the section), in document order, as display lines.</summary>
    /// <param name="chosen">The units to show.</param>
    /// <param name="section">The section they are shown from.</param>
    /// <param name="whole">Code blocks whole even when long (paging a section rather than answering).</param>
    private List<AnswerLine> Lines(IEnumerable<int> chosen, int section, bool whole = false)
    {
        var all = new SortedSet<int>();
        foreach (var u in chosen)
        {
            for (var a = u; a >= 0 && units.IsWithin(units.Units[a].Section, section); a = units.Units[a].Parent)
            {
                all.Add(a);
            }
        }

        var lines = new List<AnswerLine>();
        var shownBlocks = new HashSet<int>();
        var shownParts = new HashSet<(int Block, int Part)>();
        foreach (var u in all)
        {
            var unit = units.Units[u];
            if (unit.Kind == UnitKind.CodeLine)
            {
                // Code is shown whole: a chosen code line brings its whole block, once — or, in a long block of several
                // parts (YAML documents, script steps between blank lines), the whole part it is in, so a question about
                // the VPA is not answered with the HPA's and the cluster autoscaler's manifests too.
                var parts = units.BlockParts[unit.Block];
                if (!whole && parts.Length > 1 && units.Blocks[unit.Block].Count(c => c == '\n') >= LongBlockLines)
                {
                    var part = units.UnitPart[u];
                    if (shownParts.Add((unit.Block, part)))
                    {
                        if (lines.Count > 0 && lines[^1].IsCode && lines[^1].Block == unit.Block)
                        {
                            lines.Add(new AnswerLine(string.Empty, 0, true, unit.Block));
                        }

                        lines.Add(new AnswerLine(parts[part], 0, true, unit.Block));
                    }
                }
                else if (shownBlocks.Add(unit.Block))
                {
                    lines.Add(new AnswerLine(units.Blocks[unit.Block], 0, true, unit.Block));
                }

                continue;
            }

            var depth = 0;
            for (var a = unit.Parent; a >= 0 && all.Contains(a) && units.Units[a].Block == -1; a = units.Units[a].Parent)
            {
                depth++;
            }

            lines.Add(unit.Kind switch
            {
                UnitKind.OutlineLine => new AnswerLine(unit.Text, 0, true, unit.Block),
                _ => new AnswerLine(unit.Shown, depth, false),
            });
        }

        return lines;
    }

    /// <summary>The signals the confidence tier is decided from.</summary>
    public AnswerSignals Signals(Question question, Scores scores, IReadOnlyList<GuideHit> hits)
    {
        if (hits.Count == 0)
        {
            return new AnswerSignals(0, 0, question.TotalWeight, question.Concepts.Count, 0, question.Concepts.Count(c => c.Origin == WordOrigin.Unknown), question.Concepts.Count(c => c.Origin == WordOrigin.ForeignName),
                question.Concepts.Count(c => c.Origin != WordOrigin.Guide && !QueryText.IsHangul(c.Text[0])), 0, 0, TopicUnknown(question), NamesUnknownThing: NamesUnknownThing(question));
        }

        var best = hits[0].Unit;
        var matched = Enumerable.Range(0, question.Concepts.Count).Where(k => scores.Context[k][best] >= 0.5).ToArray();
        var section = SectionCoverage(question, scores, units.Units[best].Section);
        var givesValue = GivesAskedValue(question, best, matched);
        var saysOfTopic = SaysOfTopic(question, best, matched);
        var part = givesValue ? null : UnknownPart(question, scores, best, matched);
        var margin = hits.Count > 1 ? (hits[0].Score - hits[1].Score) / hits[0].Score : 1;
        var ownIdeas = Ideas(question, scores, best, own: true);
        var ideas = Ideas(question, scores, best, own: false);
        var guideTalk = GuideTalkPick(question, scores);
        var everyday = EverydayPick(question, scores, best, margin, ownIdeas, ideas, guideTalk);
        return new AnswerSignals(
            hits[0].Coverage,
            scores.Plain[best],
            question.TotalWeight,
            question.Concepts.Count,
            matched.Length,
            question.Concepts.Count(c => c.Origin == WordOrigin.Unknown),
            question.Concepts.Count(c => c.Origin == WordOrigin.ForeignName),
            question.Concepts.Count(c => c.Origin != WordOrigin.Guide && !QueryText.IsHangul(c.Text[0])),
            matched.Select(k => question.Concepts[k].Weight).DefaultIfEmpty(0).Max(),
            margin,
            // A question that names the part the best line is in ("… 이벤트 드리븐 파트에 있어?") asks what that part
            // holds: its unknown first word is a thing looked for there, not a subject the guides never treat.
            TopicUnknown(question) && !PartNamedByTerm(question, scores, units.Units[best].Section) && !LabelNamed(question, scores, best),
            EvidenceCoverage(question, scores, best),
            section.Coverage,
            NamesUnknownThing(question),
            TopicUntouched(question, scores, best, matched, matched.Length == 1 && scores.Context[matched[0]][best] < 1) && !givesValue && !saysOfTopic,
            part is not null,
            section.Evidence,
            part is null ? 0 : PartCoverage(question, scores.Plain[best], part, matched),
            TopicCoverage(question, hits[0].Coverage),
            NamedInPassing(question, scores, best, matched, hits[0].Coverage, section.Coverage),
            LacksAskedValue(question, best, matched),
            OnlyTopicNamed(question, scores, best, givesValue),
            TopicMissed(question, scores, hits, matched),
            ownIdeas,
            ideas,
            guideTalk is null ? 0 : SetAsideShare(question, scores, best, evidence: false, 1, guideTalk),
            guideTalk is null ? 0 : SetAsideShare(question, scores, best, evidence: true, 1, guideTalk),
            BareNameAsked(question, scores, best, givesValue),
            everyday is null ? 0 : SetAsideShare(question, scores, best, evidence: false, tuning.EverydayDiscount, everyday),
            everyday is null ? 0 : SetAsideShare(question, scores, best, evidence: true, tuning.EverydayDiscount, everyday));
    }

    /// <summary>The ideas the coverage floor sets aside as everyday words or the scene's (<see cref="AnswerSignals.EverydayShare"/>),
    /// or null when it sets none aside: <paramref name="ownIdeas"/> and <paramref name="ideas"/> are the question's ideas the
    /// best line has (<see cref="Ideas"/>), <paramref name="guideTalk"/> the words the guide talk sets aside
    /// (<see cref="GuideTalkPick"/>). Read once per question for both the share and the evidence share.</summary>
    private Func<QuestionConcept, bool>? EverydayPick(Question question, Scores scores, int best, double margin, int ownIdeas, int ideas, Func<QuestionConcept, bool>? guideTalk)
    {
        // One of the question's own ideas in the best line, and beside it another of its ideas or a section clear of the
        // next: an off-topic question meets the guides in one word by chance ("PostgreSQL … lock the whole table": the
        // guides' Database line), among sections as close as it.
        var clear = ownIdeas >= 1 && (ideas >= 2 || margin >= ConcentratedMargin);
        var inScene = question.InScene();
        // The scene's words alone are set aside also when the best line has what the scene leads to — the topic, a word
        // the guides use right after it ("우리 팀 계정에 서버 몇 대 올려둔 상태인데 보안그룹은 …"): the question
        // says itself where what is asked begins, so the line holding it is about that, not met by chance.
        var sceneLed = !clear && inScene is not null && question.Topic is { } topic && LineHas(question, scores, best, topic);
        if (tuning.EverydayDiscount <= 0 || !(clear || sceneLed))
        {
            return null;
        }

        // A word the guide talk sets aside already ("net" of "the net guide") counts there, not twice.
        // The words of the scene the question opens with (우리 … -는데) say where the learner stands, as everyday words say
        // how they talk around the thing.
        return c => ((clear && c.Origin == WordOrigin.Unknown
            && ((char.IsAsciiLetter(c.Text[0]) && GeneralWords.IsGeneral(c.Text)) || KoreanWords.EndsLikePredicate(c.Text)))
            || inScene?.Invoke(c) == true)
            && guideTalk?.Invoke(c) != true;
    }

    /// <summary>Whether line <paramref name="best"/> has <paramref name="concept"/>, one of the question's ideas (context 0.5
    /// or more).</summary>
    private static bool LineHas(Question question, Scores scores, int best, QuestionConcept concept)
    {
        for (var k = 0; k < question.Concepts.Count; k++)
        {
            if (ReferenceEquals(question.Concepts[k], concept))
            {
                return scores.Context[k][best] >= 0.5;
            }
        }

        return false;
    }

    /// <summary>The share of the question's weight (its evidence weight with <paramref name="evidence"/>) in the ideas
    /// <paramref name="setAside"/> picks that the best line lacks (context below 0.5), each counting <paramref name="part"/>
    /// of its weight: what the coverage floor is judged without (<see cref="AnswerSignals.GuideTalkShare"/>,
    /// <see cref="AnswerSignals.EverydayShare"/>).</summary>
    private double SetAsideShare(Question question, Scores scores, int best, bool evidence, double part, Func<QuestionConcept, bool> setAside)
    {
        double aside = 0, total = 0;
        for (var k = 0; k < question.Concepts.Count; k++)
        {
            var concept = question.Concepts[k];
            var weight = evidence ? EvidenceWeight(concept) : concept.Weight;
            total += weight;
            if (setAside(concept) && scores.Context[k][best] < 0.5)
            {
                aside += part * weight;
            }
        }

        return total <= 0 ? 0 : aside / total;
    }

    /// <summary>Whether <paramref name="concept"/> is a word the guides never use that names one of them by the start of
    /// its name ("net" for networking): where the learner saw the thing, not a thing the guides never treat.</summary>
    private bool NamesGuide(QuestionConcept concept) =>
        concept.Origin is WordOrigin.Unknown or WordOrigin.ForeignName && (units.NamesGuide(concept.Text) || ClippedGuide(concept) is not null);

    /// <summary>Whether <paramref name="concept"/> is a word the guides never use that says where the learner met a thing:
    /// a guide's name (<see cref="NamesGuide"/>) or the course or one of its parts (<see cref="CourseWords"/>: "infra
    /// track", "수업때").</summary>
    private bool NamesPlace(QuestionConcept concept) =>
        NamesGuide(concept) || (concept.Origin is WordOrigin.Unknown or WordOrigin.ForeignName && CourseWords.Names(concept.Text));

    /// <summary>The guide a Hangul clipping of its name names ("인플랫": infra-platform), which the reader gives the word as
    /// its other name; null for any other word.</summary>
    private string? ClippedGuide(QuestionConcept concept) =>
        concept.Origin == WordOrigin.Unknown && QueryText.IsHangul(concept.Text[0]) && concept.Alternatives.Count == 2 && _guides.ContainsKey(concept.Alternatives[1]) ? concept.Alternatives[1] : null;

    /// <summary>Words naming the part of a setting a question asks for — the field it sits in, its key, its value — not a
    /// thing of any topic (see <see cref="TopicUntouched"/>).</summary>
    private static readonly FrozenSet<string> SettingSlotWords = FrozenSet.ToFrozenSet(["field", "fields", "필드", "key", "keys", "value", "values", "값"], StringComparer.Ordinal);

    /// <summary>Words naming the form the guides show a thing in (a worked example), not a thing of any topic.</summary>
    private static readonly HashSet<string> GuideTalkWords = new(["예시", "예제", "example", "examples", "sample", "samples"], StringComparer.Ordinal);

    /// <summary>Which of the question's words the guide talk (<see cref="AnswerSignals.GuideTalkShare"/>) sets aside, or
    /// null when it sets none aside.</summary>
    private Func<QuestionConcept, bool>? GuideTalkPick(Question question, Scores scores)
    {
        // A guide named by a word the guides never use ("the net guide"), or the course or one of its parts ("infra track",
        // "수업때"), says where to look with one other idea beside it;
        // the form words ("예시") only with two. A guide named with a word for it ("인프라 직무 기준으로", "for the compute
        // role") says where to look whenever the question asks something else of the guides (NamingWords): the role is
        // the guide's name, not a thing the answer must cover.
        var ideas = question.Concepts.Count(c => c.Origin == WordOrigin.Guide && !GuideTalkWords.Contains(c.Text));
        var namesGuide = question.Concepts.Any(NamesPlace);
        var naming = scores.NamingIdeas;
        if (ideas < (namesGuide ? 1 : 2) && naming.Count == 0)
        {
            return null;
        }

        // "기준으로" right after the word for the guide ("인프라 직무 기준으로", going by the infra role) is part of that
        // phrase, not the criteria of a topic.
        var words = naming.Count == 0 ? [] : QueryText.Words(question.Text);
        var goingBy = Enumerable.Range(1, Math.Max(0, words.Length - 1)).Any(i => words[i].StartsWith(GoingBy, StringComparison.Ordinal) && GuideWord(words[i - 1]));
        return c => (ideas >= 2 && GuideTalkWords.Contains(c.Text)) || NamesPlace(c) || naming.Contains(c) || (goingBy && c.Text == GoingBy);
    }

    /// <summary>기준 ("going by", "기준으로") after a word for the guide: the phrase naming it goes on (see <see cref="GuideTalkPick"/>).</summary>
    private const string GoingBy = "기준";

    // Most questions name no guide by a word for it (Scores.NamingIdeas): one shared empty set, not one per question.
    private static readonly IReadOnlySet<QuestionConcept> NoIdeas = new HashSet<QuestionConcept>(ReferenceEqualityComparer.Instance);

    /// <summary>How many of the question's ideas the best line has in context at least <see cref="OwnIdeaContext"/>: words
    /// the guides use, numbers and predicates aside, and with <paramref name="own"/> general words aside too (see
    /// <see cref="AnswerSignals.OwnIdeasInLine"/>, <see cref="AnswerSignals.IdeasInLine"/>).</summary>
    /// A word the learner wrote glued to the one before ("가상환경") is one word of the question with it: its second piece
    /// counts only when the first is not counted.
    private static int Ideas(Question question, Scores scores, int best, bool own)
    {
        bool Counts(int k) => question.Concepts[k] is var c && c.Origin == WordOrigin.Guide
            && !(own && GeneralWords.IsGeneral(c.Text)) && !c.Text.All(char.IsAsciiDigit) && scores.Context[k][best] >= OwnIdeaContext - 1e-9;
        return Enumerable.Range(0, question.Concepts.Count).Count(k => Counts(k) && !(question.Concepts[k].Glued && k > 0 && Counts(k - 1)));
    }

    /// <summary>The least context credit (<see cref="Scores.Context"/>) at which a line counts as having an idea: in its own
    /// text, by a synonym, in the line it hangs from or in the headings right above it (<see cref="AnswerTuning.ParentCredit"/>
    /// and up) — not by a Porter stem, a definition's words, or a heading further up.</summary>
    internal const double OwnIdeaContext = 0.7;

    /// <summary>Least count of the question's ideas in one line for <see cref="Concentrated"/>, a general word counting half.</summary>
    internal const double ConcentratedIdeas = 2.5;

    /// <summary>Least relative margin of the best section's score over the next (<see cref="AnswerSignals.Margin"/>) for
    /// <see cref="Concentrated"/>.</summary>
    internal const double ConcentratedMargin = 0.25;

    /// <summary>Whether the best line has several of the question's ideas at once and its section stands clear of the
    /// next: several distinct words of the question that the guides use meeting in one line are not chance — three of
    /// its own, or with a general word (자동으로, "container", "start") counting half, two and one general or one and
    /// three general. An off-topic question meets
    /// the guides in one or two of its words ("terraform state", "redis 캐시", "ansible playbook"), and where a third
    /// general word joins them by chance the section does not stand clear of the others. So the line is about what the
    /// question asks even when the learner's other words (their own phrasing, a detail the line leaves out) are words the
    /// guides never use, and the question is not declined: the reply shows the closest lines (medium).</summary>
    public static bool Concentrated(AnswerSignals signals) =>
        signals.OwnIdeasInLine + 0.5 * (signals.IdeasInLine - signals.OwnIdeasInLine) >= ConcentratedIdeas - 1e-9
        && signals.Margin >= ConcentratedMargin;

    /// <summary>Whether the question's topic, a name the guides use, is in no line of the closest sections while the question
    /// has a word the guides never use (see <see cref="AnswerSignals.TopicMissed"/>).</summary>
    private bool TopicMissed(Question question, Scores scores, IReadOnlyList<GuideHit> hits, IReadOnlyList<int> matched)
    {
        // A name: a Latin term that is not everyday English, or one spelled in Hangul ("terraform", 엘라스틱서치) — not a
        // word of the guides' prose (팀, 파드 = pod, 프로젝트 = project), which sections answer without repeating. A question
        // asking for a name or the rest of a list is answered by words it does not have.
        if (question.Topic is not { } topic || topic.Origin != WordOrigin.Guide || question.Hint is AnswerHint.Name or AnswerHint.List)
        {
            return false;
        }

        var latin = topic.Alternatives.Append(topic.Text).Where(a => a.Length > 2 && a.All(c => char.IsAsciiLetterOrDigit(c) || c == ' ')).ToArray();
        if (latin.Length == 0 || latin.Any(a => a.Split(' ').All(EnglishWords.IsEnglish))
            || !question.Concepts.Any(c => c.Origin is WordOrigin.Unknown or WordOrigin.ForeignName && !GeneralWords.IsGeneral(c.Text)))
        {
            return false;
        }

        // Not in the best section: it answers the question's side words ("팀", "데이터", "레포"). A close section with the
        // name may be what it asks, unless it has nothing else of the question in its lines ("Terraform" in a list of
        // tools): the guides name the thing there and say nothing of what is asked of it.
        var (t, rest) = BesideTopic(question, topic);
        bool Has(int k, int section) => SectionHas(scores, k, section);
        var sections = hits.Take(TopicMissedSections).Select(h => units.Units[h.Unit].Section).ToArray();
        // And the best line has less than half of the question's weight: an answer to most of the rest ("AZ … 리전"
        // with "Region/Availability Zone") is an answer, the name aside.
        var has = matched.Sum(k => question.Concepts[k].Weight);
        return has < question.TotalWeight / 2 && !Has(t, sections[0]) && sections.All(s => !Has(t, s) || !rest.Any(k => Has(k, s)));
    }

    /// <summary>Whether a line of <paramref name="section"/> has at least half of idea <paramref name="k"/>.</summary>
    private bool SectionHas(Scores scores, int k, int section) => units.SectionUnits[section].Any(u => scores.Context[k][u] >= 0.5);

    /// <summary>The index of the question's topic among its ideas, and the ideas it asks of the topic: its own words beside
    /// it (not predicates, general words, or another name of the same thing).</summary>
    private static (int Topic, int[] Others) BesideTopic(Question question, QuestionConcept topic)
    {
        var t = question.Concepts.ToList().FindIndex(c => ReferenceEquals(c, topic));
        var rest = Enumerable.Range(0, question.Concepts.Count)
            .Where(k => k != t && question.Concepts[k].Origin != WordOrigin.Predicate && !GeneralWords.IsGeneral(question.Concepts[k].Text)
                && !SameThing(topic, question.Concepts[k])).ToArray();
        return (t, rest);
    }

    /// <summary>How many of the closest sections must lack the topic for <see cref="AnswerSignals.TopicMissed"/>.</summary>
    private const int TopicMissedSections = 3;

    /// <summary>Whether <paramref name="text"/> is only the name of <paramref name="topic"/>, in any of its spellings (the
    /// name and its expansion, punctuation between).</summary>
    private static bool NameAlone(string text, QuestionConcept topic)
    {
        var rest = text;
        foreach (var name in topic.Alternatives.Append(topic.Text).OrderByDescending(a => a.Length))
        {
            rest = rest.Replace(name, " ", StringComparison.OrdinalIgnoreCase);
        }

        return rest.Length < text.Length && !rest.Any(char.IsLetterOrDigit);
    }

    /// <summary>Whether the best line is only the question's topic and its section has no other of its ideas while it asks more
    /// with a word the guides never use (see <see cref="AnswerSignals.OnlyTopicNamed"/>).</summary>
    private bool OnlyTopicNamed(Question question, Scores scores, int best, bool givesValue)
    {
        // A question asking for a name or the rest of a list is answered by words it does not have; a value the line
        // gives is the answer (see GivesAskedValue).
        if (question.Topic is not { } topic || topic.Origin != WordOrigin.Guide || givesValue || question.Hint is AnswerHint.Name or AnswerHint.List)
        {
            return false;
        }

        // The best line is the name and nothing more ("Azure" over a list of its services, "CNCF : Cloud Native
        // Computing Foundation"): it says nothing of the thing. A heading is not: its section is about the thing.
        if (units.Units[best].Kind == UnitKind.Heading || !NameAlone(units.Units[best].Text, topic))
        {
            return false;
        }

        // With nothing beside the name but everyday words, one of them a word the guides use, those are what is asked of
        // it ("my aws account got hacked": account, which the guides write as 계정, and hack are everyday words, and the
        // line "AWS" says neither). Everyday words the guides never use are chat about the name ("never heard of it").
        var (at, rest) = BesideTopic(question, topic);
        if (rest.Length == 0)
        {
            var everyday = Enumerable.Range(0, question.Concepts.Count)
                .Where(k => k != at && question.Concepts[k].Origin != WordOrigin.Predicate && !SameThing(topic, question.Concepts[k])).ToArray();
            rest = everyday.Any(k => question.Concepts[k].Origin == WordOrigin.Guide) ? everyday : rest;
        }

        // A one-syllable Hangul word the guides never use is more often a verb read as a word ("예시로 듦": cites) than
        // a thing asked about. A number or a time asked for is more than the name too: a bare name gives none
        // ("how much does aws certification cost" with "AWS").
        if (rest.Length == 0 || (question.Hint is not (AnswerHint.Number or AnswerHint.Time)
            && !rest.Any(k => question.Concepts[k] is { Origin: WordOrigin.Unknown or WordOrigin.ForeignName } c && (c.Text.Length > 1 || !QueryText.IsHangul(c.Text[0])))))
        {
            return false;
        }

        // Nothing else of the question anywhere in the section: the guides name the thing there and say nothing of
        // what is asked of it.
        return !rest.Any(k => SectionHas(scores, k, units.Units[best].Section));
    }

    /// <summary>Whether the best line is a list entry holding only a name the question has, while the question asks of that
    /// thing what no line of its section writes (see <see cref="AnswerSignals.BareNameAsked"/>).</summary>
    private bool BareNameAsked(Question question, Scores scores, int best, bool givesValue)
    {
        var unit = units.Units[best];
        if (givesValue || question.Hint is AnswerHint.Name or AnswerHint.List or AnswerHint.Definition || unit.Kind != UnitKind.Item || scores.Own.Length != question.Concepts.Count)
        {
            return false;
        }

        // The name may be any idea of the question, not only its topic ("aws lambda layers": the entry is "Lambda"), and
        // one the guides only list, in a few lines and no heading ("Service Mesh" has a part of its own).
        var n = Enumerable.Range(0, question.Concepts.Count)
            .FirstOrDefault(k => NameAlone(unit.Text, question.Concepts[k]) && ListedOnly(question.Concepts[k], scores.Own[k]), -1);
        if (n < 0)
        {
            return false;
        }

        // What is asked of it: the question's words beside the name (general words too, when the guides use them), but not
        // those the entry has by the line it hangs from ("aws" over "Lambda"), everyday words the guides never use (chat
        // about the name: "never heard of it") nor words naming where in the guides the thing was seen.
        var rest = Enumerable.Range(0, question.Concepts.Count)
            .Where(k => k != n && question.Concepts[k].Origin != WordOrigin.Predicate && !SameThing(question.Concepts[n], question.Concepts[k])
                && !(question.Concepts[k].Origin != WordOrigin.Guide && GeneralWords.IsGeneral(question.Concepts[k].Text))
                && scores.Context[k][best] < 0.5 && !GuideTalkWords.Contains(question.Concepts[k].Text)).ToArray();
        if (rest.Length == 0)
        {
            return false;
        }

        // Nothing else of the question anywhere in the entry's section — under it, beside it or in the section's other
        // lines: a section answering the rest in parts is an answer — and one of the things asked of it a word the guides
        // never use (not a general word, nor a one-syllable Hangul word, more often a verb read as a word).
        return !rest.Any(k => SectionHas(scores, k, unit.Section))
            && rest.Any(k => question.Concepts[k] is { Origin: WordOrigin.Unknown or WordOrigin.ForeignName } c
                && !GeneralWords.IsGeneral(c.Text) && (c.Text.Length > 1 || !QueryText.IsHangul(c.Text[0])));
    }

    /// <summary>Whether line <paramref name="u"/> gives a value of the kind asked for: a number, or a time — a line of the
    /// course plan gives one by its place in it.</summary>
    private bool GivesKind(AnswerHint hint, int u) =>
        FitsLine(hint, u) || (hint == AnswerHint.Time && _scheduled[units.Units[u].Section]);

    /// <summary><see cref="Fits"/> of line <paramref name="u"/>, read once from the guides.</summary>
    private bool FitsLine(AnswerHint hint, int u) => hint switch
    {
        AnswerHint.Number => _fits[0][u],
        AnswerHint.Time => _fits[1][u],
        AnswerHint.Name => _fits[2][u],
        _ => false,
    };

    /// <summary>Whether the question asks for a number or a time that the best line, having at most one of its ideas, does
    /// not give, while the question has a word the guides never use (see <see cref="AnswerSignals.LacksAskedValue"/>).</summary>
    private bool LacksAskedValue(Question question, int best, IReadOnlyList<int> matched) =>
        question.Hint is AnswerHint.Number or AnswerHint.Time && !GivesKind(question.Hint, best)
        && matched.Count(k => question.Concepts[k].Origin != WordOrigin.Predicate) <= 1
        && question.Concepts.Any(c => c.Origin is WordOrigin.Unknown or WordOrigin.ForeignName && !GeneralWords.IsGeneral(c.Text));

    /// <summary>Whether the question asks of a name the guides mention only in passing what they never say (see
    /// <see cref="AnswerSignals.NamedInPassing"/>); <paramref name="matched"/> are the ideas the best line has at least half of.</summary>
    private bool NamedInPassing(Question question, Scores scores, int best, IReadOnlyList<int> matched, double coverage, double sectionCoverage)
    {
        if (scores.Passing.Length != question.Concepts.Count)
        {
            return false;
        }

        var own = Enumerable.Range(0, question.Concepts.Count)
            .Where(k => question.Concepts[k].Origin != WordOrigin.Predicate && !GeneralWords.IsGeneral(question.Concepts[k].Text)).ToArray();
        // A question asking for something (a number, a time, a name, the rest of a list) is answered by words it does not
        // have ("updateMode 값 뭐뭐 있어" by "Off, Initial, Auto"): the line naming the thing may well be its answer.
        // A number or a time it asks for must be in the line for that: "Connection Pooling" gives no pool size of postgres.
        // Not when the line gives the name itself as a value ("Frontend: React SPA", code or prose): the name it would answer
        // with is the one asked about ("리액트 강의는 누구 대상이야?"), so it answers nothing of it.
        var passing = own.Where(k => scores.Passing[k]).ToArray();
        var pair = _subjects[best] ?? PairSubject(units.Units[best]);
        var givenAsValue = pair is { } key && !passing.Any(k => key.Has(question.Concepts[k].Text));
        if (passing.Length == 0 || (question.Hint is AnswerHint.Name or AnswerHint.List && !givenAsValue) || (question.Hint is AnswerHint.Number or AnswerHint.Time && GivesKind(question.Hint, best)))
        {
            return false;
        }

        // The best line lacks the name the question is about (its first idea): it answers something else the question
        // says, unless it or its section has most of it.
        if (passing.Any(k => scores.Context[k][best] < 0.5))
        {
            return question.Topic is { } topic && ReferenceEquals(topic, question.Concepts[passing[0]])
                && scores.Context[passing[0]][best] < 0.5 && coverage < tuning.UnknownTopicCoverage && sectionCoverage < tuning.UnknownTopicCoverage;
        }

        // A second idea the line has, even a general word ("LB" beside "SSL/TLS 종료"), is not the name alone — unless it
        // is another name of that thing ("redis 캐시" with "Cache: Redis": the guides pair Redis with cache), said twice.
        var ideas = matched.Where(k => question.Concepts[k].Origin != WordOrigin.Predicate).ToArray();
        if (ideas.Count(k => !ideas.Any(j => j < k && SameThing(question.Concepts[j], question.Concepts[k]))) != 1)
        {
            return false;
        }

        double has = 0, total = 0;
        foreach (var k in own)
        {
            var weight = scores.Passing[k] ? Math.Min(question.Concepts[k].Weight, tuning.UnknownWordWeight) : question.Concepts[k].Weight;
            has += weight * scores.Context[k][best];
            total += weight;
        }

        // What it asks of the name must outweigh the name: one word beside it ("OLM이 뭐의 약자임") may be the learner's
        // for what the line says of it — not when the line is about something else and gives the name as its value
        // ("Service Mesh: Netflix, Uber 등 …" for "netflix 요금제 추천"): there it says nothing of the name, and one word
        // the guides never say of it is what is asked.
        var value = _subjects[best] is { } subject && !passing.Any(k => subject.Has(question.Concepts[k].Text));
        return total > 0 && (value ? has / total <= 0.5 + 1e-9 : has / total < 0.5);
    }

    /// <summary>Whether two of the question's ideas are one thing: one's names include one of the other's ("redis" and 캐시,
    /// which the guides pair as "Cache: Redis").</summary>
    private static bool SameThing(QuestionConcept a, QuestionConcept b) =>
        a.Alternatives.Contains(b.Text, StringComparer.OrdinalIgnoreCase) || b.Alternatives.Contains(a.Text, StringComparer.OrdinalIgnoreCase)
        || a.Alternatives.Count(x => b.Alternatives.Contains(x, StringComparer.OrdinalIgnoreCase)) > 1;

    /// <summary>The Latin word the guides never use that the question goes on with after opening with the ideas the best
    /// line has, or null (see <see cref="AnswerSignals.AsksUnknownPart"/>).</summary>
    /// <param name="question">The question.</param>
    /// <param name="scores">The question's scores.</param>
    /// <param name="best">The best line.</param>
    /// <param name="matched">The ideas the best line has at least half of, in the question's order.</param>
    private QuestionConcept? UnknownPart(Question question, Scores scores, int best, IReadOnlyList<int> matched)
    {
        if (matched.Count == 0 || question.Hint == AnswerHint.Name)
        {
            return null;
        }

        // The question's ideas in order, predicates aside (they are never what it is about): a run of the best line's
        // first, then the word the question asks about — whatever the line has of the question's later words.
        var opening = 0;
        foreach (var (concept, k) in question.Concepts.Select((c, k) => (c, k)).Where(x => x.c.Origin != WordOrigin.Predicate))
        {
            if (matched.Contains(k))
            {
                opening++;
                continue;
            }

            // A term the sentence gives another role is not the part asked about: an example of what is asked ("virsh
            // 같은거 쓰는 그 라이브러리": something like virsh) or a guess to check describes the thing asked, which may
            // come later.
            if (opening > 0 && QueryText.SideRole(question.Text, concept.Text))
            {
                continue;
            }

            // Nor is the other end of a relation ("GCP에서 on-prem이랑 dedicated 연결": with on-prem), nor the word for the
            // guide the opening names, saying where ("infra track에서 …": in the infra track; see GuideWords): what
            // follows the opening is not a part of it.
            return opening > 0 && UnknownTerm(question, concept) && !QueryText.Partner(question.Text, concept.Text) && !GuideWord(concept.Text)
                && !Modifies(question, scores, best, concept)
                && !NamesListOfAside(question, scores, best, matched, concept) ? concept : null;
        }

        return null;
    }

    /// <summary>Whether <paramref name="concept"/> names the kind of list whose rest the question asks for: the question
    /// asks for the rest of a list (<see cref="AnswerHint.List"/>), the word comes before the things it sets aside
    /// ("overlay encapsulation 종류에 VXLAN이랑 GRE 말고 하나 더"), and the best line has all of those and lists more
    /// (<see cref="ListsMore"/>: "VXLAN, GRE, Geneve"). What is asked is that line's other item, which the guides name;
    /// the word before is the learner's for what the list is, not a part of the thing the guides never name.</summary>
    private bool NamesListOfAside(Question question, Scores scores, int best, IReadOnlyList<int> matched, QuestionConcept concept)
    {
        if (scores.Asked is not { } asked || question.SetAside() is not { } aside)
        {
            return false;
        }

        var set = Enumerable.Range(0, question.Concepts.Count).Where(k => aside(question.Concepts[k])).ToArray();
        var at = QueryText.FindWord(question.Text, concept.Text);
        if (set.Length == 0 || at < 0 || !set.All(matched.Contains) || set.Any(k => QueryText.FindWord(question.Text, question.Concepts[k].Text) < at))
        {
            return false;
        }

        return ListsMore(best, asked);
    }

    /// <summary>Whether <paramref name="concept"/> opens an English compound whose head the best line's section has: the
    /// Latin word right after it in the question is an idea of the question a line there has ("harbor … vulnerability
    /// scan" where Harbor's item lists 이미지 스캔), and the word itself a term the glossary knows (취약점/vulnerability),
    /// not any word ("cold start", "window function": a part of the thing of their own). The question asks about that
    /// thing — the scan — of a kind the learner names; it is not a part of the opening thing the guides never name
    /// ("gitlab ci runner 등록": runner is the head).</summary>
    private bool Modifies(Question question, Scores scores, int best, QuestionConcept concept)
    {
        var words = QueryText.Words(question.Text);
        var at = Array.IndexOf(words, concept.Text);
        if (concept.Glossary.Count == 0 || at < 0 || at + 1 >= words.Length || words[at + 1] is not { Length: > 0 } head || !char.IsAsciiLetter(head[0]))
        {
            return false;
        }

        var k = Enumerable.Range(0, question.Concepts.Count).FirstOrDefault(i => question.Concepts[i].Text == head && question.Concepts[i].Origin == WordOrigin.Guide, -1);
        return k >= 0 && units.SectionUnits[units.Units[best].Section].Any(u => scores.Context[k][u] >= 0.5);
    }

    /// <summary>The best line's coverage with the asked part weighing as a name when the line has only the one thing the
    /// question opens with (see <see cref="AnswerSignals.PartCoverage"/>); with more of the question's ideas the line is
    /// about what it asks — several of them in one line are not chance ("RBAC에서 운영자 권한 scope") — and its coverage stands.</summary>
    private double PartCoverage(Question question, double has, QuestionConcept part, IReadOnlyList<int> matched) =>
        Math.Min(1, has / (question.TotalWeight - (matched.Count > 1 ? 0 : part.Weight - Math.Max(part.Weight, tuning.ForeignNameWeight))));

    /// <summary>The best line's coverage with an unknown topic weighing as a name (see <see cref="AnswerSignals.TopicCoverage"/>):
    /// a word the guides never use weighs as a rare word (<see cref="AnswerTuning.UnknownWordWeight"/>), less than the
    /// general words around it that they seldom use (공부, 순서, 방법), yet it is the thing asked about.</summary>
    private double TopicCoverage(Question question, double coverage)
    {
        if (!TopicUnknown(question) || question.Topic is not { } topic)
        {
            return coverage;
        }

        var total = question.TotalWeight - topic.Weight + Math.Max(topic.Weight, tuning.ForeignNameWeight);
        return total <= 0 ? 0 : Math.Min(1, coverage * question.TotalWeight / total);
    }

    /// <summary>Whether the best line gives what the question asks of the thing it names: the question asks for a number
    /// or a time, and the best line is written "subject: value" with a thing the question names in its subject (not a
    /// general word or a number: "Day 1: …" does not say how much a cat drinks per day) and the value of the asked-for kind ("HPA 최소 간격: 15초마다 메트릭 확인" for "hpa cooldown 시간 얼마?"). Such a line
    /// is not a name in passing, nor is the question's word the guides never use a part of the thing they never name: it
    /// is the learner's word for what the line says of it (the guides write 간격, the learner "cooldown").</summary>
    private bool GivesAskedValue(Question question, int best, IReadOnlyList<int> matched) =>
        question.Hint is AnswerHint.Number or AnswerHint.Time && _subjects[best] is { } subject && FitsLine(question.Hint, best)
        && matched.Any(k => question.Concepts[k] is var thing && !GeneralWords.IsGeneral(thing.Text) && !thing.Text.All(char.IsAsciiDigit) && thing.Alternatives.Any(subject.Has));

    /// <summary>Whether the best line's one idea of the question is its topic and the line says something of it: written
    /// "subject: …", "subject - …" or "subject = …" with the topic as the whole subject ("Operator = CRD + Controller +
    /// Domain Knowledge" for "what's the operator equation"). The guides are about that thing there, not naming it in
    /// passing, and the question's words they never use are the learner's for what the line says of it.</summary>
    private bool SaysOfTopic(Question question, int best, IReadOnlyList<int> matched) =>
        matched.Count == 1 && _subjects[best] is { } subject
        && question.Topic is { } topic && ReferenceEquals(topic, question.Concepts[matched[0]])
        && subject.Count <= topic.WordCount && topic.Alternatives.Any(subject.Has);

    /// <summary>Whether the best line has at most one incidental word of the question while the words the guides never
    /// use outweigh all it has (see <see cref="AnswerSignals.TopicUntouched"/>).</summary>
    /// <param name="question">The question.</param>
    /// <param name="scores">The question's scores (the weight of its ideas each line has, in context).</param>
    /// <param name="best">The best line.</param>
    /// <param name="matched">The ideas the best line has at least half of.</param>
    /// <param name="translated">The line has its one idea only through a synonym or its context, not as the learner wrote it.</param>
    private bool TopicUntouched(Question question, Scores scores, int best, IReadOnlyList<int> matched, bool translated)
    {
        if (matched.Count > 1)
        {
            return false;
        }

        // A code identifier the learner writes as code ("updateMode") and a code line of the guides has as written: the
        // question asks about that key of that manifest, and its words the guides never use (옵션, 값) are its own phrasing
        // of what the line sets — a chance meeting on a camelCase key is too unlikely to be off-topic.
        if (matched.Count == 1 && !translated && units.Units[best].Kind == UnitKind.CodeLine
            && QueryText.WrittenAsIdentifier(question.Text, question.Concepts[matched[0]].Text))
        {
            return false;
        }

        // One idea the line has that is more than incidental — a name the guides list in passing ("Database:
        // PostgreSQL") — leaves the topic untouched only when the question's own words the guides never use (general
        // words aside) weigh more: what it asks about that thing ("gossip", "failover") the guides never say.
        // So is an everyday English word the line has only by translation ("tips" as 노하우, "beginners" as 기초): the
        // guides never write the learner's word, and an everyday word translates to many things ("any tips to stay awake").
        // A short form is read as the word it shortens ("msg" as message).
        var incidental = matched.Count == 0 || (question.Concepts[matched[0]] is var concept
            && (concept.Text.All(char.IsAsciiDigit)
                || (concept.Weight > tuning.UnknownWordWeight && (GeneralWords.IsGeneral(concept.Text) || (translated && EverydayEnglish(concept.LongForm ?? concept.Text))))));
        // A question asking what a setting is named or set to calls the part it asks for a field, a key or a value (필드,
        // 값): its words for the slot the answer fills, not a thing the guides never treat.
        var asksSetting = question.Hint is AnswerHint.Name or AnswerHint.Definition;
        // Nor is a word for where a thing is found on the web (link, 링크, 참고) when the line's one idea is a thing the
        // guides name rarely (weighing as a name they never use, "F5"): the answer is a link to that thing, a line that
        // writes the address out without the word (as for NamesUnknownThing). An idea every link line has ("docs") singles
        // out nothing, and "python docs url?" stays declined.
        var namesLinked = matched.Count == 1 && !incidental && question.Concepts[matched[0]].Weight >= tuning.ForeignNameWeight;
        var unknown = question.Concepts.Where(c => c.Origin is WordOrigin.Unknown or WordOrigin.ForeignName && (incidental || !GeneralWords.IsGeneral(c.Text)) && !NamesPlace(c)
            && !(asksSetting && SettingSlotWords.Contains(c.Text)) && !(namesLinked && WebPlaceWord(c.Text))).Sum(c => c.Weight);

        // The thing the line names only as the first word of a longer name the question does not write ("Github Actions"
        // for "github organization"), with an everyday English word the guides never write and have only through a
        // translation used in one line (조직 said once, of cloud native): the learner asks of another part of that thing,
        // which the guides never treat — that word weighs as one they never use.
        if (matched.Count == 1 && !incidental && OnlyInLongerName(question, units.Units[best].Text, question.Concepts[matched[0]].Text))
        {
            unknown += question.Concepts.Where(TranslatedOnce).Sum(c => c.Weight);
        }

        // An incidental general word weighs there as it does as evidence, no more than a word the guides never use:
        // that the guides seldom say "recommend" (권장) or "apply" (적용) makes it rare, not the question's topic — "can
        // you recommend a movie" is about the movie, which the guides never name.
        var has = scores.Plain[best];
        if (matched.Count == 1 && incidental && GeneralWords.IsGeneral(question.Concepts[matched[0]].Text))
        {
            var k = matched[0];
            has -= (question.Concepts[k].Weight - EvidenceWeight(question.Concepts[k])) * scores.Context[k][best];
        }

        return unknown > has - 1e-9;
    }

    /// <summary>Whether <paramref name="line"/> writes <paramref name="name"/> only right before another Latin word the
    /// question does not write — as the first word of a longer name ("Github Actions") — and at least once.</summary>
    private static bool OnlyInLongerName(Question question, string line, string name)
    {
        var words = QueryText.Words(line);
        var asked = QueryText.Words(question.Text);
        var seen = false;
        for (var i = 0; i < words.Length; i++)
        {
            if (words[i] != name)
            {
                continue;
            }

            if (i + 1 >= words.Length || words[i + 1] is not { Length: > 1 } next || !next.All(char.IsAsciiLetter) || asked.Contains(next))
            {
                return false;
            }

            seen = true;
        }

        return seen;
    }

    /// <summary>Whether <paramref name="concept"/> is an everyday English word the guides never write, that they have
    /// only through a translation used in one line (weighing as much as a name they never use).</summary>
    private bool TranslatedOnce(QuestionConcept concept) =>
        concept.Origin == WordOrigin.Guide && concept.Sections.Count == 0 && concept.Weight >= tuning.ForeignNameWeight
        && concept.Text.All(char.IsAsciiLetter) && EverydayEnglish(concept.Text)
        && LatinStems.Of(concept.Text).All(s => units.LatinPostings(s).Length == 0);

    /// <summary>Whether every word of <paramref name="term"/> is an everyday English word ("tips", "beginners": the 10,700
    /// commonest, see <see cref="EnglishWords.IsEveryday"/>).</summary>
    private static bool EverydayEnglish(string term) =>
        term.Split(' ').All(w => w.Length > 0 && char.IsAsciiLetter(w[0]) && EnglishWords.IsEveryday(w));

    /// <summary>The best line's coverage with general words weighing at most <see cref="AnswerTuning.UnknownWordWeight"/>
    /// (see <see cref="AnswerSignals.EvidenceCoverage"/>).</summary>
    private double EvidenceCoverage(Question question, Scores scores, int best)
    {
        double matched = 0, total = 0;
        for (var k = 0; k < question.Concepts.Count; k++)
        {
            var weight = EvidenceWeight(question.Concepts[k]);
            matched += weight * scores.Context[k][best];
            total += weight;
        }

        return total <= 0 ? 0 : Math.Min(1, matched / total);
    }

    /// <summary>An idea's weight as evidence that the guides answer: a general word ("set up", 방법, 추천 …) weighs no
    /// more than a word the guides never use.</summary>
    private double EvidenceWeight(QuestionConcept concept) =>
        GeneralWords.IsGeneral(concept.Text) ? Math.Min(concept.Weight, tuning.UnknownWordWeight) : concept.Weight;

    /// <summary>Weighted share of the question's ideas that some line of <paramref name="section"/> has (in context), and
    /// the same share with the ideas weighed as evidence (<see cref="EvidenceWeight"/>, see
    /// <see cref="AnswerSignals.SectionEvidence"/>) — one pass over the section's lines for both.</summary>
    private (double Coverage, double Evidence) SectionCoverage(Question question, Scores scores, int section)
    {
        if (question.TotalWeight <= 0)
        {
            return (0, 0);
        }

        double sum = 0, evidence = 0, evidenceTotal = 0;
        for (var k = 0; k < question.Concepts.Count; k++)
        {
            var m = 0.0;
            foreach (var u in units.SectionUnits[section])
            {
                m = Math.Max(m, scores.Context[k][u]);
            }

            var concept = question.Concepts[k];
            var weight = EvidenceWeight(concept);
            sum += concept.Weight * m;
            evidence += weight * m;
            evidenceTotal += weight;
        }

        return (Math.Min(1, sum / question.TotalWeight), evidenceTotal <= 0 ? 0 : Math.Min(1, evidence / evidenceTotal));
    }

    private bool TopicUnknown(Question question) =>
        question.Topic is { } first && !NamesPlace(first) && !QueryText.SideRole(question.Text, first.Text)
        && (first.Origin == WordOrigin.ForeignName || (first.Origin == WordOrigin.Unknown && QueryText.IsHangul(first.Text[0])) || UnknownTerm(question, first));

    /// <summary>Whether <paramref name="concept"/> is, in a Korean sentence, a Latin word the guides never use: a term the
    /// learner writes as it is named, not everyday English (the language tag of the guides' code, "yaml", is theirs
    /// though their text never says it).</summary>
    private bool UnknownTerm(Question question, QuestionConcept concept) =>
        concept.Origin is WordOrigin.Unknown or WordOrigin.ForeignName && char.IsAsciiLetter(concept.Text[0]) && !QueryText.IsApiVersion(concept.Text)
        && !units.CodeLanguages.Contains(concept.Text) && question.Text.Any(QueryText.IsHangul);

    /// <summary>Whether the question names a thing the guides never mention (see <see cref="AnswerSignals.NamesUnknownThing"/>).</summary>
    private static bool NamesUnknownThing(Question question)
    {
        var text = question.Text;
        var korean = text.Any(QueryText.IsHangul);
        foreach (var concept in question.Concepts)
        {
            var word = concept.Text;
            if (concept.Origin != WordOrigin.ForeignName || word.Length <= 2 || concept.ShortForm)
            {
                continue;
            }

            if (word.Any(char.IsDigit))
            {
                return true;
            }

            // Judged as the learner wrote it; a word read otherwise (a typo corrected) is not judged by its shape.
            // Nor is a name in parentheses, the learner's aside ("some toolkit (the thing virsh talks to)"): the thing
            // the question names is outside them.
            // Nor one set aside ("ODL 말고 하나 더", "other than ODL"): the question asks for another thing.
            if (QueryText.FindWord(text, word) < 0 || QueryText.InParentheses(text, word) || QueryText.SetAside(text, word))
            {
                continue;
            }

            // Nor one the sentence gives another role (QueryText.SideRole: "virsh 같은", "Jenkins 쓰는 거 맞나?",
            // "kubectl says …"), nor a word for where a thing is found on the web ("docs url?"): the answer is of that
            // kind, a thing the guides write out (https://…) without the word.
            if (QueryText.SideRole(text, word) || WebPlaceWord(word))
            {
                continue;
            }

            // A capital other than a sentence's first letter ("MongoDB", "useEffect", "Spring @Transactional"). In a
            // Korean sentence lower-case Latin words are typed casually ("cleanup 하는 패턴", "virsh 뒤에서"), and a
            // word in a hyphenated compound ("on-prem") is a clipped everyday word: only a capital says name there.
            // Otherwise a word not ending like English ("webpack", "pkce", but not "vulns", "pluggable").
            if (QueryText.WrittenAsName(text, word) || (!korean && !QueryText.InHyphenatedCompound(text, word) && !EndsLikeEnglish(word)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a word ends like an English word: a derivation's or inflection's ending — but -er and -or, which
    /// names end in as often ("sagemaker", "docker"), only after an English word ("scheduler" is not a name).</summary>
    private static bool EndsLikeEnglish(string word) =>
        EnglishEndings.Any(e => word.EndsWith(e, StringComparison.Ordinal))
        || (AgentEndings.FirstOrDefault(e => word.EndsWith(e, StringComparison.Ordinal)) is { } agent && word.Length > agent.Length + 2
            && (EnglishWords.IsEnglish(word[..^agent.Length]) || EnglishWords.IsEnglish(word[..^agent.Length] + "e")));

    private static readonly string[] AgentEndings = ["er", "or"];

    /// <summary>Everyday words for where a thing is found on the web, which the guides need not write to give one — and
    /// 참고 as written alone ("참고 링크", "참고 자료": reference, what the guides cite by link; not 참고로, "by the way").</summary>
    private static readonly FrozenSet<string> WebPlaceWords = FrozenSet.ToFrozenSet(["url", "urls", "link", "links", "site", "website", "homepage", "page", "repo", "repos", "wiki", "참고"], StringComparer.Ordinal);

    /// <summary>Whether a question asks where a thing is found on the web: one of <see cref="WebPlaceWords"/>, or a Korean
    /// word for it (링크, 사이트, 레포, 홈페이지, 깃허브 with any particle).</summary>
    public static bool AsksWebPlace(string text) =>
        LineWords().Matches(text.ToLowerInvariant()).Any(m => WebPlaceWord(m.Value));

    /// <summary>Whether a lower-case word is one for where a thing is found on the web: one of <see cref="WebPlaceWords"/>,
    /// or a Korean one with any particle.</summary>
    private static bool WebPlaceWord(string word) =>
        WebPlaceWords.Contains(word) || KoreanWebPlaceWords.Any(k => word.StartsWith(k, StringComparison.Ordinal));

    private static readonly string[] KoreanWebPlaceWords = ["링크", "사이트", "레포", "홈페이지", "깃허브"];

    /// <summary>Whether a guide line writes a link (the parser appends a link's address in parentheses).</summary>
    private static bool WritesLink(string text) => text.Contains("http://", StringComparison.Ordinal) || text.Contains("https://", StringComparison.Ordinal) || text.Contains("github.com/", StringComparison.Ordinal);

    private static readonly string[] EnglishEndings = ["s", "ed", "ing", "able", "ible", "tion", "sion", "ment", "ity", "ness", "ly", "ive", "al", "ous", "ize", "ise"];

    /// <summary>The confidence tier from the coverage of the best section's best line: none when a rule withholds the
    /// answer (<see cref="Withholding"/>, the one place that decides it) or the question has no weight.</summary>
    public AnswerConfidence Decide(Question question, IReadOnlyList<GuideHit> hits, AnswerSignals signals) =>
        question.TotalWeight <= 0 || Withholding(hits, signals).Any() ? AnswerConfidence.None
        : hits[0].Coverage >= tuning.HighCoverage ? AnswerConfidence.High : AnswerConfidence.Medium;

    /// <summary>The rules of <see cref="Decide"/> that withhold the answer, by name (none: it is answered), so a decline
    /// can be traced to the signal that withholds it (<c>ask-eval --explain</c>).</summary>
    public IEnumerable<string> Withholding(IReadOnlyList<GuideHit> hits, AnswerSignals signals)
    {
        // Below a floor of coverage nothing is an answer — nor when only general words ("best", "place", "set up")
        // reach it. Off-topic questions are about something the guides never name, usually said first ("MySQL에서 …"):
        // unless the best line has most of the question anyway, that is not an answer; a name the guides never mention
        // elsewhere in the question ("how do I reduce webpack bundle size") is not either, unless the best line or the
        // best section has most of the question. Nor is a best line that has only the question's incidental words
        // (general words the guides seldom use, numbers) while the words the guides never use weigh more. Nor, in a
        // Korean sentence, is a best line that has only the thing the question opens with when the question goes on
        // with a Latin term the guides never use ("gitlab ci runner 등록하는 법": the guides name GitLab CI, not its runner).
        // A best line below that floor is pardoned when its section has most of the question in its lines: the section
        // answers in parts (the controller in one line, what it does in the next).
        // None of that declines a best line with several of the question's ideas at once, clear of the next section
        // (see Concentrated): it is the closest the guides come, shown as such.
        if (hits.Count == 0)
        {
            yield return "NoSection";
            yield break;
        }

        var coverage = hits[0].Coverage;
        // The floor is judged without the words that only say where in the guides the thing was seen.
        // Nor with part of the everyday words the guides never use, when the best line has one of the question's own ideas.
        var (floorCoverage, floorEvidence) = (signals.FloorCoverage, signals.FloorEvidence);
        var inParts = tuning.SectionAnswers > 0 && signals.SectionEvidence >= tuning.SectionAnswers;
        if (Concentrated(signals))
        {
            yield break;
        }

        if ((floorCoverage < tuning.MediumCoverage || floorEvidence < tuning.MediumCoverage) && !inParts)
        {
            yield return "Floor";
        }

        if (signals.TopicUntouched)
        {
            yield return "TopicUntouched";
        }

        if (signals.TopicUnknown && signals.TopicCoverage < tuning.UnknownTopicCoverage)
        {
            yield return "TopicUnknown";
        }

        if (signals.NamesUnknownThing && coverage < tuning.UnknownTopicCoverage && signals.SectionCoverage < tuning.UnknownTopicCoverage)
        {
            yield return "NamesUnknownThing";
        }

        if (signals.AsksUnknownPart && signals.PartCoverage < tuning.UnknownTopicCoverage)
        {
            yield return "AsksUnknownPart";
        }

        if (signals.NamedInPassing)
        {
            yield return "NamedInPassing";
        }

        if (signals.LacksAskedValue)
        {
            yield return "LacksAskedValue";
        }

        if (signals.OnlyTopicNamed && coverage < tuning.UnknownTopicCoverage)
        {
            yield return "OnlyTopicNamed";
        }

        if (signals.TopicMissed && coverage < tuning.UnknownTopicCoverage)
        {
            yield return "TopicMissed";
        }

        if (signals.BareNameAsked && coverage < tuning.UnknownTopicCoverage)
        {
            yield return "BareNameAsked";
        }
    }

    /// <summary>The answer as plain text: exactly the lines the chat shows (outline lines as written, list lines
    /// indented two spaces per level after "- ", code as is).</summary>
    public static string PlainText(IReadOnlyList<AnswerLine> lines)
    {
        var sb = new StringBuilder();
        foreach (var line in lines)
        {
            if (sb.Length > 0)
            {
                sb.Append('\n');
            }

            sb.Append(line.IsCode ? line.Text : new string(' ', line.Depth * 2) + "- " + line.Text);
        }

        return sb.ToString();
    }
}
