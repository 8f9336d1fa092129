"""English work said as a verb: a résumé's "Calibrated gauges", "writing reports", "led a team" name the work its
skill's name says as a noun (calibration, report writing, team leading). extract.py asks these while it grows runs
of words into names.
"""

from __future__ import annotations

from collections.abc import Sequence
from types import MappingProxyType

from jobsfez.skills.match import lexicon, phrases, stance, work_words
from jobsfez.skills.match.normalise import normalise
from jobsfez.skills.match.phrases import Match
from jobsfez.skills.match.tokens import Word
from jobsfez.skills.match.vocab import Vocabulary

# Past forms of verbs of work not ending in -ed, with their -ing form: a profile tells what was done ("led a team").
IRREGULAR_PAST = MappingProxyType(
    {
        "led": "leading",
        "built": "building",
        "made": "making",
        "ran": "running",
        "wrote": "writing",
        "drove": "driving",
        "taught": "teaching",
        "sold": "selling",
        "bought": "buying",
        "drew": "drawing",
    }
)
# Words that may stand between a verb and its object: an article or whose it was ("led a team", "ran our store").
DETERMINERS = frozenset(("a", "an", "the", "my", "our", "their", "his", "her", "its"))


def _ing(verb: str) -> str | None:
    """The -ing form of a verb said with -ing, as a regular past (-ed: "managed", "planned") or an irregular one."""
    if not (verb.isalpha() and verb.isascii()):
        return None
    if verb.endswith("ing"):
        return verb
    if verb.endswith("ed") and len(verb) > len("ed") + 2:
        return verb[:-2] + "ing"  # managed: managing, tested: testing, planned: planning
    return IRREGULAR_PAST.get(verb)


# Past verbs that say skilled work in a résumé's line whatever follows: not those with everyday senses as common
# ("Planned a trip", "Packed my suitcase", "Picked up Python", "Scraped the paint", "Rigged the election").
WORK_DONE_VERBS = frozenset(
    (
        *("calibrated", "inspected", "welded", "machined", "milled", "drilled", "soldered", "brazed", "wired"),
        *("programmed", "coded", "translated", "interpreted", "negotiated", "coached", "mentored", "audited"),
        *("sourced", "procured", "forecasted", "presented", "documented", "invoiced", "hobbed", "drafted"),
        *("packed", "picked", "polished", "rigged"),  # "Packed orders", "Polished molds", "Rigged loads"
        "sold",  # "Sold forklift parts" is sales (IRREGULAR_WORK_NOUNS); not "Sold my old car", "Sold out"
    )
)
_WORK_DONE_INGS = frozenset(_ing(verb) for verb in WORK_DONE_VERBS)
# Verbs of work said of other things as often, read as the work only with one of its own objects in the clause:
# drafting is of drawings ("Drafted shop drawings", "Drafted plans for a cafe"; not "Drafted purchase orders").
OBJECTS_OF_WORK = MappingProxyType(
    {
        "drafting": frozenset(
            (
                *("drawing", "drawings", "plans", "blueprints", "isometrics", "layouts", "schematics", "sketches"),
                *("details", "sections", "elevations", "cad", "autocad", "p&ids", "dwg", "floor"),
            )
        )
    }
)
# Words after the verb that make it something else: whose it was done to ("Programmed my TV remote", "Packed my
# suitcase"), or a particle of a phrasal verb ("Picked up Python", "Packed off", "Polished off"). A preposition
# keeps the work ("Inspected for defects", "Presented at trade shows", "Welded to AWS D1.1").
NOT_WORK_AFTER = lexicon.POSSESSIVE_FORMS | {"up", "off", "out", "down", "through"}


# The writer as the subject of a verb in the present before its object ("I drive a 1-ton truck", "I calibrate pressure
# gauges"): a profile's story tells work done now as a résumé's line does in the past. A verb alone in the present is
# a pastime as often ("I code for fun", "I translate K-pop lyrics", "I coach little league"): read bare, or after
# "can", only of a trade's bench (TRADE_WORK_VERBS: "I can solder small boards"). Not after "could", a wish's as often
# ("I could weld if trained"), nor "can't" ("I can't weld yet").
ABLE_FORMS = frozenset(("can",))
# Pasts of the verbs of a trade's bench, WORK_DONE_VERBS with no pastime's sense: said by the writer first in a clause
# in the present or with "can", the work whatever follows ("I weld brackets", "I can solder small boards").
TRADE_WORK_VERBS = frozenset(("calibrated", "welded", "soldered", "brazed", "machined", "hobbed"))
_TRADE_WORK_INGS = frozenset(_ing(verb) for verb in TRADE_WORK_VERBS)


