"""R-6.5: national codes are ten digits with a check digit; register_ngo keeps them."""

from __future__ import annotations

import pytest

from app.db import models as m
from app.workflow import errors, validate
from app.workflow.national_code import is_valid


@pytest.mark.parametrize("code", ["0013542419", "0499370899", "0067749828", "1234567891"])
def test_r6_5_valid_codes(code: str) -> None:
    assert is_valid(code)


@pytest.mark.parametrize(
    "code",
    [
        "0013542418",  # wrong check digit
        "001354241",  # nine digits
        "00135424190",  # eleven
        "1111111111",  # all alike: passes the sum, refused
        "00135424a9",
        "",
    ],
)
def test_r6_5_invalid_codes(code: str) -> None:
    assert not is_valid(code)


def test_r6_5_persian_digits_and_dashes_are_read() -> None:
    assert validate.national_code("۰۰۱-۳۵۴۲۴۱-۹", "chief_national_code") == "0013542419"
    assert validate.national_code("", "chief_national_code") == ""


def test_r6_5_a_bad_code_names_its_field() -> None:
    with pytest.raises(errors.WorkflowError) as caught:
        validate.national_code("0013542418", "representative_national_code")
    assert caught.value.code == errors.INVALID_INPUT
    assert caught.value.field == "representative_national_code"
    assert "کد ملی نمایندهٔ رسمی" in caught.value.message_fa and caught.value.rule == "R-6.5"


def test_r6_5_register_ngo_keeps_the_people_and_identifiers(database, clock) -> None:  # noqa: ANN001
    from app.workflow.api import Context, run

    admin = m.User.get(m.User.username == "admin")
    run(Context(admin, clock), "add_user", username="desk1", role="desk_expert")
    desk = m.User.get(m.User.username == "desk1")
    run(
        Context(desk, clock),
        "register_ngo",
        code="N1",
        name="انجمن نمونه",
        licence_issuer="وزارت کشور",
        licence_no="98-12534",
        licence_expires="1407/01/01",
        founded="1400/01/01",
        members=30,
        chief="مریم احمدی",
        chief_national_code="0013542419",
        representative="علی رضایی",
        representative_national_code="۰۴۹۹۳۷۰۸۹۹",
        national_id="10320000001",
        address="تهران، خیابان انقلاب",
    )
    ngo = m.Ngo.get(m.Ngo.code == "N1")
    assert (ngo.chief_national_code, ngo.representative_national_code) == (
        "0013542419",
        "0499370899",
    )
    assert ngo.national_id == "10320000001" and ngo.address == "تهران، خیابان انقلاب"
    with pytest.raises(errors.WorkflowError) as caught:
        run(Context(desk, clock), "update_ngo", code="N1", chief_national_code="0013542418")
    assert caught.value.field == "chief_national_code"
    assert m.Ngo.get(m.Ngo.code == "N1").chief_national_code == "0013542419"
