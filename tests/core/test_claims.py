"""Claim candidates and attribution, on the seed and on small texts in four languages."""

import pytest

from annotator.core.claims import suggest_claims
from annotator.core.gazetteer import Gazetteer, category_from_words, default_entries
from annotator.core.nlp import load_pipeline
from annotator.core.sentences import sentence_units
from annotator.core.suggested import to_records


@pytest.fixture(scope="module")
def gazetteer():
    return Gazetteer(default_entries())


def claims_of(text, lang, gazetteer):
    """(claim words, reasons, sources, suggestion, the sentence it is in) per claim."""
    doc = load_pipeline(lang)(text)
    units = sentence_units(doc)
    found = []
    for claim in suggest_claims(doc, lang, gazetteer):
        sentence = next(text[a:b] for a, b in units if a <= claim.start < b)
        sources = [
            (
                s.speaker,
                s.category,
                s.stance,
                text[s.start : s.end] if s.start is not None else None,
            )
            for s in claim.sources
        ]
        found.append((text[claim.start : claim.end], claim.reasons, sources, claim, sentence))
    return found


def claim_starting(found, words):
    """The claim of the sentence that starts with these words."""
    return next(item for item in found if item[4].startswith(words))


def test_seed_claims_speakers_and_categories(seed_text, gazetteer):
    found = claims_of(seed_text, "fr", gazetteer)

    text, reasons, sources, *_ = claim_starting(found, "Selon les médias russes")
    assert "according:selon" in reasons
    assert sources == [("Russian media", "ru_media", "", "les médias russes")]

    text, reasons, sources, claim, _ = claim_starting(found, "Les détails de cette rencontre")
    assert "« a joué un rôle important" in text and "quote" in reasons
    # "…de Medinskiy, qui a indiqué que …": the relative pronoun is the mention, as
    # pronouns are, and stands for Medinskiy.
    assert ("Vladimir Medinsky", "ru_official", "", "qui") in sources
    assert ("TASS", "ru_state_media", "reports", "TASS") in sources
    relay = next(s for s in claim.sources if s.speaker == "TASS")
    assert claim.sources[relay.relays].speaker == "Vladimir Medinsky"

    text, reasons, sources, *_ = claim_starting(found, "Le soir du 2 juin")
    assert "cue:publier" in reasons
    assert sources == [("Russian state agencies", "ru_state_media", "", "agences d’État russes")]


def test_the_relay_is_stored_as_a_linked_statement(seed_text, gazetteer):
    doc = load_pipeline("fr")(seed_text)
    spans, statements = to_records(suggest_claims(doc, "fr", gazetteer))
    tass = next(s for s in statements if s.speaker == "TASS")
    medinsky = next(s for s in statements if s.speaker == "Vladimir Medinsky")
    assert tass.relay_of == medinsky.uid and tass.claim_uid == medinsky.claim_uid
    assert tass.stance == "reports" and tass.source_category == "ru_state_media"
    mention = next(s for s in spans if s.uid == tass.source_uid)
    assert seed_text[mention.start : mention.end] == "TASS" and mention.kind == "source_mention"


def test_french_subject_apposition_and_selon(gazetteer):
    text = (
        "Le porte-parole du Kremlin, Dmitri Peskov, a déclaré que les discussions étaient "
        "« utiles ». Selon Umerov, l'échange de prisonniers aura lieu la semaine prochaine."
    )
    found = claims_of(text, "fr", gazetteer)
    assert claim_starting(found, "Le porte-parole")[2][0][:2] == ("Dmitry Peskov", "ru_official")
    assert claim_starting(found, "Selon Umerov")[2] == [
        ("Rustem Umerov", "ua_official", "", "Umerov")
    ]


