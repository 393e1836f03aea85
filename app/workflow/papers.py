"""The facts each paper of the procedure prints, read from the records as frozen dataclasses.

A builder reads (never writes) the workflow's records and refuses with a ``WorkflowError``
when the paper does not apply to the record's state; ``app.documents`` lays the returned
record out, one module per paper. What a paper says is its record: ``content_hash`` is the
digest of the record, stored when the paper is issued and compared again by ``verify``.

========================  ==========  ==================================================
kind                      REF         printed when
========================  ==========  ==================================================
request-form              request     always: every state of the request, the step shown
contract                  contract    the request has a signed contract (any contract
                          or request  state; an ended contract prints as its record)
letter-representative,    contract    the contract is signed (step ج) and still runs
letter-manager            or request  (active or extended)
note-receipt              contract    a note was received and is still held by HQ
note-return               contract    the note was returned
notice-ngo,               booking     the booking is scheduled (step د) or notified (ذ)
notice-manager
========================  ==========  ==================================================
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import json
import typing
from collections.abc import Callable
from dataclasses import dataclass
from types import SimpleNamespace

from app.db import models as m
from app.workflow import errors, jalali, roles
from app.workflow import messages as msg
from app.workflow.contracts import extension_deadline, last_day
from app.workflow.machines import BookingFlow, ContractFlow, NoteFlow, RequestFlow, state_label
from app.workflow.policy import (
    SERVICES,
    UNLIMITED,
    Policy,
    contract_template_on,
    letterhead_on,
    monthly_rent_on,
    policy_on,
)
from app.workflow.quotas import service_cap
from app.workflow.requests import CHANNELS

#: Booking states in which a notice applies (after step د).
NOTICE_STATES = BookingFlow.printable
#: The title a person signs under, by role.
SIGNING_TITLES = {
    roles.ADMIN: "مدیر سامانه",
    roles.DESK_EXPERT: "کارشناس میز خدمت ستاد",
    roles.DISTRICT_DEPUTY: "معاون امور مناطق ستاد",
    roles.EMPOWERMENT_DEPUTY: "معاون توان‌افزایی ستاد",
    roles.FINANCE_DEPUTY: "معاون مالی، اداری و پشتیبانی ستاد",
    roles.SEMANSARA_MANAGER: "مسئول سمن‌سرا",
}
LETTER_KINDS = {"letter-representative": "representative", "letter-manager": "manager"}
NOTICE_KINDS = {"notice-ngo": "ngo", "notice-manager": "manager"}


# --- the records ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Signatory:
    """Who signs: the person's full name and the role they sign in."""

    name: str
    role: str
    username: str = ""


@dataclass(frozen=True)
class NgoFacts:
    code: str
    name: str
    licence_no: str
    licence_issuer: str
    licence_expires: dt.date
    founded: dt.date
    members: int
    level: int | None
    chief: str
    representative: str
    phone: str
    email: str
    district: int | None
    national_id: str
    address: str
    chief_national_code: str
    representative_national_code: str


@dataclass(frozen=True)
class SemansaraFacts:
    code: str
    name: str
    district: int
    address: str
    phone: str = ""


@dataclass(frozen=True)
class ServiceTerms:
    """One service of a level (Article 4): its yearly cap and its per-use people cap."""

    service: str
    cap: int | str  # a number, or UNLIMITED
    people: int | None


@dataclass(frozen=True)
class RequestFormPaper:
    kind: str
    ref: str
    ngo: NgoFacts
    semansara: SemansaraFacts
    channel: str
    registered_at: dt.datetime
    registered_by: Signatory
    step: str
    decision_reason: str
    asked: tuple[str, ...]
    people_caps: tuple[tuple[str, int | None], ...]  # every service, in order


