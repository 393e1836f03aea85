"""Which actions a user may take on an object now, and for the others, why not.

The UI enables its buttons from this and shows the refusal (rule and message) on the disabled
ones. The checks are the services' own: the role table, the state machine, and the same rule
functions the services call, so a button and its action can never disagree.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace

from app.db import models as m
from app.workflow import contracts, errors, notes
from app.workflow.bookings import check_cancellable, slot_not_started
from app.workflow.eligibility import (
    check_licence,
    eligibility_problem,
    people_problem,
    request_problem,
    services_problem,
)
from app.workflow.machines import (
    HELD_NOTE_STATES,
    BookingFlow,
    ContractFlow,
    ExtensionFlow,
    Flow,
    NoteFlow,
    RequestFlow,
)
from app.workflow.requests import asked_services
from app.workflow.service import Context, check_role


@dataclass(frozen=True)
class Possible:
    action: str
    variant: str  # e.g. "accept" / "reject" for review_request; "" when there is one
    label: str
    error: errors.WorkflowError | None = None
    # The record's state machine has left this step behind or not reached it: not a
    # rule's refusal to show beside a button, a step that is not this moment's.
    out_of_step: bool = False

    @property
    def allowed(self) -> bool:
        return self.error is None


Check = Callable[[], None]


def _raise(problem: errors.WorkflowError | None) -> None:
    if problem is not None:
        raise problem


def _evaluate(ctx: Context, flow: Flow, options: list[tuple[str, str, str, str, Check | None]]
              ) -> list[Possible]:
    out = []
    for action, variant, event, label, check in options:
        try:
            check_role(ctx.user, action)
            if not flow.can(event):
                out.append(Possible(action, variant, label, _out_of_step(flow, event),
                                    out_of_step=True))
                continue
            if check is not None:
                check()
        except errors.WorkflowError as exc:
            out.append(Possible(action, variant, label, exc))
        else:
            out.append(Possible(action, variant, label))
    return out


def _out_of_step(flow: Flow, event: str) -> errors.WorkflowError:
    """The machine's own refusal of `event` in its present state."""
    try:
        flow.ensure(event)
    except errors.WorkflowError as exc:
        return exc
    raise AssertionError(f"{event} is allowed")


def for_request(ctx: Context, request: m.Request) -> list[Possible]:
    ngo, today = request.ngo, ctx.today

    def eligible() -> None:  # at پ, ت, ث and ج alike
        _raise(request_problem(request, today))

    def can_accept() -> None:
        _raise(eligibility_problem(ngo, today))
        _raise(services_problem(ngo, asked_services(request), today))

    def can_sign() -> None:
        eligible()
        _raise(people_problem(ngo))
        _raise(notes.inflation_problem(today))

    def letters_can_go() -> None:
        contract = request.contracts.first()
        if contract is not None:
            _raise(notes.note_received_problem(contract))

    return _evaluate(ctx, RequestFlow(request), [
        ("review_request", "accept", "accept", "پذیرش درخواست (ب)", can_accept),
        ("review_request", "reject", "reject", "رد درخواست (ب)", None),
        ("refer_request", "", "refer", "معرفی به معاونت امور مناطق (پ)", eligible),
        ("check_capacity", "", "grant_place", "بررسی ظرفیت سمن‌سرا (ت)", eligible),
        ("invite", "", "invite", "دعوت برای عقد قرارداد (ث)", eligible),
        ("sign_contract", "", "sign", "عقد قرارداد و دریافت سفته (ج)", can_sign),
        ("deliver_letter", "representative", "deliver_to_representative",
         "تحویل معرفی‌نامه به نمایندهٔ رسمی (چ)", letters_can_go),
        ("deliver_letter", "manager", "deliver_to_manager",
         "تحویل معرفی‌نامه به مسئول سمن‌سرا (ح)", letters_can_go),
        ("withdraw_request", "", "withdraw", "ثبت انصراف", None),
    ])