def test_english_without_a_model(gazetteer):
    text = (
        "According to the Kremlin, the talks in Istanbul were useful. "
        "Zelensky said that Russia had launched 400 drones overnight. "
        "The so-called memorandum allegedly demands the withdrawal of troops, TASS reported."
    )
    found = claims_of(text, "en", gazetteer)
    assert claim_starting(found, "According")[2] == [("Kremlin", "ru_official", "", "the Kremlin")]
    zelensky = claim_starting(found, "Zelensky")
    assert zelensky[2] == [("Volodymyr Zelensky", "ua_official", "", "Zelensky")]
    assert "number" in zelensky[1]
    hedged = claim_starting(found, "The so-called")
    assert hedged[2] == [("TASS", "ru_state_media", "questions", "TASS")]


def test_ukrainian_without_a_model(gazetteer):
    text = (
        "За словами Умєрова, обмін полоненими відбудеться наступного тижня. "
        "Пєсков нібито заявив, що переговори були корисними."
    )
    found = claims_of(text, "uk", gazetteer)
    assert claim_starting(found, "За словами")[2] == [
        ("Rustem Umerov", "ua_official", "", "Умєрова")
    ]
    assert claim_starting(found, "Пєсков")[2] == [
        ("Dmitry Peskov", "ru_official", "questions", "Пєсков")
    ]


def test_a_sentence_without_cues_is_not_a_claim(gazetteer):
    assert claims_of("Il fait beau ce matin sur la ville et les arbres.", "fr", gazetteer) == []


@pytest.mark.parametrize(
    ("mention", "category"),
    [
        ("les médias russes", "ru_media"),
        ("des agences d'État russes", "ru_state_media"),
        ("un responsable ukrainien", "ua_official"),
        ("російські медіа", "ru_media"),
        ("un expert", ""),
        # Unnamed sources are anonymous, whatever country they are close to.
        ("une source proche de la délégation ukrainienne", "anonymous"),
        ("unnamed US officials", "anonymous"),
        ("джерело в українській делегації", "anonymous"),
        ("источник в Кремле", "anonymous"),
        ("two sources familiar with the talks", "anonymous"),
        ("Resources Minister", ""),
    ],
)
def test_category_from_the_mention_words(mention, category):
    assert category_from_words(mention) == category


def test_gazetteer_ignores_case_and_accents_but_not_for_acronyms(gazetteer):
    text = "MEDINSKIY et medinskiy, Erdogan et Erdoğan; un accord de l'UN."
    found = [(text[m.start : m.end], m.entry.speaker) for m in gazetteer.find(text)]
    assert found == [
        ("MEDINSKIY", "Vladimir Medinsky"),
        ("medinskiy", "Vladimir Medinsky"),
        ("Erdogan", "Recep Tayyip Erdoğan"),
        ("Erdoğan", "Recep Tayyip Erdoğan"),
        ("UN", "United Nations"),
    ]


def test_scare_quotes_suggest_the_stance_questions(gazetteer):
    """The writer's own distance: a short quotation in words nobody is said to say."""
    text = 'The "referendum" in the occupied regions ended with 98 percent for annexation.'
    found = claims_of(text, "en", gazetteer)
    assert "scare_quote" in found[0][1]
    text = 'According to the "independent" outlet TASS, the vote was a success for Moscow.'
    found = claims_of(text, "en", gazetteer)
    assert "scare_quote" in found[0][1] and found[0][2][0][2] == "questions"
    named = claims_of(
        "Les détails ont été publiés par l'agence « TASS », a déclaré Umerov.", "fr", gazetteer
    )
    assert "scare_quote" not in named[0][1]


def test_without_a_model_names_and_pronouns_around_a_cue_are_speakers(gazetteer):
    """No model, no gazetteer entry: a capitalised run next to the cue is the speaker
    (not a sentence's first common word, not a weekday), and a subject pronoun is
    the mention of the last name before it."""
    text = (
        "Senator Maria Ostrowski said that the budget would pass this week. "
        "The plan will cut taxes for farmers, she added on Monday. "
        "Officials expect a vote soon, said Jonas Whitfield of the treasury."
    )
    found = claims_of(text, "en", gazetteer)
    assert claim_starting(found, "Senator")[2] == [
        ("Senator Maria Ostrowski", "", "", "Senator Maria Ostrowski")
    ]
    assert claim_starting(found, "The plan")[2] == [("Senator Maria Ostrowski", "", "", "she")]
    assert claim_starting(found, "Officials")[2] == [
        ("Jonas Whitfield", "", "", "Jonas Whitfield of the treasury")
    ]


