"""The life cycles of the procedure as state machines (python-statemachine 3.x).

The current state lives on the model row (`state` field); a machine is built around a row for
one service call, its event sent, and the row saved by the service in the same transaction.
A listener copies each transition into the call's audit trail. Steps out of order are refused
(R-3.1): an event the current state does not allow raises `OUT_OF_ORDER`.
"""

from __future__ import annotations

from typing import Any

from statemachine import State, StateChart
from statemachine.exceptions import TransitionNotAllowed

from app.workflow import errors
from app.workflow.audit import Trail


class Flow(StateChart):
    # A failed audit write must roll the step back, not become an event (STYLE.md).
    catch_errors_as_events = False
    allow_event_without_transition = False
    # The rule a step out of order breaks: the order of Article 3 unless the machine says.
    rule = "R-3.1"

    def __init__(self, model: Any, trail: Trail | None = None):
        listeners = [_TrailListener(trail)] if trail is not None else []
        super().__init__(model=model, state_field="state", listeners=listeners)

    def ensure(self, event: str) -> None:
        """Refuse now, before any other check, a step the current state does not allow (R-3.1)."""
        if not self.can(event):
            raise errors.WorkflowError(
                errors.OUT_OF_ORDER,
                f"این اقدام در وضعیت «{self.state_name()}» ممکن نیست.",
                self.rule,
            )

    def fire(self, event: str, **kwargs: Any) -> None:
        """Send `event`; a step the current state does not allow is refused (R-3.1)."""
        self.ensure(event)
        try:
            self.send(event, **kwargs)
        except TransitionNotAllowed as exc:  # guarded elsewhere; kept as a safety net
            raise errors.WorkflowError(errors.OUT_OF_ORDER, str(exc), self.rule) from exc

    def state_name(self) -> str:
        value = self.model.state
        state = self.states_map.get(value)
        return state.name if state is not None else str(value)

    def can(self, event: str) -> bool:
        return event in {e.id for e in self.allowed_events}


class _TrailListener:
    def __init__(self, trail: Trail | None):
        self.trail = trail

    def after_transition(self, source: State, target: State) -> None:
        if self.trail is not None:
            if not self.trail.before_state:
                self.trail.before_state = source.id
            self.trail.after_state = target.id


class RequestFlow(Flow):
    """Steps الف to ح of Article 3 for one request (R-3.1 – R-3.3)."""

    alef_registered = State("الف: درخواست ثبت شد", initial=True)
    be_reviewed = State("ب: بررسی و پذیرفته شد")
    be_rejected = State("ب: رد شد", final=True)
    pe_referred = State("پ: به معاونت امور مناطق معرفی شد")
    te_waitlisted = State("ت: در صف انتظار")
    te_capacity_ok = State("ت: ظرفیت تأیید شد")
    se_invited = State("ث: برای عقد قرارداد دعوت شد")
    jim_contracted = State("ج: قرارداد بسته و معرفی‌نامه صادر شد")
    che_letter_to_representative = State("چ: معرفی‌نامه به نماینده رسمی داده شد")
    he_letter_to_manager = State("ح: معرفی‌نامه به مسئول سمن‌سرا داده شد", final=True)
    withdrawn = State("انصراف", final=True)

    accept = alef_registered.to(be_reviewed)
    reject = alef_registered.to(be_rejected)
    refer = be_reviewed.to(pe_referred)
    grant_place = pe_referred.to(te_capacity_ok) | te_waitlisted.to(te_capacity_ok)
    waitlist = pe_referred.to(te_waitlisted)
    invite = te_capacity_ok.to(se_invited)
    sign = se_invited.to(jim_contracted)
    deliver_to_representative = jim_contracted.to(che_letter_to_representative)
    deliver_to_manager = che_letter_to_representative.to(he_letter_to_manager)
    withdraw = (
        alef_registered.to(withdrawn)
        | be_reviewed.to(withdrawn)
        | pe_referred.to(withdrawn)
        | te_waitlisted.to(withdrawn)
        | te_capacity_ok.to(withdrawn)
        | se_invited.to(withdrawn)
    )


