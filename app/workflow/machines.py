"""The procedure: one state machine per life cycle (python-statemachine 3.x), each with the table
that declares its steps.

The current state lives on the model row (`state` field); a machine is built around a row for
one service call, its event sent, and the row saved by the service in the same transaction.
A listener copies each transition into the call's audit trail. Steps out of order are refused
(R-3.1): an event the current state does not allow raises `OUT_OF_ORDER`.

Each transition is declared with its `Step`: the action that takes it, who may, its guards, its
label, its step letter, the record it changes and the work queue of the records waiting for it
(`step(source.to(target), Step(...))`). Actions on a record that change no state, and the one
that creates it, are `Step`s of the machine too. Everything else is derived from these tables:
`ACTION_ROLES` (with the register's and settings' actions of `roles.REGISTER_ACTIONS`),
`CHANGES`, `STEP_OF_STATE`, the action's audit step letter (`LETTERS`), the options of
`available.py` and the per-state queues of `worklists.py`. A new step is one entry here.

Guards are methods of the machine named by the step, raising `WorkflowError`; they read the
context the step is taken in (`ctx`, and `on`, the day that counts, by default `ctx.today`).
A step's `guard` speaks after its state is checked and is the transition's python-statemachine
validator (so `fire` cannot skip it) unless the step says `validated=False` because its service
checks it earlier, at the point its refusal order needs (`check`); an `early` guard speaks
before the state (R-3.6: a started slot; R-6.3: what a note waits for).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from statemachine import State, StateChart
from statemachine.callbacks import CallbackPriority
from statemachine.exceptions import TransitionNotAllowed
from statemachine.transition_list import TransitionList

from app.workflow import errors, messages, roles
from app.workflow.audit import Trail

DESK = frozenset({roles.DESK_EXPERT})
DEPUTY = frozenset({roles.DISTRICT_DEPUTY})
FINANCE = frozenset({roles.FINANCE_DEPUTY})
MANAGER = frozenset({roles.SEMANSARA_MANAGER})


@dataclass(frozen=True)
class Queue:
    """The work queue of the records waiting for a step (in its source states), for its roles:
    the item's subject (a Persian pattern, `worklists.WorkItem.subject`) and rule, and, when
    not every such record waits, a narrowing named in `worklists.NARROWINGS`."""

    subject: str
    rule: str
    only: str = ""


@dataclass(frozen=True)
class Step:
    """One entry of a machine's procedure table."""

    action: str = ""  # the @action that takes it; "" when time or another step takes it (`by`)
    roles: frozenset[str] = frozenset()  # who may take it
    label: str = ""  # the button's Persian label; "" for a step with no button of its own
    variant: str = ""  # the action's choice that means this step, e.g. "accept"
    letter: str = ""  # the step letter of Article 3 (الف … ذ), when it is one
    guard: str = ""  # a method of the machine: the rule the step must pass besides its state
    validated: bool = True  # the guard is the transition's validator (see the module's notes)
    early: str = ""  # a method of the machine that speaks before the state
    record: str = ""  # what it changes for the interface ("request", "contract" …)
    key: str = ""  # the action's argument naming that record
    queue: Queue | None = None
    by: str = ""  # what takes a step no action of its own names: "time", or the actions


def step(transitions: TransitionList, declared: Step) -> TransitionList:
    """Declare `transitions` (one event) as the step `declared`."""
    transitions.step = declared  # read back when the machine is built (`_Declared`)
    if declared.guard and declared.validated:
        for transition in transitions:
            transition.validators.add(declared.guard, priority=CallbackPriority.INLINE)
    return transitions


# --- derived from the tables -------------------------------------------------------------------

FLOWS: list[type[Flow]] = []
ACTION_ROLES: dict[str, frozenset[str]] = {}
# Which kind of record each action changes, and the argument holding its code (the interface's
# `changed(kind, ref)`).
CHANGES: dict[str, tuple[str, str]] = {}
# The step letter of each state: the letter of the step that enters it.
STEP_OF_STATE: dict[str, str] = {}
# The audit step letter of each action, when all its steps share one.
LETTERS: dict[str, str] = {}


def register(flow: type[Flow]) -> None:
    FLOWS.append(flow)
    derive()


def unregister(flow: type[Flow]) -> None:
    FLOWS.remove(flow)
    derive()


