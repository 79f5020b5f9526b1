"""Issue #16: the candidacy refusal letter (Art. 13) is written in the member's language."""

import pytest

from elections.models import CandidacyStatus
from elections.tests.test_candidacies import _refused, election  # noqa: F401
from elections.tests.test_services import members

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("language", "words", "not_words"),
    [
        pytest.param("fr", ["Votre candidature", "est refusée", "Motifs", "recours", "20/12/2027"], ["your candidacy"]),
        pytest.param("nl", ["Uw kandidatuur", "werd geweigerd", "Redenen", "beroep"], ["your candidacy"]),
        pytest.param("en", ["your candidacy", "is refused", "appeal"], ["kandidatuur"]),
    ],
)
def test_the_refusal_letter_speaks_the_members_language(election, language, words, not_words):  # noqa: F811
    (person,) = members(1)
    person.language = language
    person.save(update_fields=["language"])
    candidate = _refused(election, person)
    assert candidate.status == CandidacyStatus.REFUSED
    letter = candidate.refusal_letter
    assert all(word in letter for word in words), letter
    assert not any(word in letter for word in not_words), letter


@pytest.mark.parametrize("language", ["nl", "fr"])
def test_the_eligibility_problems_in_the_letter_are_declared_reasons_in_the_members_language(
    election,  # noqa: F811
    language,
    monkeypatch,
):
    """Issue #16: the problems are stored as data (Art. 11.2 d), paid staff of the fund) and rendered in the
    member's language when the letter is written; a marking translator («…») records the language."""
    from django.utils import translation
    from django.utils.translation import gettext

    from core import reasons

    seen = []

    def marking(text):
        seen.append(translation.get_language())
        return f"«{gettext(text)}»"

    monkeypatch.setattr(reasons, "_translate", marking)
    (person,) = members(1)
    person.language = language
    person.save(update_fields=["language"])
    candidate = _refused(election, person)  # paid staff of the fund (Art. 11.2 d)
    assert [p["code"] for p in candidate.problems] == ["art11_2.barred"]
    assert candidate.problems[0]["article"] == "Art. 11.2 d)"
    # the statute's words stay Dutch, quoted; the rest is translated, in the member's language
    with translation.override(language):
        meaning = gettext("paid staff of the fund")
    letter = candidate.refusal_letter
    assert "Art. 11.2 d)" in letter and "“geen bezoldigd personeelslid zijn van het ziekenfonds”" in letter
    assert f"«{meaning}»" in letter  # the meaning went through the translation, in the member's language
    if language == "nl":  # the catalogue has it already
        assert "bezoldigd personeel van het ziekenfonds" in candidate.refusal_letter
    assert seen and set(seen) == {language}