def test_without_a_model_a_ukrainian_pronoun_stands_for_the_last_name(gazetteer):
    text = (
        "Мер міста Олександр Коваленко заявив, що ремонт мосту завершать восени. "
        "Він також повідомив, що рух відновлять частково."
    )
    found = claims_of(text, "uk", gazetteer)
    assert claim_starting(found, "Він")[2] == [("Олександр Коваленко", "", "", "Він")]


def test_cue_words_match_whole_words_not_pieces_of_others(gazetteer):
    """'va' (will) is a prediction in 'il va signer', not inside 'arriva'; 'record'
    a comparison, not inside 'recorded'."""
    found = claims_of("Elle arriva à Kyiv avec les ministres du gouvernement.", "fr", gazetteer)
    assert found == []
    found = claims_of("Le président va signer le texte avec les ministres demain.", "fr", gazetteer)
    assert "prediction" in found[0][1]
    found = claims_of("The committee recorded the votes of all its members today.", "en", gazetteer)
    assert found == []


@pytest.mark.parametrize(
    ("lang", "text", "negated", "denied"),
    [
        ("en", "The ministry has not confirmed that the convoy reached the border. "
               "Peskov denied that any meeting had been planned for June.", "The ministry",
         "Peskov"),
        ("fr", "Le ministère n'a pas confirmé que le convoi avait atteint la frontière. "
               "Peskov a démenti qu'une rencontre ait été prévue en juin.", "Le ministère",
         "Peskov"),
        ("uk", "Міністерство не підтвердило, що колона дісталася кордону. "
               "Пєсков спростував, що зустріч планували на червень.", "Міністерство",
         "Пєсков"),
    ],
)  # fmt: skip
def test_a_negated_cue_is_not_the_speakers_word_and_a_denial_refutes(
    gazetteer, lang, text, negated, denied
):
    """'X has not confirmed …' is still a claim, but not X's: X is not its source.
    'X denied …' is X's, with the stance refutes."""
    found = claims_of(text, lang, gazetteer)
    not_said = claim_starting(found, negated)
    assert any(reason.startswith("negated:") for reason in not_said[1])
    assert all(negated not in (mention or "") for *_, mention in not_said[2])
    refuted = claim_starting(found, denied)
    assert [(stance, mention) for _, _, stance, mention in refuted[2]] == [("refutes", denied)]


@pytest.mark.parametrize(
    ("lang", "text", "claim"),
    [
        ("fr", "Istanbul, 2 juin (Agence) - Le ministre a déclaré que les échanges auraient lieu.",
         "les échanges auraient lieu"),
        ("en", "KYIV, June 2 — The minister said that the exchange of prisoners would go ahead.",
         "the exchange of prisoners would go ahead"),
        ("uk", "Київ, 2 червня 2025 - Міністр заявив, що обмін полоненими відбудеться.",
         "обмін полоненими відбудеться"),
    ],
)  # fmt: skip
def test_a_dateline_is_not_part_of_the_claim(gazetteer, lang, text, claim):
    """The claim is what is reported: not the dateline, nor the speaker and cue."""
    found = claims_of(text, lang, gazetteer)
    assert [c[0] for c in found] == [claim]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "TASS, citing the defence ministry, said that three villages were shelled."),
        ("fr", "TASS, citant le ministère, a indiqué que trois villages avaient été bombardés."),
        ("uk", "ТАСС з посиланням на міністерство повідомило, що вночі обстріляли три села."),
        ("ru", "ТАСС со ссылкой на министерство сообщило, что ночью обстреляли три села."),
    ],
)  # fmt: skip
def test_an_outlet_citing_someone_is_a_relay_in_four_languages(gazetteer, lang, text):
    """The ministry speaks; TASS reports its words (linked to its statement) and is no
    speaker of its own."""
    (claim,) = claims_of(text, lang, gazetteer)
    assert any(reason.startswith("relay:") for reason in claim[1])
    sources = claim[3].sources
    assert [(s.speaker, s.category, s.stance) for s in sources if s.speaker == "TASS"] == [
        ("TASS", "ru_state_media", "reports")
    ]
    relay = next(s for s in sources if s.speaker == "TASS")
    cited = sources[relay.relays]
    assert (
        text[cited.start : cited.end]
        .lower()
        .endswith(("ministry", "ministère", "міністерство", "министерство"))
    )