def undeclared(flow: type[Flow]) -> list[str]:
    """The events of `flow` declared without their `Step` (there should be none)."""
    return [e.id for e in flow.events if e.id not in flow.steps]


def all_steps() -> Iterator[tuple[type[Flow], str, Step]]:
    for flow in FLOWS:
        for name, declared in flow.procedure():
            yield flow, name, declared


def derive() -> None:
    """Rebuild the derived tables from the machines' tables and `roles.REGISTER_ACTIONS`."""
    action_roles = {name: entry.roles for name, entry in roles.REGISTER_ACTIONS.items()}
    changes = {
        name: (entry.record, entry.key)
        for name, entry in roles.REGISTER_ACTIONS.items()
        if entry.record
    }
    letters: dict[str, set[str]] = {}
    step_of_state: dict[str, str] = {}
    for flow, name, declared in all_steps():
        if declared.letter:
            entered = (
                (flow.initial_state.id,)
                if declared is flow.opening
                else flow.targets(name)
                if name in flow.steps
                else ()
            )
            for state in entered:
                step_of_state[state] = declared.letter
        if not declared.action:
            continue
        known = action_roles.setdefault(declared.action, declared.roles)
        assert known == declared.roles, f"{declared.action}: two sets of roles"
        changes.setdefault(
            declared.action, (declared.record or flow.record, declared.key or flow.key)
        )
        letters.setdefault(declared.action, set()).add(declared.letter)
    ACTION_ROLES.clear()
    ACTION_ROLES.update(action_roles)
    CHANGES.clear()
    CHANGES.update(changes)
    STEP_OF_STATE.clear()
    STEP_OF_STATE.update(step_of_state)
    LETTERS.clear()
    LETTERS.update({a: next(iter(s)) for a, s in letters.items() if len(s) == 1})


class _Declared(type(StateChart)):
    """Reads a machine's procedure table once python-statemachine has built the machine."""

    def __init__(cls, name: str, bases: tuple[type, ...], attrs: dict[str, Any]) -> None:
        super().__init__(name, bases, attrs)
        if not any(isinstance(v, State) for v in attrs.values()):
            return  # `Flow` itself
        cls.steps, cls.actions = {}, {}
        for key, value in attrs.items():
            if isinstance(value, TransitionList) and hasattr(value, "step"):
                cls.steps[key] = value.step
            elif isinstance(value, Step) and key != "opening":
                cls.actions[key] = value
        register(cls)


class Flow(StateChart, metaclass=_Declared):
    # A failed audit write must roll the step back, not become an event (STYLE.md).
    catch_errors_as_events = False
    allow_event_without_transition = False
    # The rule a step out of order breaks: the order of Article 3 unless the machine says.
    rule = "R-3.1"
    # The record a step changes and the action's argument naming it, unless the step says.
    record = ""
    key = "ref"
    # Read from the class body: event → its step; name → a step that is no transition.
    steps: dict[str, Step] = {}
    actions: dict[str, Step] = {}
    opening: Step | None = None  # the action that creates the record in its initial state

    def __init__(self, model: Any, trail: Trail | None = None):
        listeners = [_TrailListener(trail)] if trail is not None else []
        super().__init__(model=model, state_field="state", listeners=listeners)

    # --- taking steps ----------------------------------------------------------------------

    def ensure(self, event: str) -> None:
        """Refuse now, before any other check, a step the current state does not allow (R-3.1)."""
        if not self.can(event):
            raise errors.WorkflowError(
                errors.OUT_OF_ORDER, messages.STATE_FORBIDS(state=self.state_name()), self.rule
            )

    def check(self, event: str, **context: Any) -> None:
        """Refuse unless step `event` (a transition, or an action of `actions`) may be taken now:
        its early guard, its state, its guard — the order its service refuses in."""
        declared = self.steps.get(event) or self.actions[event]
        if declared.early:
            getattr(self, declared.early)(**context)
        if event in self.steps:
            self.ensure(event)
        if declared.guard:
            getattr(self, declared.guard)(**context)

    def fire(self, event: str, **context: Any) -> None:
        """Take step `event`: its early guard, its state, then the transition, whose validator
        is the step's guard. `context` (ctx, on …) is what the guards read."""
        declared = self.steps[event]
        if declared.early:
            getattr(self, declared.early)(**context)
        self.ensure(event)
        try:
            self.send(event, **context)
        except TransitionNotAllowed as exc:  # guarded elsewhere; kept as a safety net
            raise errors.WorkflowError(
                errors.OUT_OF_ORDER, messages.STATE_FORBIDS(state=self.state_name()), self.rule
            ) from exc

    def state_name(self) -> str:
        value = self.model.state
        state = self.states_map.get(value)
        return state.name if state is not None else str(value)

    def can(self, event: str) -> bool:
        return event in {e.id for e in self.allowed_events}

    @classmethod
    def sources(cls, event: str) -> tuple[str, ...]:
        """The states step `event` leaves from."""
        return tuple(dict.fromkeys(s.id for s, _ in cls._moves(event)))

    @classmethod
    def targets(cls, event: str) -> tuple[str, ...]:
        """The states step `event` enters."""
        return tuple(dict.fromkeys(t.id for _, t in cls._moves(event)))

    @classmethod
    def _moves(cls, event: str) -> list[tuple[State, State]]:
        return [
            (state, transition.target)
            for state in cls.states
            for transition in state.transitions
            if event in transition.events
        ]

    @classmethod
    def procedure(cls) -> Iterator[tuple[str, Step]]:
        """(event or action name, step) of every step, in the order of the class body."""
        if cls.opening is not None:
            yield "", cls.opening
        names = [n for n in vars(cls) if n in cls.steps or n in cls.actions]
        for name in names:
            yield name, cls.steps.get(name) or cls.actions[name]