# The step letter of each request state, for the audit trail and the process map.
STEP_OF_STATE = {
    "alef_registered": "الف",
    "be_reviewed": "ب",
    "be_rejected": "ب",
    "pe_referred": "پ",
    "te_waitlisted": "ت",
    "te_capacity_ok": "ت",
    "se_invited": "ث",
    "jim_contracted": "ج",
    "che_letter_to_representative": "چ",
    "he_letter_to_manager": "ح",
    "khe_requested": "خ",
    "dal_scheduled": "د",
    "zal_issued": "ذ",
    "zal_notified": "ذ",
}

# Requests that still hold or wait for a place in their semansara.
OPEN_REQUEST_STATES = (
    "alef_registered",
    "be_reviewed",
    "pe_referred",
    "te_waitlisted",
    "te_capacity_ok",
    "se_invited",
)
PLACE_HOLDING_STATES = ("te_capacity_ok", "se_invited")


class BookingFlow(Flow):
    """Steps خ, د, ذ for one use of a room (R-2.2). Step ذ is done when both notices are
    delivered (`deliver`); a slot that starts while still at خ or د expires (R-3.6)."""

    khe_requested = State("خ: نوبت درخواست شد", initial=True)
    dal_scheduled = State("د: وقت تنظیم شد")
    zal_issued = State("ذ: اعلان صادر شد، در انتظار تحویل")
    zal_notified = State("ذ: اطلاع‌رسانی شد")
    refused = State("رد شد", final=True)
    cancelled = State("لغو شد", final=True)
    expired = State("منقضی شد", final=True)

    schedule = khe_requested.to(dal_scheduled)
    notify = dal_scheduled.to(zal_issued)
    deliver = zal_issued.to(zal_notified)
    refuse = khe_requested.to(refused)
    cancel = (khe_requested.to(cancelled) | dal_scheduled.to(cancelled)
              | zal_issued.to(cancelled) | zal_notified.to(cancelled))
    expire = khe_requested.to(expired) | dal_scheduled.to(expired)


# Bookings that hold their room and count their hours.
LIVE_BOOKING_STATES = ("khe_requested", "dal_scheduled", "zal_issued", "zal_notified")
# Bookings still waiting for the desk's step د or ذ: they expire when their slot starts.
WAITING_BOOKING_STATES = ("khe_requested", "dal_scheduled")
# Bookings whose step ذ notices were issued.
NOTICED_BOOKING_STATES = ("zal_issued", "zal_notified")


class ContractFlow(Flow):
    """The six-month lease and its extensions (Article 5)."""

    active = State("جاری", initial=True)
    extended = State("تمدید شده")
    ended = State("پایان یافته")
    settled = State("تسویه شده", final=True)

    extend = active.to(extended) | extended.to.itself()
    end = active.to(ended) | extended.to(ended)
    settle = ended.to(settled)


RUNNING_CONTRACT_STATES = ("active", "extended")


class NoteFlow(Flow):
    """The promissory note held as collateral (Article 6)."""

    rule = "R-6.3"

    received = State("دریافت شد", initial=True)
    in_custody = State("در امانت مالی")
    return_confirmed = State("عدم خسارت تأیید شد")
    damage_reported = State("خسارت گزارش شد")
    returned = State("بازگردانده شد", final=True)
    held = State("ضبط شد", final=True)

    take_custody = received.to(in_custody)
    confirm_no_damage = received.to(return_confirmed) | in_custody.to(return_confirmed)
    report_damage = received.to(damage_reported) | in_custody.to(damage_reported)
    return_note = return_confirmed.to(returned) | damage_reported.to(returned)
    hold = damage_reported.to(held)


HELD_NOTE_STATES = ("received", "in_custody", "return_confirmed", "damage_reported")


class ExtensionFlow(Flow):
    """One request to extend a contract, decided once (Article 5)."""

    rule = "R-5.5"

    requested = State("درخواست شد", initial=True)
    accepted = State("پذیرفته شد", final=True)
    rejected = State("رد شد", final=True)

    accept = requested.to(accepted)
    reject = requested.to(rejected)


def state_label(flow: type[Flow], value: str) -> str:
    state = flow.states_map.get(value)
    return state.name if state is not None else value