def test_with_the_french_model_a_pronoun_subject_stands_for_the_last_name(gazetteer):
    text = (
        "Dmitri Peskov a reçu les journalistes au Kremlin dans la matinée. "
        "Il a déclaré que rien n'était encore décidé pour le sommet."
    )
    found = claims_of(text, "fr", gazetteer)
    (source,) = claim_starting(found, "Il a déclaré")[2]
    assert source[3] == "Il" and "Peskov" in source[0]


@pytest.mark.parametrize(
    ("lang", "text", "claim", "speaker", "mention"),
    [
        # the quotation is what is said, even with words after the cue
        ("en", "“The bridge will not reopen before May,” she said after the meeting, "
               "according to aides.", "“The bridge will not reopen before May", "", "she"),
        # "said he would": the pronoun opens the reported clause; the apposition is stepped over
        ("en", "Mayor Ellen Brooks, speaking to farmers in Ohio, said he would cut the tax.",
         "he would cut the tax", "Mayor Ellen Brooks", "Mayor Ellen Brooks"),
        # a name with a party in brackets
        ("en", "“It is a dog whistle to voters,” Rep. Alma Reyes (D-Tex.) said.",
         "“It is a dog whistle to voters", "Rep. Alma Reyes", "Rep. Alma Reyes (D-Tex.)"),
        # a verb after "and" shares the sentence's subject
        ("en", "Okafor visited the volunteers and said the shelter needed more beds.",
         "the shelter needed more beds", "Okafor", "Okafor"),
        # a relative pronoun is the mention and stands for the name before it
        ("en", "The plan came from Lena Dufort, who argued that rents had doubled in ten years.",
         "rents had doubled in ten years", "Lena Dufort", "who"),
        # a lower-case noun phrase, a verb in any inflection (pymorphy3 lemmas)
        ("ru", "Местные эксперты рассказывают, что цены на хлеб выросли вдвое.",
         "цены на хлеб выросли вдвое", "Местные эксперты", "Местные эксперты"),
        # a comma before the cue closes an apposition: what follows is the reported clause
        ("en", "Lena Dufort, director of the housing office in Dayton, said the new rules "
               "were confusing tenants.", "the new rules were confusing tenants",
         "Lena Dufort", "Lena Dufort"),
        # a day between the speaker and the cue
        ("en", "Okafor on Tuesday said the shelter would open four new rooms.",
         "the shelter would open four new rooms", "Okafor", "Okafor"),
        # the French inverted clitic: "il" is the mention, for the name before it
        ("fr", "Le maire Paul Girard a visité le chantier. Pour finir, a-t-il ajouté, "
               "les travaux dureront trois mois.", "les travaux dureront trois mois",
         "Paul Girard", "il"),
        # a cue after "to" and a verb takes that verb's subject
        ("en", "This week the president declined to threaten the government in Minsk.",
         "to threaten the government in Minsk", "the president", "the president"),
        # an indefinite pronoun is a source of its own
        ("en", "Then someone asked how the mayor could rebuild the bridge by May.",
         "how the mayor could rebuild the bridge by May", "someone", "someone"),
        # the speaker after the cue, after a dash closing the quotation
        ("uk", "«Ремонт завершать до зими», - розповіла голова громади Ірина Бойко.",
         "«Ремонт завершать до зими»", "Ірина Бойко", "голова громади Ірина Бойко"),
    ],
)  # fmt: skip
def test_the_claim_is_what_is_reported_and_the_source_the_phrase_at_the_cue(
    gazetteer, lang, text, claim, speaker, mention
):
    """Without a model: the claim is the reported words (not the speaker, not the
    cue), and the source mention the phrase the word order puts at the cue."""
    first = claims_of(text, lang, gazetteer)[0]
    assert first[0] == claim
    assert (speaker, mention) in [(s[0], s[3]) for s in first[2]]


