"""R-8.1: the contract's wording is a versioned template in the policy; a contract prints, and
reprints, with the version in force on its signing day, and a contract signed after a newer
version with the new wording. A template of the wrong shape is refused by name. Both databases."""

from __future__ import annotations

import copy
import re

import pytest

from app.db import models as m
from app.documents import printing
from app.workflow import errors, papers_template
from app.workflow.clock import FixedClock
from app.workflow.papers_template import CONTRACT_TEMPLATE_1
from tests.documents import records_world as rw
from tests.factories import World

NEW_WORDING = "این بند در نسخهٔ تازهٔ قرارداد افزوده شده است"


def newer_template() -> dict:
    template = copy.deepcopy(CONTRACT_TEMPLATE_1)
    template["version"] = "۱۴۰۵-۲"
    template["articles"][0]["paragraphs"].append(f"{NEW_WORDING} (سمن {{ngo_code}}).")
    return template


@pytest.fixture
def world(database, clock: FixedClock) -> World:  # noqa: ANN001
    w = World(clock)
    w.do("admin", "update_semansara", code="S1", max_contracts=50)
    rw.name_users(w)
    rw.register(w, "N1")
    rw.request_to(w, "R1", "N1", "he_letter_to_manager", contract="C1", starts="1405/01/10")
    return w


def _text(kind: str, ref: str) -> str:
    return printing.build(kind, ref).content().replace("\u00a0", " ")


def _add(world: World, template: object, effective: str = "1405/03/01") -> dict:
    return world.do(
        "admin",
        "add_policy_version",
        effective=effective,
        changes={"contract_template": template},
        reason="بازنگری متن قرارداد به پیشنهاد حقوقی ستاد",
    )


def test_r8_1_a_contract_reprints_with_the_template_of_its_signing_day(world: World) -> None:
    first = printing.issue_pdf("contract", "C1", "deputy", world.clock).record
    assert NEW_WORDING not in _text("contract", "C1")
    _add(world, newer_template())
    world.at("1405/03/05 09:00")

    old = _text("contract", "C1")
    assert NEW_WORDING not in old and "۱۳۹۹-۱" in old and "۱۴۰۵-۲" not in old
    again = printing.issue_pdf("contract", "C1", "deputy", world.clock).record
    assert again.serial == first.serial  # the same paper, printed again as signed

    rw.register(world, "N2")
    rw.request_to(world, "R2", "N2", "jim_contracted", contract="C2")
    new = _text("contract", "C2")
    assert f"{NEW_WORDING} (سمن N2)" in re.sub("[\u202a-\u202e\u2066-\u2069]", "", new)
    assert "۱۴۰۵-۲" in new


def test_r8_1_a_template_s_text_is_kept_with_persian_letters(world: World) -> None:
    template = newer_template()
    template["articles"][0]["heading"] = "مادهٔ ۱ - طرفين قرارداد"  # Arabic yeh
    _add(world, template)
    version = m.PolicyVersion.select().order_by(m.PolicyVersion.number.desc()).first()
    assert "طرفین قرارداد" in version.values and "طرفين" not in version.values


@pytest.mark.parametrize(
    ("change", "where"),
    [
        (lambda t: t.pop("version"), "contract_template"),
        (lambda t: t.update(version="  "), "contract_template.version"),
        (lambda t: t.update(articles=[]), "contract_template.articles"),
        (lambda t: t["articles"][1].update(paragraphs=[]), "contract_template.articles.2"),
        (lambda t: t["articles"][0].update(heading=""), "contract_template.articles.1.heading"),
        (lambda t: t["articles"][2]["paragraphs"].append("مبلغ {rent_amount}"), "articles.3"),
        (lambda t: t["articles"][0]["paragraphs"].append("آکولاد باز {"), "articles.1"),
    ],
)
def test_r8_1_a_template_of_the_wrong_shape_is_refused_by_name(
    world: World,
    change,  # noqa: ANN001
    where: str,
) -> None:
    template = newer_template()
    change(template)
    with pytest.raises(errors.WorkflowError) as refused:
        _add(world, template)
    assert refused.value.code == errors.INVALID_INPUT
    assert refused.value.field == "changes" and refused.value.rule == "R-8.1"
    assert where in refused.value.message_fa
    assert m.PolicyVersion.select().count() == 1


def test_the_template_as_plain_text_reads_back_the_same() -> None:
    """The settings window edits the wording as text: «# heading» lines, a paragraph a line."""
    text = papers_template.as_text(CONTRACT_TEMPLATE_1)
    assert text.startswith("# مادهٔ\u00a0۱ ـ طرفین قرارداد\n۱-۱. {hq}، به نشانی")
    again = papers_template.from_text(CONTRACT_TEMPLATE_1["version"], text)
    assert again == CONTRACT_TEMPLATE_1
    edited = papers_template.from_text(" ۱۴۰۵-۲ ", "\n  بند بی‌عنوان\n# عنوان\n\n بند یک \n")
    assert edited == {
        "version": "۱۴۰۵-۲",
        "articles": [
            {"heading": "", "paragraphs": ["بند بی‌عنوان"]},
            {"heading": "عنوان", "paragraphs": ["بند یک"]},
        ],
    }
    blanks = papers_template.blanks()
    assert blanks[:3] == ["hq", "hq_address", "hq_phone"] and "caps_table" in blanks
    assert len(blanks) == len(set(blanks))