@dataclass(frozen=True)
class ContractPaper:
    kind: str
    ref: str
    signed_on: dt.date
    ngo: NgoFacts
    semansara: SemansaraFacts
    level: int
    services: tuple[ServiceTerms, ...]
    months: int
    starts: dt.date
    first_last_day: dt.date
    note_serial: str
    note_amount: int
    note_year: int
    note_due: int
    extension_notice_months: int
    extension_deadline: dt.date
    max_extensions: int
    max_total_months: int
    deputy: Signatory
    finance: Signatory  # who received the note
    hq: Letterhead
    monthly_rent: int
    opens: str
    closes: str
    template_version: str
    articles: tuple[tuple[str, tuple[str, ...]], ...]  # heading, paragraphs


@dataclass(frozen=True)
class AddendumPaper:
    """An accepted extension (R-5.1), perhaps into another semansara (R-5.4): a paper of its
    own referring to the contract, which itself reprints as signed."""

    kind: str
    ref: str  # the extension's
    contract: str
    contract_signed_on: dt.date
    number: int  # the contract's n-th extension
    ngo: NgoFacts
    from_semansara: SemansaraFacts
    to_semansara: SemansaraFacts
    moves_on: dt.date | None  # the day the services move, for a move
    last_day_before: dt.date
    last_day: dt.date
    months: int
    decided_on: dt.date
    deputy: Signatory


@dataclass(frozen=True)
class LetterPaper:
    kind: str
    ref: str  # the contract's
    to: str  # representative | manager
    serial: str  # the letter's own: …-L1, …-L2
    ngo: NgoFacts
    semansara: SemansaraFacts
    signed_on: dt.date
    starts: dt.date
    last_day: dt.date
    level: int
    services: tuple[str, ...]
    signer: Signatory


@dataclass(frozen=True)
class NoteReceiptPaper:
    kind: str
    ref: str  # the contract's
    ngo: NgoFacts
    semansara: SemansaraFacts
    note_serial: str
    amount: int
    received_on: dt.date
    received_by: Signatory


@dataclass(frozen=True)
class NoteReturnPaper:
    kind: str
    ref: str
    ngo: NgoFacts
    semansara: SemansaraFacts
    note_serial: str
    amount: int
    received_on: dt.date
    ended_on: dt.date
    confirmed_by: Signatory
    confirmed_on: dt.date | None
    after_damage: bool
    returned_on: dt.date
    returned_by: Signatory
    returned_to: str


@dataclass(frozen=True)
class NoticePaper:
    kind: str
    ref: str  # the booking's
    to: str  # ngo | manager
    message: str
    ngo_name: str
    semansara: SemansaraFacts
    service: str
    room: str
    day: dt.date
    start: dt.time
    end: dt.time
    people: int
    people_cap: int
    contract: str
    desk: Signatory
    desk_contact: Letterhead  # where the NGO reaches HQ's service desk


@dataclass(frozen=True)
class Letterhead:
    """HQ as every paper names it, and where a reader verifies a paper (settings)."""

    name: str
    address: str
    phone: str


def letterhead(day: dt.date) -> Letterhead:
    values = letterhead_on(day)
    return Letterhead(values["name"], values["address"].strip(), values["phone"].strip())


Paper = (
    RequestFormPaper
    | ContractPaper
    | LetterPaper
    | NoteReceiptPaper
    | NoteReturnPaper
    | NoticePaper
)


def record_json(paper: Paper) -> str:
    """What the paper says: its record as canonical JSON (kept with the issued paper)."""
    return json.dumps(dataclasses.asdict(paper), sort_keys=True, ensure_ascii=False, default=str)


def content_hash(paper: Paper) -> str:
    """The SHA-256 of what the paper says (its record, as canonical JSON)."""
    return hashlib.sha256(record_json(paper).encode("utf-8")).hexdigest()


#: What a contract names of its parties and signatories. A contract reprints as signed: these
#: come from the record of its first issue, not from today's files (an NGO that moved since
#: has the new address on its addenda, not on its contract).
CONTRACT_PARTIES = ("ngo", "semansara", "deputy", "finance", "hq")


def as_signed(paper: ContractPaper, record: str) -> ContractPaper:
    """``paper`` with its parties as ``record`` (the JSON of its first issue) names them."""
    issued = json.loads(record)
    return dataclasses.replace(
        paper,
        **{
            part: _restored(getattr(paper, part), issued[part])
            for part in CONTRACT_PARTIES
            if isinstance(issued.get(part), dict)
        },
    )