def test_a_verb_form_used_as_a_noun_is_no_cue(gazetteer):
    """Without a parse: 'his claims', 'the report', 'states were' are nouns."""
    text = "His claims about the report were checked by the states in the region today."
    assert [c[1] for c in claims_of(text, "en", gazetteer)] == []


def test_a_cue_inside_a_quotation_is_the_quoted_speakers_own(gazetteer):
    """'“… I think …,” Trump said': Trump's claim, and within it a claim of his own
    ('I' stands for him, not for a name inside the quotation)."""
    text = "“Let Maria and I debate, because I think the system is rigged,” Trump said."
    main, nested = claims_of(text, "en", gazetteer)
    assert main[0] == "“Let Maria and I debate, because I think the system is rigged"
    assert [s[0] for s in main[2]] == ["Donald Trump"]
    assert nested[0] == "the system is rigged" and nested[2][0][::3] == ("Donald Trump", "I")


def test_a_quotation_going_on_in_the_next_sentences_is_the_same_speakers(gazetteer):
    """'“…?” Okafor said. “In Dayton, … . This is unbearable.”': the question mark cut
    the attribution off (joined again), and the next two sentences are Okafor's words
    too (his statements again, without a second mention span)."""
    text = (
        "He spoke at noon. “How many times must we see this in our city?” Okafor said. "
        "“In Dayton, an unarmed man with his hands up. This is just unbearable.” "
        "Then he left the stage and went home."
    )
    found = claims_of(text, "en", gazetteer)
    assert [(c[0], [s[0] for s in c[2]], [s[3] for s in c[2]]) for c in found] == [
        ("“How many times must we see this in our city?”", ["Okafor"], ["Okafor"]),
        ("“In Dayton, an unarmed man with his hands up", ["Okafor"], [None]),
        ("This is just unbearable.”", ["Okafor"], [None]),
    ]