class _TrailListener:
    def __init__(self, trail: Trail | None):
        self.trail = trail

    def after_transition(self, source: State, target: State) -> None:
        if self.trail is not None:
            if not self.trail.before_state:
                self.trail.before_state = source.id
            self.trail.after_state = target.id


def _on(ctx: Any, on: dt.date | None) -> dt.date:
    return on if on is not None else ctx.today


# Guards call the rule modules when they run: those modules import the machines.

_IN_QUEUE = Queue("{ngo} در {semansara}", "R-3.1")
_NOTE_QUEUE = "{ngo} (سفتهٔ {serial})"


class RequestFlow(Flow):
    """Steps الف to ح of Article 3 for one request (R-3.1 – R-3.3)."""

    record = "request"

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

    # Requests that still hold or wait for a place in their semansara.
    open = (
        "alef_registered",
        "be_reviewed",
        "pe_referred",
        "te_waitlisted",
        "te_capacity_ok",
        "se_invited",
    )
    place_holding = ("te_capacity_ok", "se_invited")

    opening = Step("submit_request", DESK, letter="الف")
    accept = step(
        alef_registered.to(be_reviewed),
        Step(
            "review_request",
            DESK,
            "پذیرش درخواست (ب)",
            "accept",
            "ب",
            guard="acceptable",
            queue=_IN_QUEUE,
        ),
    )
    reject = step(
        alef_registered.to(be_rejected),
        Step("review_request", DESK, "رد درخواست (ب)", "reject", "ب"),
    )
    refer = step(
        be_reviewed.to(pe_referred),
        Step(
            "refer_request",
            DESK,
            "معرفی به معاونت امور مناطق (پ)",
            letter="پ",
            guard="eligible",
            queue=_IN_QUEUE,
        ),
    )
    grant_place = step(
        pe_referred.to(te_capacity_ok) | te_waitlisted.to(te_capacity_ok),
        Step(
            "check_capacity",
            DEPUTY,
            "بررسی ظرفیت سمن‌سرا (ت)",
            letter="ت",
            guard="eligible",
            validated=False,
        ),
    )
    waitlist = step(
        pe_referred.to(te_waitlisted),
        Step(
            "check_capacity", DEPUTY, letter="ت", guard="eligible", validated=False, queue=_IN_QUEUE
        ),
    )
    invite = step(
        te_capacity_ok.to(se_invited),
        Step(
            "invite",
            DEPUTY,
            "دعوت برای عقد قرارداد (ث)",
            letter="ث",
            guard="eligible",
            queue=_IN_QUEUE,
        ),
    )
    sign = step(
        se_invited.to(jim_contracted),
        Step(
            "sign_contract",
            DEPUTY,
            "عقد قرارداد و دریافت سفته (ج)",
            letter="ج",
            guard="signable",
            validated=False,
            queue=_IN_QUEUE,
        ),
    )
    deliver_to_representative = step(
        jim_contracted.to(che_letter_to_representative),
        Step(
            "deliver_letter",
            DEPUTY,
            "تحویل معرفی‌نامه به نمایندهٔ رسمی (چ)",
            "representative",
            "چ",
            guard="letters_may_go",
            record="contract",
            key="contract",
            queue=Queue(
                "{ngo} در {semansara}: معرفی‌نامهٔ نمایندهٔ سمن", "R-3.1", "note_with_finance"
            ),
        ),
    )
    deliver_to_manager = step(
        che_letter_to_representative.to(he_letter_to_manager),
        Step(
            "deliver_letter",
            DEPUTY,
            "تحویل معرفی‌نامه به مسئول سمن‌سرا (ح)",
            "manager",
            "ح",
            guard="letters_may_go",
            record="contract",
            key="contract",
            queue=Queue("{ngo} در {semansara}: معرفی‌نامهٔ مسئول سمن‌سرا", "R-3.1"),
        ),
    )
    withdraw = step(
        alef_registered.to(withdrawn)
        | be_reviewed.to(withdrawn)
        | pe_referred.to(withdrawn)
        | te_waitlisted.to(withdrawn)
        | te_capacity_ok.to(withdrawn)
        | se_invited.to(withdrawn),
        Step("withdraw_request", DESK, "ثبت انصراف"),
    )
    # An open request without a place changes semansara, keeping its registration time.
    move = Step("move_request", DESK, "انتقال به سمن‌سرای دیگر", guard="movable", record="request")

    def acceptable(self, ctx: Any, on: dt.date | None = None, **_: Any) -> None:
        """R-1.1, R-4.4, R-4.5, R-4.3: at review, the NGO and the services it asks for."""
        from app.workflow.eligibility import eligibility_problem, services_problem
        from app.workflow.requests import asked_services

        day, ngo = _on(ctx, on), self.model.ngo
        errors.raise_if(eligibility_problem(ngo, day))
        errors.raise_if(services_problem(ngo, asked_services(self.model), day))

    def eligible(self, ctx: Any, on: dt.date | None = None, **_: Any) -> None:
        """R-3.2: eligible at پ, ت, ث and ج alike, with a term left under the five years."""
        from app.workflow.eligibility import check_request

        check_request(self.model, _on(ctx, on))

    def signable(self, ctx: Any, on: dt.date | None = None, **_: Any) -> None:
        """R-3.2 on the contract's first day, R-6.5 the people it names, R-6.4 the rates."""
        from app.workflow.eligibility import people_problem
        from app.workflow.notes import inflation_problem

        self.eligible(ctx, on)
        errors.raise_if(people_problem(self.model.ngo))
        errors.raise_if(inflation_problem(ctx.today))

    def movable(self, **_: Any) -> None:
        """R-3.3: only an open request that has no place yet changes semansara."""
        request = self.model
        if request.state not in self.open:
            raise errors.WorkflowError(
                errors.OUT_OF_ORDER, messages.STATE_FORBIDS(state=self.state_name()), self.rule
            )
        if request.state in self.place_holding:
            raise errors.WorkflowError(
                errors.PLACE_HELD,
                messages.REQUEST_HOLDS_PLACE(ref=request.ref, semansara=request.semansara.name),
                "R-3.3",
            )

    def letters_may_go(self, **_: Any) -> None:
        """R-6.1: the letters wait for finance to take the note."""
        from app.workflow.notes import note_received_problem

        contract = self.model.contracts.first()
        if contract is not None:
            errors.raise_if(note_received_problem(contract))