def for_booking(ctx: Context, booking: m.Booking) -> list[Possible]:
    possibles = _evaluate(ctx, BookingFlow(booking), [
        ("schedule_booking", "", "schedule", "تنظیم وقت (د)",
         lambda: contracts.running(booking.contract, booking.start_at.date())),
        ("refuse_booking", "", "refuse", "رد درخواست نوبت (د)", None),
        ("notify_booking", "", "notify", "اطلاع‌رسانی (ذ)", None),
        ("cancel_booking", "", "cancel", "لغو نوبت", lambda: check_cancellable(booking, ctx.now)),
    ])
    try:  # a started slot is refused before its state is asked, as the services do
        slot_not_started(booking.start_at, ctx.now, booking.ref)
    except errors.WorkflowError as past:
        return [replace(p, error=past, out_of_step=False) if p.action in _TIMED and _role_allows(p)
                else p
                for p in possibles]
    return possibles


_TIMED = ("schedule_booking", "notify_booking")


def _role_allows(possible: Possible) -> bool:
    return possible.error is None or possible.error.code != errors.FORBIDDEN_ROLE


def for_contract(ctx: Context, contract: m.Contract) -> list[Possible]:
    """Actions on the contract and on its promissory note."""
    note = m.PromissoryNote.get_or_none(m.PromissoryNote.contract == contract)
    out = []
    for action, label, check in [
        ("request_extension", "درخواست تمدید",
         lambda: contracts.check_extension_request(contract, ctx.today)),
        ("end_contract", "پایان قرارداد", lambda: ContractFlow(contract).ensure("end")),
        ("allocate", "تخصیص قفسه یا میز", lambda: (
            contracts.running(contract), check_licence(contract.ngo, ctx.today))),
        ("order_business_cards", "سفارش کارت ویزیت", lambda: (
            contracts.running(contract, ctx.today), check_licence(contract.ngo, ctx.today))),
    ]:
        try:
            check_role(ctx.user, action)
            check()
        except errors.WorkflowError as exc:
            out.append(Possible(action, "", label, exc))
        else:
            out.append(Possible(action, "", label))
    pending = (
        contract.extensions.where(m.Extension.state == "requested").order_by(m.Extension.id).first()
    )
    if pending is not None:
        out += _evaluate(ctx, ExtensionFlow(pending), [
            ("decide_extension", "accept", "accept", "پذیرش تمدید",
             lambda: contracts.check_extension_acceptable(contract, pending, ctx.today)),
            ("decide_extension", "reject", "reject", "رد تمدید", None),
        ])
    if note is not None:
        out += _evaluate(ctx, NoteFlow(note), [
            ("take_note_custody", "", "take_custody", "تحویل سفته به امانت مالی", None),
            ("confirm_no_damage", "", "confirm_no_damage", "تأیید عدم خسارت", lambda: (
                notes.own_manager(ctx, contract), notes.after_end(contract))),
            ("report_damage", "", "report_damage", "گزارش خسارت", lambda: (
                notes.own_manager(ctx, contract), notes.after_end(contract))),
            ("settle_damage", "", "hold", "رسیدگی به خسارت", lambda: notes.damage_open(note)),
        ])
        out.append(_return_note(ctx, note, contract))
    return out


def _return_note(ctx: Context, note: m.PromissoryNote, contract: m.Contract) -> Possible:
    """R-6.3: while the note is held, say what it waits for (the contract's end, the manager's
    word), not only that its state does not allow returning it yet."""
    label = "بازگرداندن سفته"
    try:
        check_role(ctx.user, "return_note")
        if note.state in HELD_NOTE_STATES:
            _raise(notes.returnable(contract, note))
    except errors.WorkflowError as exc:
        return Possible("return_note", "", label, exc)
    flow = NoteFlow(note)
    if not flow.can("return_note"):  # returned or held already
        return Possible("return_note", "", label, _out_of_step(flow, "return_note"),
                        out_of_step=True)
    return Possible("return_note", "", label)