def _present_ing(clause: Sequence[Word], i: int) -> str | None:
    """The -ing form of word i when it is a verb of work in the present right after I or we (drive: driving,
    calibrate: calibrating, program: programming), or said of the writer unnamed first in a line, as a résumé's line
    says it in the past ("Calibrates pressure gauges", "Drives a 5-ton truck": `_said_of_writer`); after I can, a
    verb of a trade's bench alone ("I can solder small boards"; not "I can drive buses", a licence's)."""
    verb = clause[i].form
    if i == 0 and _said_of_writer(clause):
        verb = verb[:-2] if verb.endswith(ES_AFTER) else verb[:-1]
    elif _writer_at(clause, i) is None or not verb.isalpha():
        return None
    ing = _present_ing_of(verb)
    return ing if i == 0 or clause[i - 1].form not in ABLE_FORMS or ing in _TRADE_WORK_INGS else None


def _writer_at(clause: Sequence[Word], i: int) -> int | None:
    """Where I or we stands as the subject of word i, right before it or before "can" before it ("I can weld"), an
    adverb of how often between ("I mostly weld brackets", "I also weld pipes")."""
    before = i - 1
    if before > 0 and clause[before].form in OFTEN_EN:
        before -= 1
    if before > 0 and clause[before].form in ABLE_FORMS:
        before -= 1
    if before > 0 and clause[before].form in OFTEN_EN:  # "I also can weld"
        before -= 1
    return before if before >= 0 and clause[before].form in lexicon.WRITER_SUBJECTS_EN else None


OFTEN_EN = frozenset(("also", "mostly", "mainly", "usually", "often", "sometimes", "still", "currently", "regularly"))


def _present_ing_of(verb: str) -> str | None:
    for past in (verb + "d", verb + "ed", verb + verb[-1:] + "ed"):
        if past in WORK_DONE_VERBS or past in ENGLISH_PRESENT_WORK:
            return _ing(past)
    return next((ing for ing in IRREGULAR_PAST.values() if ing in (verb + "ing", verb[:-1] + "ing")), None)


# Endings after which a verb's -s is -es ("Inspects", "Wires"; "Polishes", "Teaches"; not "Uses": use, "Drives": drive).
ES_AFTER = ("shes", "ches", "sses", "xes")


def _said_of_writer(clause: Sequence[Word]) -> bool:
    """A verb in the present with its -s, capitalised and first in a line, the writer its subject left unsaid: a
    résumé's or a job's line of duties ("Calibrates gauges", "Inspects welds"); not a noun in the plural, the subject
    of a verb or a participle after it, or of "of" ("Sources say …", "Documents required:", "Codes of conduct")."""
    first = clause[0]
    if not (first.text[:1].isupper() and first.form.isalpha() and first.form.endswith("s") and len(first.form) > 3):
        return False  # four letters at least: "Uses", "Runs"; not "Is", "Has"
    after = clause[1] if len(clause) > 1 else None
    if after is not None and after.form in AND_FORMS and len(clause) > 3:  # a second verb, its object after it
        return clause[2].form.endswith("s") and clause[3].form not in PLURAL_SUBJECT_AFTER  # "Picks and packs orders"
    return (
        after is not None
        and after.gap == "space"
        and after.form not in PLURAL_SUBJECT_AFTER
        and not (after.form.endswith("ed") and after.form.isalpha())
    )


# Words after a capitalised word in -s that make it a plural noun: its verb or auxiliary, "of", another noun joined
# by "and" ("Drills and saws for sale"), or a preposition ("Presents for the kids", "Programs like Excel").
PLURAL_SUBJECT_AFTER = frozenset(
    (
        *("of", "are", "is", "was", "were", "will", "would", "must", "can", "could", "should", "may", "might"),
        *("say", "said", "says", "apply", "matter", "go", "come", "have", "had", "do", "did", "need", "look"),
        *("and", "&", "for", "like", "to", "in", "on", "at", "from", "with", "everywhere"),
    )
)


# Pasts of verbs of work before an object, besides WORK_DONE_VERBS: "I inspect incoming parts", "I operate forklifts".
ENGLISH_PRESENT_WORK = frozenset(("inspected", "operated", "maintained", "repaired", "designed", "tested"))