class BookingFlow(Flow):
    """Steps خ, د, ذ for one use of a room (R-2.2). Step ذ is done when both notices are
    delivered (`deliver`); a slot that starts while still at خ or د expires (R-3.6)."""

    record = "booking"

    khe_requested = State("خ: نوبت درخواست شد", initial=True)
    dal_scheduled = State("د: وقت تنظیم شد")
    zal_issued = State("ذ: اعلان صادر شد، در انتظار تحویل")
    zal_notified = State("ذ: اطلاع‌رسانی شد")
    refused = State("رد شد", final=True)
    cancelled = State("لغو شد", final=True)
    expired = State("منقضی شد", final=True)

    # Bookings that hold their room and count their hours.
    live = ("khe_requested", "dal_scheduled", "zal_issued", "zal_notified")
    # Bookings still waiting for the desk's step د or ذ: they expire when their slot starts.
    waiting = ("khe_requested", "dal_scheduled")
    # Bookings whose step ذ notices were issued.
    noticed = ("zal_issued", "zal_notified")
    # Bookings a notice can be printed for: scheduled at step د, or later.
    printable = ("dal_scheduled", *noticed)

    opening = Step("request_booking", DESK, letter="خ")
    schedule = step(
        khe_requested.to(dal_scheduled),
        Step(
            "schedule_booking",
            DESK,
            "تنظیم وقت (د)",
            letter="د",
            early="slot_open",
            guard="contract_covers",
            queue=Queue("{ngo}، {at}", "R-2.2"),
        ),
    )
    refuse = step(
        khe_requested.to(refused), Step("refuse_booking", DESK, "رد درخواست نوبت (د)", letter="د")
    )
    notify = step(
        dal_scheduled.to(zal_issued),
        Step(
            "notify_booking",
            DESK,
            "اطلاع‌رسانی (ذ)",
            letter="ذ",
            early="slot_open",
            queue=Queue("{ngo}، {at}", "R-2.2"),
        ),
    )
    deliver = step(
        zal_issued.to(zal_notified), Step(letter="ذ", by="record_delivery, mark_printed")
    )
    cancel = step(
        khe_requested.to(cancelled)
        | dal_scheduled.to(cancelled)
        | zal_issued.to(cancelled)
        | zal_notified.to(cancelled),
        Step("cancel_booking", DESK, "لغو نوبت", guard="cancellable"),
    )
    expire = step(khe_requested.to(expired) | dal_scheduled.to(expired), Step(by="time"))
    # The notices of step ذ, delivered one by one: by e-mail (sent or failed) or on paper.
    record_delivery = Step("record_delivery", DESK, letter="ذ")
    mark_printed = Step("mark_printed", DESK, letter="ذ")

    def slot_open(self, ctx: Any, **_: Any) -> None:
        """R-3.6: a started slot is no longer scheduled or notified."""
        from app.workflow.bookings import slot_not_started

        slot_not_started(self.model.start_at, ctx.now, self.model.ref)

    def contract_covers(self, **_: Any) -> None:
        from app.workflow.contracts import running

        running(self.model.contract, self.model.start_at.date())

    def cancellable(self, ctx: Any, **_: Any) -> None:
        from app.workflow.bookings import check_cancellable

        check_cancellable(self.model, ctx.now)


