"""Property-style: over generated page variants, the verifier says OFF only when the
catalog's switch is present, ready and unchecked.

Each variant is served by the practice site at its own path and checked as its
own catalog entry, so one verifier run reads them all in one browser. Variants
draw the switch in stages as real single-page sites do: first a placeholder
(disabled, inside aria-busy, or without its label yet) holding the default Off,
then the member's value a moment later, or never; with other named switches
around it, some carrying another setting's own stable id.

The lone-switch rule takes a switch only when it names nothing else, and every
switch the generator draws has a name, so no page is read by that rule except
where the name is the setting's own (the rules before it).
"""

from __future__ import annotations

import dataclasses
import random
from dataclasses import dataclass
from html import escape

import pytest

from tests.helpers.engines import practice_cookies
from tests.helpers.verifying import verify
from wizard.reading.result import State

SEED = 20261201
COUNT = 120
# Pages that finish get time to spare (fifteen load at once on two cores); pages whose
# placeholder never ends are checked apart, with a short time: they end at its limit.
TIMEOUT_S = 20
NEVER_READY_TIMEOUT_S = 6
LABELS = {
    "en": "Use my data for training content creation AI models",
    "en-reworded": "Use my data to train content-creation AI models",
    "de": "Meine Daten für das Training von KI-Modellen zur Erstellung von Inhalten verwenden",
    "fr": "Utiliser mes données pour l’entraînement des modèles d’IA de création de contenu",
    "da": "Brug mine data til at træne AI-modeller, der skaber indhold",  # not in the catalog
}
DECOY_LABELS = [
    "Dark mode",
    "Show my profile photo",
    "Use my data for ads",
    "Use my data to personalise AI features for me",
]
PLACEHOLDERS = ("none", "disabled", "busy", "unnamed")


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
    foreign_id: bool  # a decoy inside carries another setting's stable id
    late: bool  # drawn a moment after load
    titled: bool  # main's heading is the setting's title
    placeholder: str  # how the switch is first drawn (PLACEHOLDERS)
    delay_ms: int  # when the placeholder becomes the real switch
    forever: bool  # the placeholder never becomes the real switch

    @property
    def findable(self) -> bool:
        """Whether the detector's rules can find it (id, a catalog label or a small
        rewording of one); a Danish label names itself in words the catalog lacks."""
        if self.never_ready and self.placeholder == "unnamed" and not self.with_id:
            return False  # a switch with no name and no id says nothing of what it is
        return self.present and (self.with_id or self.language != "da")

    @property
    def never_ready(self) -> bool:
        return self.present and self.placeholder != "none" and self.forever

    def html(self) -> str:
        parts_outside = [
            _switch("checkbox", self.decoys_checked, label=DECOY_LABELS[i % 4], labelled=None)
            for i in range(self.decoys_outside)
        ]
        parts_inside = [
            _switch(
                "button",
                self.decoys_checked,
                label=DECOY_LABELS[(i + 1) % 4],
                labelled="allowAIPersonalization" if self.foreign_id and i == 0 else None,
            )
            for i in range(self.decoys_inside)
        ]
        real = ""
        if self.present:
            label_id = "allowDataForGenerativeAI" if self.with_id else None
            real = _switch(
                self.kind, self.checked, LABELS[self.language], label_id, self.placeholder
            )
        main = "".join(parts_inside[:1]) + real + "".join(parts_inside[1:])
        heading = "Data for Generative AI Improvement" if self.titled else "Setting"
        body = f"<header>{''.join(parts_outside)}</header><main><h1>{heading}</h1>{main}</main>"
        if self.late:
            body = (
                '<div id="later"></div><script>setTimeout(() => {'
                f"document.getElementById('later').outerHTML = {body!r};"
                "}, 120)</script>"
            )
        if self.present and self.placeholder != "none" and not self.forever:
            body += _BECOME_REAL.replace("DELAY", str(self.delay_ms + (120 if self.late else 0)))
        return f"<!DOCTYPE html><html><body>{body}</body></html>"


# The placeholder becomes the real switch: the member's value in, busy and
# disabled gone, the label written.
_BECOME_REAL = """<script>setTimeout(() => {
  const real = document.querySelector("[data-real]");
  const wanted = real.dataset.real === "on";
  if (real.tagName === "INPUT") real.checked = wanted;
  else real.setAttribute("aria-checked", wanted ? "true" : "false");
  real.disabled = false;
  const busy = real.closest("[aria-busy]");
  if (busy) busy.removeAttribute("aria-busy");
  const label = document.querySelector("[data-real-label]");
  if (label && !label.textContent) label.textContent = label.dataset.realLabel;
}, DELAY)</script>"""