def work_done(vocab: Vocabulary, clause: Sequence[Word], i: int) -> list[Match]:
    """A résumé's line begun with a verb of skilled work in the past, in capitals ("Calibrated gauges", "Sourced parts
    from suppliers"), or in the present with its -s ("Calibrates gauges"), is the work a one-word name says as a noun
    (calibration, sourcing), unless what follows makes it a thing of one's own or a phrasal verb (NOT_WORK_AFTER); so
    is a second verb joined to it by "and" ("Onboarded and coached new hires"). An object that names the work better
    is read by `reordered` ("Interpreted drawings": drawing interpretation): it covers more."""
    first = i == 0 or (i == 2 and clause[1].form in AND_FORMS and _past(clause[0].form))
    ing = _done_ing(clause, i)
    if ing is None or ing not in _WORK_DONE_INGS:
        return []
    if not (first and clause[0].text[:1].isupper()) and not _trade_said_by_writer(clause, i, ing):
        return []  # a label's first word in small letters is as often a thing done to ("drilled stone", "wired alarms")
    if i + 1 < len(clause) and clause[i + 1].form in NOT_WORK_AFTER:
        return []
    if _without_its_object(clause, i) or _one_thing_sold(clause, i):
        return []
    for work in _works(ing):
        skill_id = vocab.exact.get(work)
        if skill_id is not None:
            return [Match(i, i + 1, skill_id, "exact", 100.0, None)]
    return []


def _trade_said_by_writer(clause: Sequence[Word], i: int, ing: str) -> bool:
    """Word i is a verb of a trade's bench (TRADE_WORK_VERBS) in the present, I or we first in the clause its subject
    ("I weld brackets", "I can solder small boards", "I mostly weld brackets"); not another's ("My dad can weld"), asked
    ("Can you weld?") or on a condition after it ("I can weld if trained"). In the past, only at a workplace or for a
    span of time (`_at_work`)."""
    after = [word.form for word in clause[i + 1 :]]
    condition = any(
        form in CONDITIONS and (at + 1 == len(after) or after[at + 1] not in NEEDED_EN) for at, form in enumerate(after)
    )
    present = clause[i].form not in WORK_DONE_VERBS or _at_work(clause[i + 1 :])  # the past is a weekend's as often
    return present and _writer_at(clause, i) == 0 and ing in _TRADE_WORK_INGS and not condition


CONDITIONS = frozenset(("if", "once", "unless"))
# ... but a condition of the work's need is the writer offering it ("I can solder if needed"), no wish's.
NEEDED_EN = frozenset(("needed", "necessary", "required"))
# Where a trade's work was done, which make the past said after I a job's ("I welded steel frames at a factory in
# Sasang"), not a weekend's ("I soldered a new cable onto my headphones last night"); a school's lab or workshop is
# no workplace ("I soldered an LED kit in science lab at school").
WORKPLACES_AFTER_PAST = frozenset(
    ("plant", "factory", "line", "yard", "shipyard", "lab", "site", "workshop", "job", "work")
)
SCHOOLS_EN = frozenset(("school", "class", "classroom", "science", "university", "college", "course", "homework"))
# ... or how long: "for" and a number before a unit of years or months ("for 3 years", "for two months"); not
# "last year", a time when.
SPAN_UNITS_EN = frozenset(("year", "years", "month", "months", "yr", "yrs"))
FOR_EN = "for"


def _at_work(after: Sequence[Word]) -> bool:
    forms = [word.form for word in after]
    placed = any(form in WORKPLACES_AFTER_PAST for form in forms) and not any(form in SCHOOLS_EN for form in forms)
    return placed or any(
        one == FOR_EN and (lexicon.number(two) is not None or two in lexicon.SPELT_NUMBERS) and three in SPAN_UNITS_EN
        for one, two, three in zip(forms, forms[1:], forms[2:], strict=False)
    )


def worked_things(clause: Sequence[Word], i: int) -> list[Word]:
    """The object of word i when it is a verb of a trade's bench (TRADE_WORK_VERBS, in the past or the present): its
    noun and the words describing it, up to a word of grammar ("Welded small brackets and frames", "I can solder
    small boards", not "for a neighbour"): what the work was done on, no other thing."""
    ing = _done_ing(clause, i)
    if ing is None or ing not in _TRADE_WORK_INGS:
        return []
    things: list[Word] = []
    for word in clause[i + 1 : _object_end(clause, i + 1, len(clause))]:
        if word.form in lexicon.GRAMMAR_FORMS and word.form not in DETERMINERS and word.form not in AND_FORMS:
            break
        things.append(word)
    return things