class ContractFlow(Flow):
    """The six-month contract and its extensions (Article 5)."""

    record = "contract"
    key = "contract"

    active = State("جاری", initial=True)
    extended = State("تمدید شده")
    ended = State("پایان یافته")
    settled = State("تسویه شده", final=True)

    running = ("active", "extended")

    opening = Step(by="sign_contract")
    request_extension = Step(
        "request_extension", DESK, "درخواست تمدید", guard="extension_may_be_asked"
    )
    extend = step(active.to(extended) | extended.to.itself(), Step(by="decide_extension"))
    end = step(
        active.to(ended) | extended.to(ended),
        Step("end_contract", DEPUTY, "پایان قرارداد", by="time"),
    )
    allocate = Step("allocate", DEPUTY, "تخصیص قفسه یا میز", guard="serves")
    order_business_cards = Step(
        "order_business_cards", DESK, "سفارش کارت ویزیت", guard="serves_today"
    )
    # the desk's worklist releases what a lowered level no longer allows.
    release_allocation = Step("release_allocation", DEPUTY | DESK)
    settle = step(ended.to(settled), Step(by="return_note, settle_damage"))

    def extension_may_be_asked(self, ctx: Any, **_: Any) -> None:
        from app.workflow.contracts import check_extension_request

        check_extension_request(self.model, ctx.today)

    def serves(self, ctx: Any, **_: Any) -> None:
        """R-2.2, R-1.1: the contract runs and the NGO's licence holds."""
        from app.workflow.contracts import running
        from app.workflow.eligibility import check_licence

        running(self.model)
        check_licence(self.model.ngo, ctx.today)

    def serves_today(self, ctx: Any, **_: Any) -> None:
        from app.workflow.contracts import running
        from app.workflow.eligibility import check_licence

        running(self.model, ctx.today)
        check_licence(self.model.ngo, ctx.today)