_counter = iter(range(10**6))


def _switch(
    kind: str, checked: bool, label: str, labelled: str | None, placeholder: str = "none"
) -> str:
    n = next(_counter)
    shown = checked if placeholder == "none" else False  # a placeholder holds the default
    text = "" if placeholder == "unnamed" else escape(label)
    later = f' data-real-label="{escape(label)}"' if placeholder != "none" else ""
    if labelled:
        name = f'<span id="{labelled}"{later}>{text}</span>'
        ref = f'aria-labelledby="{labelled}"'
    else:
        name = f'<label for="s{n}"{later}>{text}</label>'
        ref = f'id="s{n}"'
    marks = ""
    if placeholder != "none":
        marks = f' data-real="{"on" if checked else "off"}"'
        if placeholder == "disabled":
            marks += " disabled"
    if kind == "button":
        state = "true" if shown else "false"
        control = (
            f'<button type="button" role="switch" aria-checked="{state}" {ref}{marks}></button>'
        )
    else:
        control = f'<input type="checkbox" role="switch" {ref}{" checked" if shown else ""}{marks}>'
    row = f"<div>{name}{control}</div>"
    if placeholder == "busy":
        row = f'<section aria-busy="true">{row}</section>'
    return row


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
            foreign_id=rng.random() < 0.5,
            late=rng.random() < 0.3,
            titled=rng.random() < 0.5,
            placeholder=rng.choice(PLACEHOLDERS),
            delay_ms=rng.choice([0, 300, 1200]),
            forever=rng.random() < 0.1,
        )
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
    catalog = dataclasses.replace(catalog, optouts=(*catalog.optouts, *optouts))
    ready = [o for o, v in zip(optouts, variants, strict=True) if not v.never_ready]
    never = [o for o, v in zip(optouts, variants, strict=True) if v.never_ready]
    batches = [(ready[i : i + 15], TIMEOUT_S) for i in range(0, len(ready), 15)]
    batches += [(never[i : i + 15], NEVER_READY_TIMEOUT_S) for i in range(0, len(never), 15)]
    reports = [
        verify(site.url, catalog, optouts=batch, cookies=cookies, timeout_s=seconds)
        for batch, seconds in batches
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
    assert {v.placeholder for v in variants if v.present} == set(PLACEHOLDERS)
    assert any(v.never_ready for v in variants)
    assert any(v.foreign_id and v.decoys_inside and v.titled for v in variants)
    assert any(
        v.present and not v.checked and v.placeholder != "none" and v.delay_ms == 1200
        for v in variants
    ), "a placeholder Off that turns On late is exercised"
    assert any(
        v.titled and v.present and v.language == "da" and not v.with_id and not v.decoys_inside
        for v in variants
    ), "a lone switch that names itself in unknown words is exercised"


def test_off_only_when_the_switch_is_present_ready_and_unchecked(variants_and_report):
    variants, checks = variants_and_report
    for n, variant in enumerate(variants):
        check = checks[f"variant-{n}"]
        if check.state is State.OFF:
            assert variant.present and not variant.checked, (variant, check)
            assert not variant.never_ready, (variant, check)


def test_findable_switches_are_read_exactly(variants_and_report):
    variants, checks = variants_and_report
    for n, variant in enumerate(variants):
        check = checks[f"variant-{n}"]
        if variant.findable and variant.never_ready and variant.placeholder == "unnamed":
            # A finished page whose switch never gets a name: said as such, never as
            # a page still loading, and never read.
            assert check.state is State.NOT_FOUND, (n, variant, check)
            assert "no name at all" in check.reason, (n, variant, check)
        elif variant.findable and variant.never_ready:
            assert check.state is State.ERROR, (n, variant, check)
            # Said as the page not finishing, or (a page slow to open at all, fifteen at
            # once on two cores) as the time running out first.
            assert "did not finish loading" in check.reason or "did not answer" in check.reason
        elif variant.findable:
            expected = State.ON if variant.checked else State.OFF
            assert check.state is expected, (n, variant, check)
        elif variant.never_ready:
            assert check.state in (State.NOT_FOUND, State.ERROR), (n, variant, check)
        else:
            assert check.state is State.NOT_FOUND, (n, variant, check)


def test_the_run_saw_both_verdicts(variants_and_report):
    _, checks = variants_and_report
    states = {c.state for c in checks.values()}
    assert {State.OFF, State.ON, State.NOT_FOUND} <= states
