"""Records in every state a document cares about, built through the workflow's own actions.

Used by the document tests and by ``bench/bench_documents.py``. Builds on
``tests.factories.World`` (semansara S1, users desk/deputy/emp/fin/mgr1).
"""

from __future__ import annotations

from typing import Any

from app.db import models as m
from app.workflow import jalali, persian
from tests.factories import World, a_national_code

#: The NGO whose papers are read back by OCR: a Latin name part and a Latin chief,
#: a licence number with a letter, a dash, digits and a slash.
GREEN_FUTURE = {
    "name": "انجمن محیط‌زیستی Green Future",
    "licence_issuer": "وزارت کشور",
    "licence_no": "ت-۱۴۰۵/۰۱۲",
    "licence_expires": "1409/01/01",
    "founded": "1400/01/01",
    "members": 80,
    "chief": "Sara Karimi",
    "representative": "علی رضایی",
    "phone": "021-88776655",
    "email": "info@greenfuture.ir",
    "district": 6,
}

REQUEST_ORDER = [
    "alef_registered",
    "be_reviewed",
    "pe_referred",
    "te_capacity_ok",
    "se_invited",
    "jim_contracted",
    "che_letter_to_representative",
    "he_letter_to_manager",
]

NOTE_AMOUNT = 200_000_000


def name_users(w: World) -> None:
    """Full names for the users, as an office would have them."""
    for username, full_name in [
        ("desk", "مریم احمدی"),
        ("deputy", "حسن موسوی"),
        ("fin", "رضا کاظمی"),
        ("mgr1", "زهرا نوری"),
        ("emp", "نرگس یزدانی"),
    ]:
        w.do("admin", "update_user", username=username, full_name=full_name)


def register(w: World, code: str, *, level: int = 3, **fields: Any) -> str:
    number = persian.to_persian_digits(f"{int(code[1:]):03d}") if code[1:].isdigit() else code
    data = {
        **GREEN_FUTURE,
        "name": f"{GREEN_FUTURE['name']} {code}",
        "licence_no": f"ت-۱۴۰۴/{number}",
        "chief_national_code": a_national_code(),
        "representative_national_code": a_national_code(),
        **fields,
    }
    w.do("desk", "register_ngo", code=code, **data)
    w.do("emp", "assess_level", ngo=code, level=level, reason="سطح برای آزمون")
    return code


def request_to(
    w: World,
    ref: str,
    ngo: str,
    state: str,
    *,
    semansara: str = "S1",
    contract: str | None = None,
    services: list[str] | None = None,
    starts: str | None = None,
) -> str:
    """Take a new request of `ngo` to request `state` (through signing and the letters)."""
    w.do(
        "desk",
        "submit_request",
        ref=ref,
        ngo=ngo,
        semansara=semansara,
        channel="portal",
        services=services if services is not None else ["meeting_room", "hall", "shelf"],
    )
    if state == "alef_registered":
        return ref
    if state == "be_rejected":
        w.do(
            "desk",
            "review_request",
            ref=ref,
            decision="reject",
            reason="مجوز فعالیت در تهران ارائه نشد",
        )
        return ref
    if state == "withdrawn":
        w.do("desk", "withdraw_request", ref=ref, reason="انصراف سمن")
        return ref
    w.do("desk", "review_request", ref=ref, decision="accept")
    if state == "be_reviewed":
        return ref
    w.do("desk", "refer_request", ref=ref)
    if state == "pe_referred":
        return ref
    out = w.do("deputy", "check_capacity", ref=ref)
    if state == "te_waitlisted":
        assert out["state"] == "te_waitlisted", out
        return ref
    if state == "te_capacity_ok":
        return ref
    today = jalali.format_date_latin(w.clock.today())
    w.do("deputy", "invite", ref=ref, date=today)
    if state == "se_invited":
        return ref
    w.sign(ref, contract or f"C-{ref}", starts or today)  # the note: NOTE_AMOUNT, rates of 0
    if state == "jim_contracted":
        return ref
    w.do("fin", "take_note_custody", contract=contract or f"C-{ref}")  # before letters
    w.do("deputy", "deliver_letter", contract=contract or f"C-{ref}", to="representative")
    if state == "che_letter_to_representative":
        return ref
    w.do("deputy", "deliver_letter", contract=contract or f"C-{ref}", to="manager")
    assert state == "he_letter_to_manager", state
    return ref


def book(
    w: World,
    ref: str,
    contract: str,
    state: str,
    *,
    date: str = "1405/01/20",
    start: str = "10:00",
    end: str = "12:00",
    service: str = "meeting_room",
    people: int = 8,
) -> str:
    """A booking of `contract` taken to booking `state`."""
    w.do(
        "desk",
        "request_booking",
        ref=ref,
        contract=contract,
        service=service,
        date=date,
        start=start,
        end=end,
        people=people,
    )
    if state == "refused":
        w.do("desk", "refuse_booking", ref=ref, reason="اتاق در تعمیر است")
        return ref
    if state == "khe_requested":
        return ref
    w.do("desk", "schedule_booking", ref=ref)
    if state == "cancelled":
        w.do("desk", "cancel_booking", ref=ref, reason="انصراف سمن")
        return ref
    if state == "dal_scheduled":
        return ref
    w.do("desk", "notify_booking", ref=ref)
    assert state == "zal_notified", state
    return ref


def note_to(w: World, contract: str, state: str) -> None:
    """Take a signed contract's note (and the contract) to note `state`; a note whose letters
    were delivered is with finance already (R-6.1)."""
    lease = m.Contract.get(m.Contract.ref == contract)
    note = m.PromissoryNote.get(m.PromissoryNote.contract == lease)
    if state in ("received", "in_custody"):
        if state == "in_custody" and note.state == "received":
            w.do("fin", "take_note_custody", contract=contract)
        return
    if w.do("deputy", "show", ref=contract)["state"] in ("active", "extended"):
        w.do("deputy", "end_contract", contract=contract, reason="پایان مدت")
    # else past its last day: the program ended it
    if state == "return_confirmed":
        w.do("mgr1", "confirm_no_damage", contract=contract)
        return
    if state == "returned":
        w.do("mgr1", "confirm_no_damage", contract=contract)
        w.do("fin", "return_note", contract=contract)
        return
    w.do("mgr1", "report_damage", contract=contract, description="شکستن صندلی اتاق جلسات")
    if state == "damage_reported":
        return
    if state == "returned_after_damage":
        w.do("fin", "settle_damage", contract=contract, outcome="return", reason="خسارت جبران شد")
        return
    assert state == "held", state
    w.do("fin", "settle_damage", contract=contract, outcome="keep", reason="خسارت جبران نشد")


def extend(w: World, contract: str) -> None:
    out = w.do("desk", "request_extension", contract=contract)
    w.do("deputy", "decide_extension", ref=out["ref"], decision="accept")