class NoteFlow(Flow):
    """The promissory note held as collateral (Article 6)."""

    rule = "R-6.3"
    record = "note"
    key = "contract"

    received = State("دریافت شد", initial=True)
    in_custody = State("در امانت مالی")
    return_confirmed = State("عدم خسارت تأیید شد")
    damage_reported = State("خسارت گزارش شد")
    returned = State("بازگردانده شد", final=True)
    held = State("ضبط شد", final=True)

    # Notes HQ still holds, waiting for the contract's end and the manager's word.
    holding = ("received", "in_custody", "return_confirmed", "damage_reported")

    opening = Step(by="sign_contract")
    take_custody = step(
        received.to(in_custody),
        Step(
            "take_note_custody",
            FINANCE,
            "تحویل سفته به امانت مالی",
            queue=Queue(_NOTE_QUEUE, "R-6.3"),
        ),
    )
    confirm_no_damage = step(
        received.to(return_confirmed) | in_custody.to(return_confirmed),
        Step(
            "confirm_no_damage",
            MANAGER,
            "تأیید عدم خسارت",
            early="manager_after_end",
            queue=Queue(_NOTE_QUEUE, "R-6.3", "contract_ended"),
        ),
    )
    report_damage = step(
        received.to(damage_reported) | in_custody.to(damage_reported),
        Step("report_damage", MANAGER, "گزارش خسارت", early="manager_after_end"),
    )
    hold = step(
        damage_reported.to(held),
        Step(
            "settle_damage",
            FINANCE,
            "رسیدگی به خسارت",
            early="damage_open",
            queue=Queue(_NOTE_QUEUE, "R-6.3"),
        ),
    )
    make_good = step(
        damage_reported.to(returned), Step("settle_damage", FINANCE, early="damage_open")
    )
    return_note = step(
        return_confirmed.to(returned),
        Step(
            "return_note",
            FINANCE,
            "بازگرداندن سفته",
            early="returnable",
            queue=Queue(_NOTE_QUEUE, "R-6.3", "contract_ended"),
        ),
    )

    def manager_after_end(self, ctx: Any, **_: Any) -> None:
        """R-6.3: the manager of the contract's own semansara speaks, after its end."""
        from app.workflow.notes import after_end, own_manager

        own_manager(ctx, self.model.contract)
        after_end(self.model.contract)

    def damage_open(self, **_: Any) -> None:
        from app.workflow.notes import damage_open

        damage_open(self.model)

    def returnable(self, **_: Any) -> None:
        """R-6.3: while the note is held, say what it waits for (the contract's end, the
        manager's word), not only that its state does not allow returning it yet."""
        from app.workflow.notes import returnable

        if self.model.state in self.holding:
            errors.raise_if(returnable(self.model.contract, self.model))


class ExtensionFlow(Flow):
    """One request to extend a contract, decided once (Article 5)."""

    rule = "R-5.5"
    record = "extension"

    requested = State("درخواست شد", initial=True)
    accepted = State("پذیرفته شد", final=True)
    rejected = State("رد شد", final=True)

    opening = Step(by="request_extension")
    accept = step(
        requested.to(accepted),
        Step(
            "decide_extension",
            DEPUTY,
            "پذیرش تمدید",
            "accept",
            guard="acceptable",
            validated=False,
            queue=Queue("{ngo}", "R-5.1"),
        ),
    )
    reject = step(requested.to(rejected), Step("decide_extension", DEPUTY, "رد تمدید", "reject"))

    def acceptable(self, ctx: Any, **_: Any) -> None:
        from app.workflow.contracts import check_extension_acceptable

        check_extension_acceptable(self.model.contract, self.model, ctx.today)


def state_label(flow: type[Flow], value: str) -> str:
    state = flow.states_map.get(value)
    return state.name if state is not None else value


# The groups under their former names, for the interface until it reads them from the machines.
OPEN_REQUEST_STATES = RequestFlow.open
PLACE_HOLDING_STATES = RequestFlow.place_holding
LIVE_BOOKING_STATES = BookingFlow.live
WAITING_BOOKING_STATES = BookingFlow.waiting
NOTICED_BOOKING_STATES = BookingFlow.noticed
RUNNING_CONTRACT_STATES = ContractFlow.running
HELD_NOTE_STATES = NoteFlow.holding