def _without_its_object(clause: Sequence[Word], i: int) -> bool:
    """Word i is a verb of OBJECTS_OF_WORK with none of its objects after it: "Drafted purchase orders", "Drafted a
    cover letter", "Drafted technical manuals" are papers written, no drawing."""
    ing = _ing(clause[i].form) or (_present_ing(clause, i) if i == 0 else None)  # "Drafted", "Drafts"
    things = OBJECTS_OF_WORK.get(ing or "")
    return things is not None and not any(word.form in things for word in clause[i + 1 :])


# Selling is sales work of goods many, not one thing of one's own sold: "Sold an old kettle online", "Sold a bike";
# a quantity's noun before "of" says many ("Sold a lot of cars", "Sold a range of sensors").
MANY_SOLD = frozenset(("few", "couple", "dozen", "hundred", "thousand", "lot"))


def _one_thing_sold(clause: Sequence[Word], i: int) -> bool:
    """Word i is "sold" before one thing: an article or "one", no quantity's "of" after its next word."""
    after = [word.form for word in clause[i + 1 : i + 4]]
    many = len(after) > 1 and after[1] in MANY_SOLD  # "Sold a hundred cars a month", "Sold a few cars a week"
    return (
        clause[i].form == "sold" and bool(after) and after[0] in stance.ONE_OF_EN and after[2:3] != ["of"] and not many
    )


def _done_ing(clause: Sequence[Word], i: int) -> str | None:
    """The -ing form of word i as a verb of work done (WORK_DONE_VERBS), in the past, first with its -s, or in the
    present after I or we ("I weld", "I can weld": `_present_ing`)."""
    verb = clause[i].form
    return _ing(verb) if verb in WORK_DONE_VERBS else _present_ing(clause, i)


def work_done_named(vocab: Vocabulary, clause: Sequence[Word], matches: Sequence[Match]) -> list[Match]:
    """The matches less the work a past verb says (`work_done`) where another skill of the clause is that work done
    with a thing: "Programmed KUKA robots" is the KUKA robot, whose related skill is robot programming, not the
    programming of software; "Translated manuals into Korean" keeps both."""

    def named_by_other(match: Match) -> bool:
        if work_done(vocab, clause, match.start) != [match]:
            return False
        ing = _done_ing(clause, match.start)
        nouns = set(_works(ing)) if ing else set()
        return any(
            other is not match and any(_last_word(vocab, skill_id) in nouns for skill_id in _with_related(vocab, other))
            for other in matches
        )

    if len(matches) < 2:
        return list(matches)  # the common case: no other skill to name the work
    return [match for match in matches if not named_by_other(match)]


def _with_related(vocab: Vocabulary, match: Match) -> tuple[str, ...]:
    return (match.skill_id, *vocab.related.get(match.skill_id, ()))


def _last_word(vocab: Vocabulary, skill_id: str) -> str:
    """The last word of a skill's English name, folded ("Robot programming": programming)."""
    return normalise(vocab.by_id[skill_id].name_en.split()[-1]) if vocab.by_id[skill_id].name_en else ""


# Verbs of work whose noun is the verb itself in skills' names ("Circuit design", "Customer support").
BARE_WORK_NOUNS = frozenset(("design", "repair", "support"))
# Verbs of work whose noun is made of no ending of theirs: selling is sales.
IRREGULAR_WORK_NOUNS = MappingProxyType({"selling": ("sales",)})


def _works(ing: str) -> tuple[str, ...]:
    """The nouns of work a verb's -ing form may be said as: operating: operation, interpreting: interpretation,
    managing: management, designing: design, resolving: resolution, assembling: assembly, selling: sales."""
    stem = ing[:-3]
    solved = (stem[:-1] + "ution",) if stem.endswith("olv") else ()
    bare = (stem,) if stem in BARE_WORK_NOUNS else ()  # not "test": "Tested pens" is no pen test
    assembled = (stem + "y",) if stem.endswith("bl") else ()  # assembling: assembly
    irregular = IRREGULAR_WORK_NOUNS.get(ing, ())  # selling: sales
    return ing, stem + "ion", stem + "ation", stem + "ement", *bare, *solved, *assembled, *irregular


def _past(form: str) -> bool:
    """A regular past ("managed") or an irregular one IRREGULAR_PAST knows."""
    return form.isascii() and form.isalpha() and ((form.endswith("ed") and len(form) > 4) or form in IRREGULAR_PAST)