def _restored(current: object, values: dict) -> object:
    """The flat facts ``current`` with the values kept in a record; a field the record does
    not have (added since) keeps its current value."""
    hints = typing.get_type_hints(type(current))
    kept = {}
    for field in dataclasses.fields(current):  # type: ignore[arg-type]
        if field.name not in values:
            continue
        value, hint = values[field.name], hints[field.name]
        if isinstance(value, str) and (hint is dt.date or dt.date in typing.get_args(hint)):
            value = dt.date.fromisoformat(value)
        kept[field.name] = value
    return dataclasses.replace(current, **kept)  # type: ignore[type-var]


# --- reading the records --------------------------------------------------------------------------


def signatory(username: str, role: str | None = None) -> Signatory:
    """A user as a signatory: the full name (else the username kept on record) and the role."""
    user = m.User.get_or_none(m.User.username == username) if username else None
    name = user.full_name.strip() if user is not None else ""
    if role is None:
        role = SIGNING_TITLES.get(user.role, user.role) if user is not None else ""
    return Signatory(name=name, role=role, username=username)


def finance_deputy(username: str = "") -> Signatory:
    """The finance deputy who took the note (``username``), else the one in office (R-6.1)."""
    if username:
        return signatory(username)
    row = (
        m.User.select()
        .where((m.User.role == roles.FINANCE_DEPUTY) & m.User.active)
        .order_by(m.User.id)
        .first()
    )
    if row is None:
        return Signatory("", SIGNING_TITLES[roles.FINANCE_DEPUTY], roles.FINANCE_DEPUTY)
    return signatory(row.username)


def nameless_signer(paper: Paper) -> Signatory | None:
    """The first of the paper's HQ signatories without a full name, if any."""
    for field in dataclasses.fields(paper):
        value = getattr(paper, field.name)
        if isinstance(value, Signatory) and not value.name.strip():
            return value
    return None


def _ngo(ngo: m.Ngo) -> NgoFacts:
    return NgoFacts(
        code=ngo.code,
        name=ngo.name.strip(),
        licence_no=ngo.licence_no.strip(),
        licence_issuer=ngo.licence_issuer.strip(),
        licence_expires=ngo.licence_expires,
        founded=ngo.founded,
        members=ngo.members,
        level=ngo.level or None,
        chief=(ngo.chief or "").strip(),
        representative=(ngo.representative or "").strip(),
        phone=(ngo.phone or "").strip(),
        email=(ngo.email or "").strip(),
        district=ngo.district or None,
        national_id=(ngo.national_id or "").strip(),
        address=(ngo.address or "").strip(),
        chief_national_code=ngo.chief_national_code,
        representative_national_code=ngo.representative_national_code,
    )


def _semansara(house: m.Semansara) -> SemansaraFacts:
    return SemansaraFacts(
        code=house.code,
        name=house.name.strip(),
        district=house.district,
        address=(house.address or "").strip(),
        phone=(house.phone or "").strip(),
    )


def _services(level: int, policy: Policy) -> tuple[ServiceTerms, ...]:
    rows = []
    for service in SERVICES:
        try:
            cap = service_cap(level, service, policy)
        except errors.WorkflowError:
            continue  # not offered to this level
        cap = cap if cap == UNLIMITED else int(cap)
        rows.append(ServiceTerms(service, cap, policy["people_caps"].get(service)))
    return tuple(rows)


def find_request(ref: str) -> m.Request:
    request = m.Request.get_or_none(m.Request.ref == ref.strip())
    if request is None:
        raise errors.WorkflowError(errors.NOT_FOUND, msg.PAPER_NO_REQUEST(ref=ref))
    return request


