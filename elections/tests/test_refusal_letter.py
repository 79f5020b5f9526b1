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
