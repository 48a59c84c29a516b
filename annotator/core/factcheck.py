"""Who publishes a project's fact checks, and where: the settings ClaimReview needs.

Google reads a ClaimReview only from the fact-checker's own page: its `url` is that
page (an anchor allowed), its `author` the organisation. Both are project settings,
asked once (at the first ClaimReview export) and kept in the project file.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import TYPE_CHECKING

from annotator.core.addresses import is_web_address
from annotator.core.editing import commit_change
from annotator.core.errors import AnnotatorError

if TYPE_CHECKING:
    from annotator.core.changes import Change
    from annotator.core.store import Store

PREFIX = "factcheck."
LABELS = {
    "organisation": "the fact-checking organisation's name",
    "organisation_url": "the organisation's web site",
    "page_url": "the page that publishes the fact check",
}
OPTIONS = {"organisation": "--org-name", "organisation_url": "--org-url", "page_url": "--page-url"}


@dataclass(frozen=True, slots=True)
class FactChecker:
    organisation: str = ""
    organisation_url: str = ""
    page_url: str = ""

    def missing(self) -> list[str]:
        """The settings not given yet, by name."""
        return [f.name for f in fields(self) if not getattr(self, f.name).strip()]

    def problems(self) -> list[str]:
        """What is wrong with the settings, in words (empty when ClaimReview can use them)."""
        found = [f"{LABELS[name]} is not set" for name in self.missing()]
        for name in ("organisation_url", "page_url"):
            value = getattr(self, name).strip()
            if value and not is_web_address(value):
                found.append(f"{LABELS[name]} is not a web address (http:// or https://): {value}")
        return found


def fact_checker(store: Store) -> FactChecker:
    return FactChecker(*(store.setting(PREFIX + f.name) for f in fields(FactChecker)))


def save_fact_checker(store: Store, checker: FactChecker, annotator: str = "") -> Change:
    """Keep the settings given, as one edit (an empty one leaves the stored value)."""
    values = {f.name: getattr(checker, f.name).strip() for f in fields(checker)}
    wanted: dict[str, dict | None] = {
        PREFIX + name: {"value": value} for name, value in values.items() if value
    }
    return commit_change(store, "Set the fact-checker", {"project_settings": wanted}, annotator)


def checked_fact_checker(store: Store) -> FactChecker:
    """The project's settings, or an error that says which are missing and how to give them."""
    checker = fact_checker(store)
    problems = checker.problems()
    if problems:
        options = " ".join(f"{OPTIONS[name]} …" for name in checker.missing()) or "the options"
        raise AnnotatorError(
            "ClaimReview needs who publishes the fact check: "
            + "; ".join(problems)
            + f" (give {options} once; the project keeps them)",
            store.path,
        )
    return checker