def find_contract(ref: str, what: str) -> m.Contract:
    """The contract ``ref``, or the contract of the request ``ref`` (a request without one is
    refused: ``what`` is issued only after step ج)."""
    ref = ref.strip()
    contract = m.Contract.get_or_none(m.Contract.ref == ref)
    if contract is not None:
        return contract
    request = m.Request.get_or_none(m.Request.ref == ref)
    if request is None:
        raise errors.WorkflowError(errors.NOT_FOUND, msg.PAPER_NO_CONTRACT_OR_REQUEST(ref=ref))
    contract = m.Contract.get_or_none(m.Contract.request == request)
    if contract is None:
        raise errors.WorkflowError(
            errors.OUT_OF_ORDER,
            msg.PAPER_NOT_SIGNED_YET(
                ref=ref, state=state_label(RequestFlow, request.state), what=what
            ),
            "R-3.1",
        )
    return contract


def find_booking(ref: str) -> m.Booking:
    booking = m.Booking.get_or_none(m.Booking.ref == ref.strip())
    if booking is None:
        raise errors.WorkflowError(errors.NOT_FOUND, msg.PAPER_NO_BOOKING(ref=ref))
    return booking


def find_note(contract: m.Contract) -> m.PromissoryNote:
    note = m.PromissoryNote.get_or_none(m.PromissoryNote.contract == contract)
    if note is None:
        raise errors.WorkflowError(errors.NOT_FOUND, msg.PAPER_NO_NOTE(ref=contract.ref), "R-6.1")
    return note


def request_form(ref: str) -> RequestFormPaper:
    request = find_request(ref)
    policy = policy_on(request.registered_at.date())
    return RequestFormPaper(
        kind="request-form",
        ref=request.ref,
        ngo=_ngo(request.ngo),
        semansara=_semansara(request.semansara),
        channel=CHANNELS.get(request.channel, request.channel),
        registered_at=request.registered_at,
        registered_by=signatory(request.registered_by),
        step=state_label(RequestFlow, request.state),
        decision_reason=request.decision_reason.strip(),
        asked=tuple(s for s in SERVICES if s in set(json.loads(request.services or "[]"))),
        people_caps=tuple((s, policy["people_caps"].get(s)) for s in SERVICES),
    )


def signed_in(contract: m.Contract) -> m.Semansara:
    """The semansara the contract was signed for (a move since is an addendum, R-5.4)."""
    first = contract.extensions.order_by(m.Extension.id).first()
    return first.from_semansara if first is not None else contract.semansara


def _pending_move(contract: m.Contract) -> m.Extension | None:
    """An accepted extension into another semansara that has not been applied yet (R-5.4)."""
    return (
        contract.extensions.where(
            (m.Extension.state == "accepted")
            & m.Extension.starts.is_null(False)
            & (m.Extension.to_semansara != contract.semansara)
        )
        .order_by(m.Extension.starts.desc(), m.Extension.id.desc())
        .first()
    )


def contract(ref: str) -> ContractPaper:
    row = find_contract(ref, msg.PAPER_WHAT_CONTRACT())
    note = find_note(row)
    policy = policy_on(row.signed_at.date())
    months = policy["lease_months"]
    first_end = jalali.add_months(row.starts, months)
    house = signed_in(row)
    template = contract_template_on(row.signed_at.date())
    return ContractPaper(
        kind="contract",
        ref=row.ref,
        signed_on=row.signed_at.date(),
        ngo=_ngo(row.ngo),
        semansara=_semansara(signed_in(row)),
        level=row.level,
        services=_services(row.level, policy),
        months=months,
        starts=row.starts,
        first_last_day=last_day(first_end),
        note_serial=note.serial,
        note_amount=note.amount,
        note_year=jalali.jalali_year(row.signed_at.date()),
        note_due=note.amount_due,
        extension_notice_months=policy["extension_deadline_months"],
        # As signed: the deadline of the first term (an extension's is on its addendum).
        extension_deadline=extension_deadline(SimpleNamespace(ends=first_end), policy),
        max_extensions=policy["max_extensions"],
        max_total_months=policy["max_total_months"],
        deputy=signatory(row.signed_by),
        finance=finance_deputy(note.custody_by),
        hq=letterhead(row.signed_at.date()),
        monthly_rent=monthly_rent_on(row.signed_at.date()),
        opens=house.opens,
        closes=house.closes,
        template_version=template["version"],
        articles=tuple(
            (article["heading"], tuple(article["paragraphs"])) for article in template["articles"]
        ),
    )


