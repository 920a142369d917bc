"""Property-style: over generated page variants, the verifier says OFF only when the
catalog's switch is present and unchecked.

Each variant is served by the practice site at its own path and checked as its
own catalog entry, so one verifier run reads them all in one browser.

The stated limit: a page at the setting's own address, under the setting's own
heading, holding exactly one switch, is taken as that setting's page (LinkedIn's
setting pages hold one switch each; it is the detector's last rule). No rule can
tell such a page apart from one whose only switch is something else, so the
generator never builds that one page; every other arrangement of decoys is fair.
"""

from __future__ import annotations

import dataclasses
import random
from dataclasses import dataclass
from html import escape

import pytest

from tests.engines import practice_cookies
from tests.verifying import verify
from wizard.detect import State

SEED = 20261129
COUNT = 120
LABELS = {
    "en": "Use my data for training content creation AI models",
    "de": "Meine Daten für das Training von KI-Modellen zur Erstellung von Inhalten verwenden",
    "fr": "Utiliser mes données pour l’entraînement des modèles d’IA de création de contenu",
    "da": "Brug mine data til at træne AI-modeller, der skaber indhold",  # not in the catalog
}
DECOY_LABELS = ["Dark mode", "Show my profile photo", "Use my data for ads", "Auto-play videos"]


@dataclass(frozen=True)
class Variant:
    present: bool
    checked: bool
    with_id: bool
    language: str
    kind: str  # "checkbox" | "button"
    decoys_outside: int
    decoys_inside: int
    decoys_checked: bool
    late: bool  # drawn a moment after load
    titled: bool  # main's heading is the setting's title

    @property
    def findable(self) -> bool:
        """Whether the detector's rules can find it at all (id, known label, lone switch)."""
        lone = self.decoys_inside == 0 and self.titled
        return self.present and (self.with_id or self.language != "da" or lone)

    def html(self) -> str:
        parts_outside = [
            _switch("checkbox", self.decoys_checked, label=DECOY_LABELS[i % 4], labelled=None)
            for i in range(self.decoys_outside)
        ]
        parts_inside = [
            _switch("button", self.decoys_checked, label=DECOY_LABELS[(i + 1) % 4], labelled=None)
            for i in range(self.decoys_inside)
        ]
        real = ""
        if self.present:
            label_id = "allowDataForGenerativeAI" if self.with_id else None
            real = _switch(self.kind, self.checked, LABELS[self.language], label_id)
        main = "".join(parts_inside[:1]) + real + "".join(parts_inside[1:])
        heading = "Data for Generative AI Improvement" if self.titled else "Setting"
        body = f"<header>{''.join(parts_outside)}</header><main><h1>{heading}</h1>{main}</main>"
        if self.late:
            body = (
                '<div id="later"></div><script>setTimeout(() => {'
                f"document.getElementById('later').outerHTML = {body!r};"
                "}, 120)</script>"
            )
        return f"<!DOCTYPE html><html><body>{body}</body></html>"


_counter = iter(range(10**6))


def _switch(kind: str, checked: bool, label: str, labelled: str | None) -> str:
    n = next(_counter)
    if labelled:
        name = f'<span id="{labelled}">{escape(label)}</span>'
        ref = f'aria-labelledby="{labelled}"'
    else:
        name = f'<label for="s{n}">{escape(label)}</label>'
        ref = f'id="s{n}"'
    if kind == "button":
        state = "true" if checked else "false"
        control = f'<button type="button" role="switch" aria-checked="{state}" {ref}></button>'
    else:
        control = f'<input type="checkbox" role="switch" {ref}{" checked" if checked else ""}>'
    return f"<div>{name}{control}</div>"


def generate(rng: random.Random) -> list[Variant]:
    variants = []
    while len(variants) < COUNT:
        variant = Variant(
            present=rng.random() < 0.8,
            checked=rng.random() < 0.5,
            with_id=rng.random() < 0.5,
            language=rng.choice(list(LABELS)),
            kind=rng.choice(["checkbox", "button"]),
            decoys_outside=rng.choice([0, 0, 1, 2]),
            decoys_inside=rng.choice([0, 0, 1, 2]),
            decoys_checked=rng.random() < 0.5,
            late=rng.random() < 0.3,
            titled=rng.random() < 0.5,
        )
        if variant.titled and not variant.present and variant.decoys_inside == 1:
            continue  # the stated limit (module docstring)
        variants.append(variant)
    return variants


@pytest.fixture(scope="module")
def variants_and_report(site, catalog):
    rng = random.Random(SEED)
    variants = generate(rng)
    base = catalog.get("ai-training")
    optouts = []
    for n, variant in enumerate(variants):
        path = f"/property/{SEED}/{n}"
        site.add_page(path, variant.html())
        optouts.append(dataclasses.replace(base, id=f"variant-{n}", paths=(path,)))
    cookies = practice_cookies(site, f"property-{SEED}@practice.test")
    reports = [
        verify(site.url, catalog, optouts=optouts[i : i + 15], cookies=cookies, timeout_s=30)
        for i in range(0, len(optouts), 15)
    ]
    checks = {c.optout_id: c for report in reports for c in report.checks}
    return variants, checks


def test_generated_variants_cover_every_dimension(variants_and_report):
    variants, _ = variants_and_report
    assert {v.present for v in variants} == {True, False}
    assert {v.checked for v in variants} == {True, False}
    assert {v.with_id for v in variants} == {True, False}
    assert {v.language for v in variants} == set(LABELS)
    assert {v.kind for v in variants} == {"checkbox", "button"}
    assert any(v.decoys_inside and v.decoys_outside for v in variants)
    assert any(v.late for v in variants)
    assert any(
        v.titled and v.present and v.language == "da" and not v.with_id and not v.decoys_inside
        for v in variants
    ), "the lone-switch rule is exercised"


def test_off_only_when_the_switch_is_present_and_unchecked(variants_and_report):
    variants, checks = variants_and_report
    for n, variant in enumerate(variants):
        check = checks[f"variant-{n}"]
        if check.state is State.OFF:
            assert variant.present and not variant.checked, (variant, check)


def test_findable_switches_are_read_exactly(variants_and_report):
    variants, checks = variants_and_report
    for n, variant in enumerate(variants):
        check = checks[f"variant-{n}"]
        if variant.findable:
            expected = State.ON if variant.checked else State.OFF
            assert check.state is expected, (n, variant, check)
        else:
            assert check.state is State.NOT_FOUND, (n, variant, check)


def test_the_run_saw_both_verdicts(variants_and_report):
    _, checks = variants_and_report
    states = {c.state for c in checks.values()}
    assert {State.OFF, State.ON, State.NOT_FOUND} <= states