AND_FORMS = frozenset(("and", "&"))
# Words that may describe a work's object between the verb and it ("building FRP fishing boats"), at most.
OBJECT_MODIFIERS = 2


def reordered(vocab: Vocabulary, clause: Sequence[Word], i: int, length: int) -> list[Match]:
    """An English work said as a verb before its object ("writing reports", "testing software", "operating
    forklifts", "led a team"): the name that says it as a noun after the object ("report writing", "software
    testing", "forklift operation", "team leading"). The verb may be in the past, an article or a possessive may
    stand before the object, and a word or two may describe it: a name may hold one of them ("building FRP boats":
    FRP boat building), and the others are left out ("building wooden boats", "tested new software"). An -ing before
    a firm's noun after an article, or before it and its staff alone, names the firm ("Receptionist at a medical
    testing lab", "Testing lab receptionist"): no work of the writer's ("Testing lab technician" is)."""
    verb = clause[i]
    ing = _ing(verb.form) or _present_ing(clause, i)  # "I drive a 1-ton truck"
    at = i + 1
    if ing is None or clause[at].gap != "space" or _without_its_object(clause, i):
        return []
    before = {word.form for word in clause[max(0, i - OBJECT_MODIFIERS - 1) : i]}  # "at a medical testing lab"
    staff = {word.form for word in clause[at + 1 :]}  # "Testing lab receptionist"
    firm = verb.form == ing and bool(before & DETERMINERS or (staff and staff <= phrases.STAFF_EN))
    if clause[at].form in DETERMINERS and at + 1 < i + length and clause[at + 1].gap == "space":
        at += 1
    works = _works(ing)
    found: list[Match] = []
    for stop in range(at + 1, _object_end(clause, at, i + length) + 1):
        if clause[stop - 1].gap != "space":
            break
        *described, thing = clause[at:stop]
        if thing.form in AND_FORMS or (firm and not described and thing.form in phrases.STAFFED_FIRMS_EN):
            continue
        things = {thing.form, thing.form[:-1] if thing.form.endswith("s") else thing.form}
        kept = sorted({word.form for word in described if _kept_in_object(vocab, word.form, things)})
        for spelling in (said + form + work for said in kept or [""] for form in things for work in works):
            skill_id = vocab.exact.get(spelling)
            if skill_id is not None:
                found.append(Match(i, stop, skill_id, "exact", 100.0, None))
                break
    return found[-1:]


def _object_end(clause: Sequence[Word], at: int, end: int) -> int:
    """Where a verb's object beginning at `at` may end: its noun and OBJECT_MODIFIERS words describing it, words that
    join two of them aside ("designed analog and digital circuits")."""
    said = 0
    for k in range(at, end):
        said += clause[k].form not in AND_FORMS
        if said > OBJECT_MODIFIERS + 1:
            return k
    return end


def _kept_in_object(vocab: Vocabulary, form: str, things: set[str]) -> bool:
    """A word describing a verb's object that the work's name must hold: a skill's name itself ("operating CNC
    machines" is no machine operation) or a name's first word with the thing ("overhead cranes"); another word of
    names describes it only ("tested new software", "reading engineering drawings"); a word of grammar says nothing
    of the object ("writing of reports", "scheduling in production")."""
    if form in lexicon.GRAMMAR_FORMS:
        return False
    return form in vocab.exact or any(form + thing in vocab.prefixes for thing in things)


def worked_on(clause: Sequence[Word], i: int) -> bool:
    """Word i is the object of an English verb of work a résumé says a thing with, an article between or not
    ("Designed fixtures", "Repaired the conveyors"): a plural there names things, no verb or other sense."""
    before = [word.form for word in clause[max(0, i - 2) : i]]
    if before[-1:] and before[-1] in DETERMINERS:
        before.pop()
    return bool(before) and before[-1] in work_words.ENGLISH_WORK_VERB_FORMS


def made(clause: Sequence[Word], i: int) -> bool:
    """Word i is the object of a verb of making, an article or a noun between or not ("I make ship propellers",
    "Built web crawlers"): a plural there names things made."""
    before = [word.form for word in clause[max(0, i - 2) : i]]
    return any(form in MAKING_EN for form in before) and all(form.isascii() and form.isalpha() for form in before)


MAKING_EN = frozenset(("make", "makes", "made", "build", "builds", "built", "fabricate", "fabricated", "assemble"))