def addendum(ref: str) -> AddendumPaper:
    row = m.Extension.get_or_none(m.Extension.ref == ref.strip())
    if row is None:
        raise errors.WorkflowError(errors.NOT_FOUND, msg.PAPER_NO_EXTENSION(ref=ref))
    if row.state != "accepted" or row.new_ends is None:
        raise errors.WorkflowError(
            errors.OUT_OF_ORDER, msg.PAPER_EXTENSION_NOT_ACCEPTED(ref=row.ref), "R-5.1"
        )
    contract = row.contract
    accepted = list(
        contract.extensions.where(m.Extension.state == "accepted").order_by(m.Extension.id)
    )
    number = [e.id for e in accepted].index(row.id) + 1
    before = (
        accepted[number - 2].new_ends
        if number > 1
        else (
            jalali.add_months(contract.starts, policy_on(contract.signed_at.date())["lease_months"])
        )
    )
    moved = row.to_semansara_id != row.from_semansara_id
    return AddendumPaper(
        kind="addendum",
        ref=row.ref,
        contract=contract.ref,
        contract_signed_on=contract.signed_at.date(),
        number=number,
        ngo=_ngo(contract.ngo),
        from_semansara=_semansara(row.from_semansara),
        to_semansara=_semansara(row.to_semansara),
        moves_on=(row.starts or before) if moved else None,
        last_day_before=last_day(before),
        last_day=last_day(row.new_ends),
        months=policy_on(row.decided_at.date())["lease_months"],
        decided_on=row.decided_at.date(),
        deputy=signatory(row.decided_by),
    )


def letter(ref: str, to: str) -> LetterPaper:
    row = find_contract(ref, msg.PAPER_WHAT_LETTER())
    if row.state not in ContractFlow.running:
        raise errors.WorkflowError(
            errors.OUT_OF_ORDER,
            msg.PAPER_LETTER_AFTER_END(ref=row.ref, state=state_label(ContractFlow, row.state)),
            "R-3.1",
        )
    own = row.letters.where(m.IntroductionLetter.to == to).first()
    if own is None:  # signing always makes both copies (step ج)
        raise errors.WorkflowError(errors.NOT_FOUND, msg.PAPER_NO_LETTER(ref=row.ref), "R-3.1")
    policy = policy_on(row.signed_at.date())
    return LetterPaper(
        kind=f"letter-{to}",
        ref=row.ref,
        to=to,
        serial=own.serial,
        ngo=_ngo(row.ngo),
        semansara=_semansara(row.semansara),
        signed_on=row.signed_at.date(),
        starts=row.starts,
        last_day=last_day(row.ends),
        level=row.level,
        services=tuple(t.service for t in _services(row.level, policy)),
        signer=signatory(row.signed_by),
    )


def note_receipt(ref: str) -> NoteReceiptPaper:
    row = find_contract(ref, msg.PAPER_WHAT_NOTE_RECEIPT())
    note = find_note(row)
    if note.state not in NoteFlow.holding:
        raise errors.WorkflowError(
            errors.OUT_OF_ORDER,
            msg.PAPER_NOTE_CLOSED(ref=row.ref, state=state_label(NoteFlow, note.state)),
            "R-6.3",
        )
    return NoteReceiptPaper(
        kind="note-receipt",
        ref=row.ref,
        ngo=_ngo(row.ngo),
        semansara=_semansara(row.semansara),
        note_serial=note.serial,
        amount=note.amount,
        received_on=note.received_at.date(),
        received_by=finance_deputy(note.custody_by),
    )