@pytest.mark.parametrize(
    ("lang", "text", "stance", "scare"),
    [
        # a short quotation a cue introduces is the speaker's, not the writer's distance
        ("en", "Peskov called the talks in Istanbul “useful” on Monday evening.", "", False),
        ("fr", "Peskov a qualifié les discussions d'Istanbul de « utiles » lundi soir.", "",
         False),
        # a short quotation inside a speaker's reported words is theirs
        ("en", "TASS reported that the “referendum” in the occupied region had ended.",
         "", False),
        ("en", "Peskov added that Moscow saw “no reason” to hurry with the talks.", "", False),
        # a verb the writer does not vouch for
        ("en", "Peskov claimed that the convoy had never crossed the border.", "questions",
         False),
        ("fr", "Peskov prétend que le convoi n'a jamais franchi la frontière.", "questions",
         False),
    ],
)  # fmt: skip
def test_stance_questions_for_scare_quotes_and_distancing_verbs(
    gazetteer, lang, text, stance, scare
):
    (claim,) = claims_of(text, lang, gazetteer)
    assert ("scare_quote" in claim[1]) == scare
    assert [s[2] for s in claim[2]] == [stance]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # a name in the genitive modifies the speaker, it does not speak
        ("ru", "Представитель делегации Умерова заявил, что обмен состоится в пятницу.",
         [("Представитель делегации Умерова", "ua_official", "",
           "Представитель делегации Умерова")]),
        # the comma closes an apposition; the dative after the cue is whom it was told to
        ("ru", "Источник, знакомый с ходом переговоров, сообщил агентству, что встречу перенесли.",
         [("anonymous source", "anonymous", "", "Источник")]),
        # "called X a Y": X is no speaker
        ("en", "Zelensky, speaking in Vilnius, called the memorandum an “ultimatum” on Friday.",
         [("Volodymyr Zelensky", "ua_official", "", "Zelensky")]),
        # a pronoun after the cue, then whom it was said to
        ("ru", "Песков приехал в Стамбул. «Переговоры будут трудными», — сказал он журналистам.",
         [("Dmitry Peskov", "ru_official", "", "он")]),
        # unnamed, said in the sentence
        ("en", "A senior European diplomat, who spoke on condition of anonymity, said the talks "
               "had stalled.",
         [("A senior European diplomat", "anonymous", "", "A senior European diplomat")]),
        # a name the gazetteer knows in another spelling, opening the sentence
        ("en", "Medinskij denied that the convoy had been stopped at the border.",
         [("Vladimir Medinsky", "ru_official", "refutes", "Medinskij")]),
        # what a denial denies is nobody's assertion
        ("ru", "МИД Украины опроверг сообщения о том, что Киев отказался от обмена пленными.",
         [("МИД Украины", "ua_official", "refutes", "МИД Украины")]),
    ],
)  # fmt: skip
def test_sources_a_fact_checker_tried(gazetteer, lang, text, expected):
    """Cases a new user met on articles of their own (each failed before)."""
    found = claims_of(text, lang, gazetteer)
    statements = [s for claim in found for s in claim[2]]
    assert statements == expected


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Ірина Бойко зустрілася з Олександром Коваленком у Києві. "
         "Вона заявила, що міст відкриють у травні.", "Ірина Бойко"),
        ("Олександр Коваленко зустрівся з Іриною Бойко у Києві. "
         "Він заявив, що міст відкриють у травні.", "Олександр Коваленко"),
    ],
)  # fmt: skip
def test_a_pronoun_stands_for_the_subject_before_it_of_its_gender(gazetteer, text, speaker):
    """'Вона' is Iryna Boiko, 'Він' Oleksandr Kovalenko: the name opening the sentence
    before, of the pronoun's gender (pymorphy3 knows names), not the city last named."""
    (claim,) = claims_of(text, "uk", gazetteer)
    assert [(s[0], s[3]) for s in claim[2]] == [(speaker, text.split(". ")[1].split()[0])]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The court ruled that 400 voters were removed. "
               "(Reporting by Lena Hurst; Editing by Will Dunmore and 3 others.)"),
        ("en", "The court ruled that 400 voters were removed.\nBy Jane Doe and 2 colleagues"),
        ("fr", "Le tribunal a estimé que 400 électeurs avaient été radiés.\n"
               "Par Jeanne Dupont, avec 3 correspondants"),
        ("uk", "Суд постановив, що 400 виборців викреслили зі списків.\n"
               "Автор: Олена Коваль, 3 червня"),
    ],
)  # fmt: skip
def test_a_byline_is_no_claim(gazetteer, lang, text):
    found = claims_of(text, lang, gazetteer)
    assert len(found) == 1 and "400" in found[0][0]


@pytest.mark.parametrize(
    ("lang", "text", "outlet", "speaker"),
    [
        ("fr", "Selon l'agence RIA Novosti, Medinski a proposé une nouvelle rencontre à Istanbul.",
         "RIA Novosti", "Vladimir Medinsky"),
        ("en", "According to TASS, Peskov said the talks would resume in June.", "TASS",
         "Dmitry Peskov"),
    ],
)  # fmt: skip
def test_according_to_an_outlet_someone_else_speaking_is_a_relay(
    gazetteer, lang, text, outlet, speaker
):
    (claim,) = claims_of(text, lang, gazetteer)
    sources = claim[3].sources
    relay = next(s for s in sources if s.speaker == outlet)
    assert relay.stance == "reports" and sources[relay.relays].speaker == speaker