def note_return(ref: str) -> NoteReturnPaper:
    row = find_contract(ref, msg.PAPER_WHAT_NOTE_RECEIPT())
    note = find_note(row)
    if note.state != "returned" or note.returned_at is None:
        raise errors.WorkflowError(
            errors.OUT_OF_ORDER,
            msg.PAPER_NOTE_NOT_RETURNED(ref=row.ref, state=state_label(NoteFlow, note.state)),
            "R-6.3",
        )
    ended = row.ended_at.date() if row.ended_at else last_day(row.ends)
    return NoteReturnPaper(
        kind="note-return",
        ref=row.ref,
        ngo=_ngo(row.ngo),
        semansara=_semansara(row.semansara),
        note_serial=note.serial,
        amount=note.amount,
        received_on=note.received_at.date(),
        ended_on=ended,
        confirmed_by=signatory(note.confirmed_by),
        confirmed_on=note.confirmed_at.date() if note.confirmed_at else None,
        after_damage=bool(note.damage.strip()),
        returned_on=note.returned_at.date(),
        returned_by=signatory(note.returned_by),
        returned_to=note.returned_to.strip(),
    )


def notice(ref: str, to: str) -> NoticePaper:
    from app.workflow.bookings import notice_text

    booking = find_booking(ref)
    if booking.state == "khe_requested":
        raise errors.WorkflowError(
            errors.OUT_OF_ORDER,
            msg.PAPER_NOTICE_NOT_SCHEDULED(
                ref=booking.ref, state=state_label(BookingFlow, booking.state)
            ),
            "R-3.1",
        )
    if booking.state not in NOTICE_STATES:
        raise errors.WorkflowError(
            errors.OUT_OF_ORDER,
            msg.PAPER_NOTICE_NOT_LIVE(
                ref=booking.ref, state=state_label(BookingFlow, booking.state)
            ),
            "R-3.1",
        )
    policy = policy_on(booking.requested_at.date())
    return NoticePaper(
        kind=f"notice-{to}",
        ref=booking.ref,
        to=to,
        message=notice_text(booking, to),
        ngo_name=booking.ngo.name.strip(),
        semansara=_semansara(booking.semansara),
        service=booking.service,
        room=str(booking.room.number),
        day=booking.start_at.date(),
        start=booking.start_at.time(),
        end=booking.end_at.time(),
        people=booking.people,
        people_cap=policy["people_caps"].get(booking.service, booking.people),
        contract=booking.contract.ref,
        desk=signatory(booking.requested_by),
        desk_contact=letterhead(booking.requested_at.date()),
    )


# --- the kinds -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Kind:
    """One kind of paper: how to read its record, and how its serials start."""

    name: str
    prefix: str  # serial prefix; letters use their own serial
    read: Callable[[str], Paper]
    record: str  # what its REF names: request | contract | booking


KINDS: dict[str, Kind] = {
    "request-form": Kind("request-form", "RQF", request_form, "request"),
    "contract": Kind("contract", "CON", contract, "contract"),
    "addendum": Kind("addendum", "ADD", addendum, "extension"),
    "letter-representative": Kind(
        "letter-representative", "LTR", lambda ref: letter(ref, "representative"), "contract"
    ),
    "letter-manager": Kind("letter-manager", "LTM", lambda ref: letter(ref, "manager"), "contract"),
    "note-receipt": Kind("note-receipt", "NRC", note_receipt, "contract"),
    "note-return": Kind("note-return", "NRT", note_return, "contract"),
    "notice-ngo": Kind("notice-ngo", "BKN", lambda ref: notice(ref, "ngo"), "booking"),
    "notice-manager": Kind("notice-manager", "BKM", lambda ref: notice(ref, "manager"), "booking"),
}


def kind(name: str) -> Kind:
    try:
        return KINDS[name]
    except KeyError:
        raise errors.WorkflowError(
            errors.INVALID_INPUT,
            msg.PAPER_UNKNOWN_KIND(kind=name, kinds=list(KINDS)),
            field="kind",
        ) from None


def read(name: str, ref: str) -> Paper:
    """The record of the paper ``name`` about ``ref`` (refused when the paper does not apply)."""
    return kind(name).read(ref)