def test_a_paragraph_opening_with_a_name_and_a_colon_is_that_speakers(gazetteer):
    """Transcripts and headlines ('OKAFOR: …', 'Lena Dufort: …'): the name speaks, the
    words after the colon are the claim, and the paragraph goes on in their voice;
    'Note:' is no speaker."""
    text = (
        "The transcript follows.\n"
        "OKAFOR: The shelter will not open before May. The roof still leaks badly.\n"
        "Note: the hearing resumes at 10:30 on Monday in room 4."
    )
    found = claims_of(text, "en", gazetteer)
    assert [(c[0], [s[0] for s in c[2]], [s[3] for s in c[2]]) for c in found] == [
        ("The shelter will not open before May", ["OKAFOR"], ["OKAFOR"]),
        ("The roof still leaks badly", ["OKAFOR"], [None]),
        ("Note: the hearing resumes at 10:30 on Monday in room 4", [], []),
    ]


def test_a_speaker_announced_with_a_colon_says_the_next_paragraph(gazetteer):
    """'Okafor added:' then a paragraph: Okafor's words (a noun 'fear' in them is no
    cue), going on in the next sentence; the paragraph after is nobody's."""
    text = (
        "The host spoke on air.\n\nOkafor added:\n\n"
        "And from the mayor, this shows the greatest fear that the town has ever seen. "
        "She cannot fix this.\n\nThe next day the studio stayed closed for 3 hours."
    )
    found = claims_of(text, "en", gazetteer)
    assert [([s[0] for s in c[2]], [s[3] for s in c[2]]) for c in found] == [
        (["Okafor"], ["Okafor"]),
        (["Okafor"], [None]),
        ([], []),
    ]


def test_a_time_between_the_speaker_and_the_cue_is_stepped_over(gazetteer):
    (claim,) = claims_of("Wells Fargo just this month announced it would end the fees.", "en",
                         gazetteer)  # fmt: skip
    assert [s[3] for s in claim[2]] == ["Wells Fargo"]


def test_a_title_case_headline_keeps_its_cue(gazetteer):
    (claim,) = claims_of("Dealmaker Could Address Clean Energy, Lindsey Graham Says", "en",
                         gazetteer)  # fmt: skip
    assert [s[3] for s in claim[2]] == ["Lindsey Graham"]


def test_a_verb_reports_words_only_before_them(gazetteer):
    """'She continued, “…”' reports; 'Prices continued to rise' does not."""
    found = claims_of(
        "Okafor spoke first. She continued, “The shelter will open four rooms in May.” "
        "Prices continued to rise in the whole region all year.",
        "en",
        gazetteer,
    )
    assert [(c[0][:12], [s[3] for s in c[2]]) for c in found] == [("“The shelter", ["She"])]


def test_a_resolved_pronoun_says_so_in_the_statements_reasons(gazetteer):
    """'Він' stands for Kovalenko: the statement's reasons say it came from a pronoun."""
    text = "Олександр Коваленко приїхав до Києва. Він заявив, що міст відкриють у травні."
    doc = load_pipeline("uk")(text)
    _, statements = to_records(suggest_claims(doc, "uk", gazetteer))
    (statement,) = statements
    assert statement.speaker == "Олександр Коваленко" and "pronoun:він" in statement.reasons


def test_a_pronoun_after_two_speakers_stands_for_the_one_just_before(gazetteer):
    """Paragraphs are sentences of their own, not blank ones: 'He added' after Peskov's
    paragraph is Peskov's, not the first name of the article (a tester's article)."""
    text = (
        "Rustem Umerov said on Monday that talks would go on.\n\n"
        "Kremlin spokesman Dmitry Peskov said the date was not set.\n\n"
        "He added that Moscow saw no reason to hurry."
    )
    added = claims_of(text, "en", gazetteer)[-1]
    assert [(s[0], s[3]) for s in added[2]] == [("Dmitry Peskov", "He")]


def test_two_reports_of_one_speaker_are_two_claims_on_one_mention(gazetteer):
    """'… called the memorandum an “ultimatum” and said Ukraine would not accept it':
    two claims of Zelensky's, standing on one 'Zelensky' span; what a denial denies
    is no claim of its own."""
    text = (
        "Zelensky, speaking in Vilnius, called the memorandum an “ultimatum” and said "
        "Ukraine would not accept it. Medinskij denied that Russia had rejected an "
        "unconditional truce."
    )
    doc = load_pipeline("en")(text)
    claims = suggest_claims(doc, "en", gazetteer)
    assert [text[c.start : c.end] for c in claims] == [
        "the memorandum an “ultimatum”",
        "Ukraine would not accept it",
        "Russia had rejected an unconditional truce",
    ]
    spans, _ = to_records(claims)
    named = [text[s.start : s.end] for s in spans if s.kind == "source_mention"]
    assert named == ["Zelensky", "Medinskij"]


@pytest.mark.parametrize(
    ("lang", "text", "cited", "outlet"),
    [
        # an unnamed source inside the delegation, cited by an outlet the gazetteer knows
        ("uk", "ТАРС з посиланням на джерело в російській делегації повідомило, що зустріч "
               "перенесли на четвер.", ("anonymous", "джерело в російській делегації"), "TASS"),
        # an outlet the gazetteer does not know, its name in quotation marks
        ("ru", "Издание «Украинская правда», ссылаясь на собственные источники, написало, что "
               "встречу перенесли на четверг.", ("anonymous", "собственные источники"),
         "Издание «Украинская правда»"),
    ],
)  # fmt: skip
def test_whom_an_outlet_cites(gazetteer, lang, text, cited, outlet):
    (claim,) = claims_of(text, lang, gazetteer)
    sources = claim[3].sources
    relay = next(s for s in sources if s.stance == "reports")
    original = sources[relay.relays]
    assert (original.category, text[original.start : original.end]) == cited
    assert relay.speaker == outlet


def test_with_the_french_model_a_known_name_before_its_role_speaks(gazetteer):
    """The parser takes 'le chef de la diplomatie turque' for the subject; the name
    set off before it is the speaker, with its gazetteer category."""
    text = (
        "Hakan Fidan, le chef de la diplomatie turque, a jugé que les discussions se "
        "déroulaient dans « une atmosphère positive »."
    )
    (claim,) = claims_of(text, "fr", gazetteer)
    assert [(s[0], s[1], s[2]) for s in claim[2]] == [("Hakan Fidan", "mediator_official", "")]


def test_we_inside_a_quotation_is_the_one_quoted_in_french_too(gazetteer):
    """Reported: «Nous avons proposé …», a précisé Roustem Oumerov, chef de la délégation
    ukrainienne: the claim inside the quotation went to "Russian delegation", the last
    name before "Nous" (French had no first-person pronouns; English, Ukrainian and
    Russian had "we")."""
    text = (
        "La délégation russe a présenté un mémorandum. « Nous avons proposé un cessez-le-feu "
        "de trente jours sur toute la ligne de front », a précisé Roustem Oumerov, chef de "
        "la délégation ukrainienne."
    )
    doc = load_pipeline("fr")(text)
    speakers = {
        (text[c.start : c.end][:20], s.speaker, s.category)
        for c in suggest_claims(doc, "fr", gazetteer)
        for s in c.sources
    }
    assert ("un cessez-le-feu de ", "Rustem Umerov", "ua_official") in speakers
    assert all(speaker != "Russian delegation" for _, speaker, _ in speakers)


@pytest.mark.parametrize(
    ("lang", "text", "speaker"),
    [
        ("en", "A Western diplomat said the talks had failed again.", "A Western diplomat"),
        ("en", "The Clinton campaign said the report was false and old.", "The Clinton campaign"),
        ("fr", "Le Matin a écrit que la réunion était annulée depuis hier.", "Le Matin"),
    ],
)
def test_an_article_and_an_adjective_are_no_name(gazetteer, lang, text, speaker):
    """Reported: the speaker of "A Western diplomat" was "A Western" (a run of capitals
    that is an article and an adjective); "The Clinton campaign" was "The Clinton". An
    outlet named with its article keeps it."""
    doc = load_pipeline(lang)(text)
    found = [s.speaker for c in suggest_claims(doc, lang, gazetteer) for s in c.sources]
    assert found == [speaker]
