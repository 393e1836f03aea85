"""The documents of the procedure, each built from the database for one record.

Every generator reads (never writes) the workflow's records, refuses with a
Persian ``WorkflowError`` when the document does not apply to the record's
state, and returns a :class:`~app.documents.document.Document`; ``generate``
turns one into PDF bytes (and a file when asked). Issuing (serial,
verification code, the ``IssuedDocument`` row) is ``app.documents.issuing``.

Which document applies when:

========================  ==========  ==================================================
kind                      REF         printed when
========================  ==========  ==================================================
request-form              request     always: every state of the request, the step shown
contract                  contract    the request has a signed contract (any contract
                          or request  state; an ended contract prints as its record)
letter-representative,    contract    the contract is signed (step ج) and still runs
letter-manager            or request  (active or extended)
note-receipt              contract    a note was received and is still held by HQ
                          or request  (received, in custody, no damage confirmed, damage
                                      reported)
note-return               contract    the note was returned
                          or request
notice-ngo,               booking     the booking is scheduled (step د) or notified (ذ)
notice-manager
========================  ==========  ==================================================
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from os import PathLike

from reportlab.lib.units import cm
from reportlab.platypus import Flowable, Spacer

from app.db import models as m
from app.documents import texts
from app.documents.document import (
    BANNER,
    BODY,
    BODY_RIGHT,
    CELL,
    CELL_BOLD,
    CELL_HEADER,
    HEADING,
    LETTER,
    LETTER_HEADING,
    LETTER_RIGHT,
    SMALL,
    Boxed,
    Document,
    Stamp,
    render,
)
from app.documents.flowables import PersianParagraph, PersianTable
from app.documents.numwords import rials_in_words, to_words
from app.workflow import errors, jalali, persian
from app.workflow.contracts import accepted_extensions, extension_deadline, last_day
from app.workflow.machines import (
    BookingFlow,
    ContractFlow,
    NoteFlow,
    RequestFlow,
    state_label,
)
from app.workflow.policy import (
    APPROVED_1399_04_25,
    ROOM_SERVICES,
    SERVICE_NAMES,
    SERVICES,
    UNLIMITED,
    Policy,
    policy_on,
)
from app.workflow.quotas import service_cap
from app.workflow.requests import CHANNELS

#: Booking states in which a notice applies (after step د).
NOTICE_STATES = ("dal_scheduled", "zal_issued", "zal_notified")
#: Note states in which HQ still holds the note.
HELD_NOTE_STATES = NoteFlow.holding
LETTER_KINDS = {"letter-representative": "representative", "letter-manager": "manager"}
NOTICE_KINDS = {"notice-ngo": "ngo", "notice-manager": "manager"}


# --- small helpers ----------------------------------------------------------------------------


def _digits(value: object) -> str:
    return persian.to_persian_digits(str(value))


_LATIN_GAP = re.compile(r"(?<=[A-Za-z0-9.&'\-]) +(?=[A-Za-z0-9&(])")
_BEFORE_LAST_NUMBER = re.compile(r" +(?=[0-9\u06f0-\u06f9]+$)")


def _name(value: str | None) -> str:
    """A name as printed: a run of Latin words («Green Future», "Sara Karimi") and a
    number ending the name («سمن‌سرای منطقه ۶») are joined by no-break spaces, so that a
    line never breaks inside them (a Latin name cut in two reads backwards across the line
    break in right-to-left text, and «۶» alone at the head of a line reads as a new item)."""
    value = _LATIN_GAP.sub("\u00a0", (value or "").strip())
    return _BEFORE_LAST_NUMBER.sub("\u00a0", value)


def _or_blank(value: str | None) -> str:
    value = _name(value)
    return value or texts.BLANK


def person_name(username: str) -> str:
    """A user's full name, else the username (kept on record), else a blank to fill in."""
    if not username:
        return texts.BLANK
    user = m.User.get_or_none(m.User.username == username)
    if user is not None and user.full_name.strip():
        return user.full_name.strip()
    return username


def _date(value: dt.date | dt.datetime) -> str:
    day = value.date() if isinstance(value, dt.datetime) else value
    return jalali.format_date(day)


def _cell(text: str, style=CELL) -> PersianParagraph:  # noqa: ANN001
    return PersianParagraph(text, style)


def _fields(pairs: list[tuple[str, str]], columns: int = 2) -> PersianTable:
    """Label/value pairs as a table of ``columns`` pairs a row (labels in bold)."""
    rows: list[list[object]] = []
    for start in range(0, len(pairs), columns):
        row: list[object] = []
        for label, value in pairs[start : start + columns]:
            row += [_cell(label, CELL_BOLD), _cell(value)]
        row += [None] * (2 * columns - len(row))
        rows.append(row)
    widths = [3.5 * cm, 5.0 * cm] * columns if columns == 2 else [4.0 * cm, 13.0 * cm]
    return PersianTable(rows, widths, header=False)


def _signatures(blocks: list[tuple[str, list[str]]], room: int = 2) -> PersianTable:
    """Signature boxes side by side: a heading and the names, then room to sign.
    A single box (a letter's signatory) sits at the left, as on a letter."""
    header = [title for title, _ in blocks]
    most = max(len(names) for _title, names in blocks)
    body = [
        # The same number of lines in every box, so that «امضا و مهر» lines up.
        _cell("\n".join([*names, *[""] * (most - len(names)), texts.SIGNATURE, *[""] * room]))
        for _title, names in blocks
    ]
    width = 17.0 * cm / len(blocks) if len(blocks) > 1 else 8.0 * cm
    table = PersianTable(
        [header, body], [width] * len(blocks), body_style=CELL, header_style=CELL_HEADER
    )
    if len(blocks) == 1:
        table.hAlign = "LEFT"
    return table


def _services_with_caps(level: int, policy: Policy) -> list[tuple[str, str, str]]:
    """(service, cap, per-use people cap) of every service the level offers (Article 4)."""
    rows = []
    for service in SERVICES:
        try:
            cap = service_cap(level, service, policy)
        except errors.WorkflowError:
            continue  # not offered to this level
        rows.append((SERVICE_NAMES[service], _cap_text(service, cap), _per_use(service, policy)))
    return rows


def _cap_text(service: str, cap: int | str) -> str:
    if cap == UNLIMITED:
        return texts.CAP_UNLIMITED
    number = persian.format_number(int(cap))
    if service in ROOM_SERVICES:
        return texts.CAP_HOURS.format(n=number)
    if service == "shelf":
        return texts.CAP_SHELF.format(n=number)
    if service == "desk":
        return texts.CAP_DESK.format(n=number)
    if service == "business_cards":
        return texts.CAP_CARDS.format(n=number)
    return number


def _per_use(service: str, policy: Policy) -> str:
    cap = policy["people_caps"].get(service)
    return texts.PER_USE_PEOPLE.format(n=_digits(cap)) if cap else texts.NONE


def _months_text(months: int) -> str:
    if months == 1:
        return texts.ONE_MONTH
    if months % 12 == 0:
        return texts.YEARS.format(words=to_words(months // 12))
    return texts.MONTHS.format(n=_digits(months))


def _ngo_pairs(ngo: m.Ngo) -> list[tuple[str, str]]:
    return [
        (texts.FIELD_NGO_NAME, _name(ngo.name)),
        (texts.FIELD_NGO_CODE, ngo.code),
        (texts.FIELD_LICENCE_NO, ngo.licence_no),
        (texts.FIELD_LICENCE_ISSUER, ngo.licence_issuer),
        (texts.FIELD_LICENCE_EXPIRES, _date(ngo.licence_expires)),
        (texts.FIELD_FOUNDED, _date(ngo.founded)),
        (texts.FIELD_MEMBERS, _digits(ngo.members)),
        (
            texts.FIELD_LEVEL,
            texts.LEVEL_VALUE.format(level=_digits(ngo.level))
            if ngo.level
            else texts.LEVEL_NOT_SET,
        ),
        (texts.FIELD_CHIEF, _or_blank(ngo.chief)),
        (texts.FIELD_REPRESENTATIVE, _or_blank(ngo.representative)),
        (texts.FIELD_PHONE, _or_blank(ngo.phone)),
        (texts.FIELD_EMAIL, _or_blank(ngo.email)),
        (
            texts.FIELD_DISTRICT,
            texts.DISTRICT_VALUE.format(district=_digits(ngo.district))
            if ngo.district
            else texts.BLANK,
        ),
    ]


# --- finding the record -------------------------------------------------------------------------


def find_request(ref: str) -> m.Request:
    request = m.Request.get_or_none(m.Request.ref == ref.strip())
    if request is None:
        raise errors.WorkflowError(errors.NOT_FOUND, texts.NOT_FOUND_REQUEST.format(ref=ref))
    return request


def find_contract(ref: str, what: str) -> m.Contract:
    """The contract ``ref``, or the contract of the request ``ref``.

    A request without a contract (not signed yet, rejected, withdrawn) is refused
    with OUT_OF_ORDER: ``what`` (a Persian noun) is issued only after step ج.
    """
    ref = ref.strip()
    contract = m.Contract.get_or_none(m.Contract.ref == ref)
    if contract is not None:
        return contract
    request = m.Request.get_or_none(m.Request.ref == ref)
    if request is None:
        raise errors.WorkflowError(errors.NOT_FOUND, texts.NOT_FOUND_CONTRACT.format(ref=ref))
    contract = m.Contract.get_or_none(m.Contract.request == request)
    if contract is None:
        raise errors.WorkflowError(
            errors.OUT_OF_ORDER,
            texts.NO_CONTRACT.format(
                ref=ref, state=state_label(RequestFlow, request.state), what=what
            ),
            "R-3.1",
        )
    return contract


def find_booking(ref: str) -> m.Booking:
    booking = m.Booking.get_or_none(m.Booking.ref == ref.strip())
    if booking is None:
        raise errors.WorkflowError(errors.NOT_FOUND, texts.NOT_FOUND_BOOKING.format(ref=ref))
    return booking


def find_note(contract: m.Contract) -> m.PromissoryNote:
    note = m.PromissoryNote.get_or_none(m.PromissoryNote.contract == contract)
    if note is None:
        raise errors.WorkflowError(
            errors.NOT_FOUND, texts.NO_NOTE.format(ref=contract.ref), "R-6.1"
        )
    return note


# --- the request form (step الف) -----------------------------------------------------------------


def request_form_document(ref: str) -> Document:
    request = find_request(ref)
    ngo, house = request.ngo, request.semansara
    policy = policy_on(request.registered_at.date())
    asked = set(json.loads(request.services or "[]"))
    request_pairs = [
        (texts.FIELD_REQUEST_REF, request.ref),
        (
            texts.FIELD_SEMANSARA,
            f"{_name(house.name)} ({texts.DISTRICT_VALUE.format(district=_digits(house.district))})",
        ),
        (texts.FIELD_CHANNEL, CHANNELS.get(request.channel, request.channel)),
        (texts.FIELD_REGISTERED_AT, jalali.format_datetime(request.registered_at)),
        (texts.FIELD_REGISTERED_BY, person_name(request.registered_by)),
        (texts.FIELD_STEP, state_label(RequestFlow, request.state)),
    ]
    rows: list[list[object]] = [
        [texts.COL_ROW, texts.COL_SERVICE, texts.COL_ASKED, texts.COL_PER_USE]
    ]
    for number, service in enumerate(SERVICES, start=1):
        rows.append(
            [
                _digits(number),
                SERVICE_NAMES[service],
                texts.YES if service in asked else texts.NO,
                _per_use(service, policy),
            ]
        )
    story: list[Flowable] = [
        PersianParagraph(texts.REQUEST_NGO_HEADING, HEADING),
        _fields(_ngo_pairs(ngo)),
        PersianParagraph(texts.REQUEST_HEADING, HEADING),
        _fields(request_pairs),
    ]
    if request.decision_reason.strip():
        story.append(
            PersianParagraph(texts.REQUEST_REASON.format(reason=request.decision_reason), BODY)
        )
    story += [
        PersianParagraph(texts.REQUEST_SERVICES_HEADING, HEADING),
        PersianTable(
            rows,
            [1.3 * cm, 7.0 * cm, 3.2 * cm, 5.5 * cm],
            body_style=CELL,
            header_style=CELL_HEADER,
        ),
        Spacer(1, 6),
    ]
    notes = [texts.REQUEST_SERVICES_NOTE, texts.REQUEST_PRIORITY]
    if not asked:
        notes.insert(0, texts.REQUEST_NO_SERVICES)
    story += [
        PersianParagraph(" ".join(notes), SMALL),
        Spacer(1, 6),
        _signatures(
            [
                (texts.SIGN_APPLICANT, [texts.NAME.format(name=_or_blank(ngo.representative))]),
                (texts.SIGN_DESK, [texts.NAME.format(name=person_name(request.registered_by))]),
            ],
            room=1,
        ),
    ]
    return Document(
        kind="request-form",
        object_ref=request.ref,
        title=texts.REQUEST_FORM_TITLE,
        subtitle=texts.REQUEST_FORM_SUBTITLE,
        story=story,
    )


# --- the six-month lease -------------------------------------------------------------------------


def contract_document(ref: str) -> Document:
    contract = find_contract(ref, texts.WHAT_CONTRACT)
    ngo, house = contract.ngo, contract.semansara
    note = find_note(contract)
    policy = policy_on(contract.signed_at.date())
    level = _digits(contract.level)
    signed = _date(contract.signed_at)

    address = texts.ADDRESS_PART.format(address=house.address) if house.address.strip() else ""
    caps = _services_with_caps(contract.level, policy)
    cap_rows: list[list[object]] = [
        [texts.COL_ROW, texts.COL_SERVICE, texts.COL_CAP.format(level=level), texts.COL_PER_USE]
    ]
    for number, (name, cap, per_use) in enumerate(caps, start=1):
        cap_rows.append([_digits(number), name, cap, per_use])

    months = policy["lease_months"]
    extensions = accepted_extensions(contract)
    term = texts.TERM_TEXT.format(
        months=_digits(months),
        starts=_date(contract.starts),
        last_day=_date(jalali.add_months(contract.starts, months) - dt.timedelta(days=1)),
    )
    if extensions:
        term += " " + texts.TERM_EXTENDED.format(
            count=_digits(extensions), last_day=_date(last_day(contract.ends))
        )
    move = _pending_move(contract)
    if move is not None:
        term += " " + texts.TERM_MOVE.format(
            starts=_date(move.starts),
            semansara=_name(move.to_semansara.name),
            district=_digits(move.to_semansara.district),
        )
    year = jalali.jalali_year(contract.signed_at.date())

    story: list[Flowable] = [
        PersianParagraph(
            texts.CONTRACT_REF_LINE.format(ref=contract.ref, signed=signed), BODY_RIGHT
        ),
        PersianParagraph(texts.ARTICLE_PARTIES, HEADING),
        PersianParagraph(
            texts.PARTIES_TEXT.format(
                hq=texts.HQ,
                deputy=person_name(contract.signed_by),
                ngo=_name(ngo.name),
                ngo_code=ngo.code,
                licence_no=ngo.licence_no,
                issuer=ngo.licence_issuer,
                licence_expires=_date(ngo.licence_expires),
                chief=_or_blank(ngo.chief),
                representative=_or_blank(ngo.representative),
                procedure=texts.PROCEDURE,
                approved=_date(APPROVED_1399_04_25),
            ),
            BODY,
        ),
        PersianParagraph(texts.ARTICLE_SUBJECT, HEADING),
        PersianParagraph(
            texts.SUBJECT_TEXT.format(
                semansara=_name(house.name),
                code=house.code,
                district=_digits(house.district),
                address=address,
                level=level,
            ),
            BODY,
        ),
    ]
    if caps:
        story.append(
            PersianTable(
                cap_rows,
                [1.3 * cm, 6.7 * cm, 5.0 * cm, 4.0 * cm],
                body_style=CELL,
                header_style=CELL_HEADER,
            )
        )
    else:
        story.append(PersianParagraph(texts.NO_SERVICES_FOR_LEVEL.format(level=level), BODY))
    story += [
        PersianParagraph(texts.ARTICLE_TERM, HEADING),
        PersianParagraph(term, BODY),
        PersianParagraph(texts.ARTICLE_NOTE, HEADING),
        PersianParagraph(
            texts.NOTE_TEXT.format(
                serial=note.serial,
                amount=persian.format_number(note.amount),
                words=rials_in_words(note.amount),
                year=_digits(year),
                due=persian.format_number(note.amount_due),
            ),
            BODY,
        ),
        PersianParagraph(texts.ARTICLE_OBLIGATIONS, HEADING),
        PersianParagraph(texts.OBLIGATION_OWN_SEMANSARA.format(semansara=_name(house.name)), BODY),
        PersianParagraph(texts.OBLIGATION_BOOKING, BODY),
        PersianParagraph(
            texts.OBLIGATION_EXTENSION.format(
                notice=_months_text(policy["extension_deadline_months"]),
                deadline=_date(extension_deadline(contract, policy)),
            ),
            BODY,
        ),
        PersianParagraph(
            texts.OBLIGATION_LIMITS.format(
                max_extensions=_digits(policy["max_extensions"]),
                months=_digits(months),
                total=_months_text(policy["max_total_months"]),
            ),
            BODY,
        ),
        PersianParagraph(texts.OBLIGATION_CARE, BODY),
        PersianParagraph(texts.ARTICLE_RETURN, HEADING),
        PersianParagraph(texts.RETURN_TEXT, BODY),
        PersianParagraph(texts.ARTICLE_COPIES, HEADING),
        PersianParagraph(texts.COPIES_TEXT, BODY),
        Spacer(1, 10),
        _signatures(
            [
                (
                    texts.SIGN_FOR_HQ,
                    [texts.SIGN_DEPUTY.format(name=person_name(contract.signed_by))],
                ),
                (
                    texts.SIGN_FOR_NGO,
                    [
                        texts.SIGN_CHIEF.format(name=_or_blank(ngo.chief)),
                        texts.SIGN_REPRESENTATIVE.format(name=_or_blank(ngo.representative)),
                    ],
                ),
            ]
        ),
    ]
    return Document(
        kind="contract",
        object_ref=contract.ref,
        title=texts.CONTRACT_TITLE,
        subtitle=texts.CONTRACT_SUBTITLE.format(semansara=_name(house.name)),
        story=story,
    )


# --- the introduction letters --------------------------------------------------------------------


def letter_document(ref: str, to: str) -> Document:
    if to not in texts.LETTER_COPY:
        raise ValueError(f"letter for {to!r}: representative or manager")
    contract = find_contract(ref, texts.WHAT_LETTER)
    if contract.state not in ContractFlow.running:
        raise errors.WorkflowError(
            errors.OUT_OF_ORDER,
            texts.LETTER_AFTER_END.format(
                ref=contract.ref, state=_contract_state_name(contract.state)
            ),
            "R-3.1",
        )
    letter = contract.letters.where(m.IntroductionLetter.to == to).first()
    if letter is None:  # signing always makes both copies (step ج)
        raise errors.WorkflowError(
            errors.NOT_FOUND, texts.NO_LETTER.format(ref=contract.ref), "R-3.1"
        )
    ngo, house = contract.ngo, contract.semansara
    policy = policy_on(contract.signed_at.date())
    services = "، ".join(
        name for name, _cap, _per_use in _services_with_caps(contract.level, policy)
    )
    story: list[Flowable] = [
        Boxed(PersianParagraph(texts.LETTER_COPY[to], BANNER), width=8 * cm),
        Spacer(1, 10),
        PersianParagraph(
            texts.LETTER_TO.format(semansara=_name(house.name), district=_digits(house.district)),
            LETTER_HEADING,
        ),
        PersianParagraph(texts.LETTER_GREETING, LETTER_RIGHT),
        PersianParagraph(
            texts.LETTER_BODY.format(
                representative=_or_blank(ngo.representative),
                ngo=_name(ngo.name),
                ngo_code=ngo.code,
                licence_no=ngo.licence_no,
                issuer=ngo.licence_issuer,
                signed=_date(contract.signed_at),
                contract=contract.ref,
                starts=_date(contract.starts),
                last_day=_date(last_day(contract.ends)),
                level=_digits(contract.level),
            ),
            LETTER,
        ),
        PersianParagraph(texts.LETTER_SERVICES.format(services=services or texts.NONE), LETTER),
        PersianParagraph(texts.LETTER_REQUEST, LETTER),
        PersianParagraph(texts.LETTER_TWO_COPIES, SMALL),
        Spacer(1, 14),
        _signatures(
            [(texts.LETTER_SIGNATURE, [texts.NAME.format(name=person_name(contract.signed_by))])]
        ),
    ]
    return Document(
        kind=f"letter-{to}",
        object_ref=contract.ref,
        title=texts.LETTER_TITLE,
        story=story,
        own_serial=letter.serial,
    )


def _pending_move(contract: m.Contract) -> m.Extension | None:
    """An accepted extension into another semansara that starts when the present term
    ends and has not been applied yet (R-5.4)."""
    return (
        contract.extensions.where(
            (m.Extension.state == "accepted")
            & m.Extension.starts.is_null(False)
            & (m.Extension.to_semansara != contract.semansara)
        )
        .order_by(m.Extension.starts.desc(), m.Extension.id.desc())
        .first()
    )


def _contract_state_name(state: str) -> str:
    return state_label(ContractFlow, state)


# --- the promissory-note receipts ----------------------------------------------------------------


def _note_pairs(contract: m.Contract, note: m.PromissoryNote) -> list[tuple[str, str]]:
    return [
        (texts.FIELD_NOTE_SERIAL, note.serial),
        (texts.FIELD_CONTRACT, contract.ref),
        (texts.FIELD_AMOUNT, persian.format_number(note.amount)),
        (texts.FIELD_RECEIVED_AT, _date(note.received_at)),
        (texts.FIELD_AMOUNT_WORDS, rials_in_words(note.amount)),
        (texts.FIELD_NGO_NAME, _name(contract.ngo.name)),
    ]


def note_receipt_document(ref: str) -> Document:
    contract = find_contract(ref, texts.WHAT_NOTE_RECEIPT)
    note = find_note(contract)
    if note.state not in HELD_NOTE_STATES:
        raise errors.WorkflowError(
            errors.OUT_OF_ORDER,
            texts.NOTE_ALREADY_CLOSED.format(
                ref=contract.ref, state=state_label(NoteFlow, note.state)
            ),
            "R-6.3",
        )
    ngo = contract.ngo
    story: list[Flowable] = [
        _fields(_note_pairs(contract, note)),
        Spacer(1, 10),
        PersianParagraph(
            texts.NOTE_RECEIPT_TEXT.format(
                serial=note.serial,
                amount=persian.format_number(note.amount),
                words=rials_in_words(note.amount),
                chief=_or_blank(ngo.chief),
                ngo=_name(ngo.name),
                ngo_code=ngo.code,
                contract=contract.ref,
                semansara=_name(contract.semansara.name),
                received=_date(note.received_at),
            ),
            BODY,
        ),
        PersianParagraph(texts.NOTE_RECEIPT_CONDITIONS, BODY),
        Spacer(1, 14),
        _signatures(
            [
                (
                    texts.SIGN_RECEIVED_FOR_HQ,
                    [texts.NAME.format(name=person_name(note.received_by))],
                ),
                (texts.SIGN_GIVER, [texts.SIGN_CHIEF.format(name=_or_blank(ngo.chief))]),
            ]
        ),
    ]
    return Document(
        kind="note-receipt", object_ref=contract.ref, title=texts.NOTE_RECEIPT_TITLE, story=story
    )


def note_return_document(ref: str) -> Document:
    contract = find_contract(ref, texts.WHAT_NOTE_RECEIPT)
    note = find_note(contract)
    if note.state != "returned" or note.returned_at is None:
        raise errors.WorkflowError(
            errors.OUT_OF_ORDER,
            texts.NOTE_NOT_RETURNED.format(
                ref=contract.ref, state=state_label(NoteFlow, note.state)
            ),
            "R-6.3",
        )
    ngo = contract.ngo
    ended = _date(contract.ended_at) if contract.ended_at else _date(last_day(contract.ends))
    confirmed = _date(note.confirmed_at) if note.confirmed_at else texts.BLANK
    template = (
        texts.RETURN_BECAUSE_SETTLED if note.damage.strip() else (texts.RETURN_BECAUSE_NO_DAMAGE)
    )
    because = template.format(
        ended=ended, manager=person_name(note.confirmed_by), confirmed=confirmed
    )
    pairs = _note_pairs(contract, note)
    pairs.insert(4, (texts.FIELD_RETURNED_AT, _date(note.returned_at)))
    story: list[Flowable] = [
        _fields(pairs),
        Spacer(1, 10),
        PersianParagraph(
            texts.NOTE_RETURN_TEXT.format(
                serial=note.serial,
                amount=persian.format_number(note.amount),
                words=rials_in_words(note.amount),
                contract=contract.ref,
                semansara=_name(contract.semansara.name),
                received=_date(note.received_at),
                ngo=_name(ngo.name),
                ngo_code=ngo.code,
                because=because,
                returned=_date(note.returned_at),
                returned_to=_or_blank(note.returned_to),
            ),
            BODY,
        ),
        PersianParagraph(texts.NOTE_RETURN_CLOSING, BODY),
        Spacer(1, 14),
        _signatures(
            [
                (
                    texts.SIGN_GIVER,
                    [texts.SIGN_FINANCE, texts.NAME.format(name=person_name(note.returned_by))],
                ),
                (
                    texts.SIGN_RECEIVER,
                    [texts.SIGN_REPRESENTATIVE.format(name=_or_blank(note.returned_to))],
                ),
            ]
        ),
    ]
    return Document(
        kind="note-return", object_ref=contract.ref, title=texts.NOTE_RETURN_TITLE, story=story
    )


# --- the booking notices (step ذ) -------------------------------------------------------------------


def notice_document(ref: str, recipient: str) -> Document:
    from app.workflow.bookings import notice_text

    if recipient not in texts.NOTICE_COPY:
        raise ValueError(f"notice for {recipient!r}: ngo or manager")
    booking = find_booking(ref)
    if booking.state == "khe_requested":
        raise errors.WorkflowError(
            errors.OUT_OF_ORDER,
            texts.NOTICE_NOT_SCHEDULED.format(
                ref=booking.ref, state=state_label(BookingFlow, booking.state)
            ),
            "R-3.1",
        )
    if booking.state not in NOTICE_STATES:
        raise errors.WorkflowError(
            errors.OUT_OF_ORDER,
            texts.NOTICE_NOT_LIVE.format(
                ref=booking.ref,
                state=texts.BOOKING_STATES.get(booking.state, booking.state),
            ),
            "R-3.1",
        )
    policy = policy_on(booking.requested_at.date())
    cap = _digits(policy["people_caps"].get(booking.service, booking.people))
    house = booking.semansara
    day = booking.start_at.date()
    place = _name(house.name) + (
        texts.ADDRESS_PART.format(address=house.address) if house.address.strip() else ""
    )
    pairs = [
        (texts.FIELD_BOOKING, booking.ref),
        (texts.FIELD_NGO, _name(booking.ngo.name)),
        (
            texts.FIELD_SERVICE,
            texts.ROOM_NUMBER.format(
                service=SERVICE_NAMES[booking.service], number=_digits(booking.room.number)
            ),
        ),
        (texts.FIELD_PLACE, place),
        (texts.FIELD_DAY, f"{jalali.weekday_name(day)} {jalali.format_date(day)}"),
        (
            texts.FIELD_TIME,
            texts.TIME_RANGE.format(
                start=jalali.format_time(booking.start_at.time()),
                end=jalali.format_time(booking.end_at.time()),
            ),
        ),
        (texts.FIELD_PEOPLE, texts.PEOPLE.format(n=_digits(booking.people), cap=cap)),
        (texts.FIELD_CONTRACT, booking.contract.ref),
    ]
    rules = texts.NOTICE_NGO_RULES if recipient == "ngo" else texts.NOTICE_MANAGER_RULES
    story: list[Flowable] = [
        Boxed(PersianParagraph(texts.NOTICE_COPY[recipient], BANNER), width=7 * cm),
        Spacer(1, 8),
        PersianParagraph(_with_names(notice_text(booking, recipient), booking), BODY),
        _fields(pairs, columns=1),
        Spacer(1, 6),
        PersianParagraph(rules.format(cap=cap), BODY),
        Spacer(1, 8),
        _signatures(
            [(texts.SIGN_DESK_NOTICE, [texts.NAME.format(name=person_name(booking.requested_by))])]
        ),
    ]
    return Document(
        kind=f"notice-{recipient}",
        object_ref=booking.ref,
        title=texts.NOTICE_TITLE,
        subtitle=texts.NOTICE_STEP,
        story=story,
    )


def _with_names(text: str, booking: m.Booking) -> str:
    """The workflow's notice wording with the NGO's and the semansara's names as printed."""
    for name in (booking.ngo.name, booking.semansara.name):
        text = text.replace(name, _name(name))
    return text


# --- the kinds --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Kind:
    """One kind of document: how to build it and how its serials start."""

    name: str
    prefix: str  # serial prefix; letters use their own serial
    build: Callable[[str], Document]

    @property
    def title(self) -> str:
        return texts.KIND_NAMES[self.name]


KINDS: dict[str, Kind] = {
    "request-form": Kind("request-form", "RQF", request_form_document),
    "contract": Kind("contract", "CON", contract_document),
    "letter-representative": Kind(
        "letter-representative", "LTR", lambda ref: letter_document(ref, "representative")
    ),
    "letter-manager": Kind("letter-manager", "LTM", lambda ref: letter_document(ref, "manager")),
    "note-receipt": Kind("note-receipt", "NRC", note_receipt_document),
    "note-return": Kind("note-return", "NRT", note_return_document),
    "notice-ngo": Kind("notice-ngo", "BKN", lambda ref: notice_document(ref, "ngo")),
    "notice-manager": Kind("notice-manager", "BKM", lambda ref: notice_document(ref, "manager")),
}


def kind(name: str) -> Kind:
    try:
        return KINDS[name]
    except KeyError:
        raise errors.WorkflowError(
            errors.INVALID_INPUT,
            texts.UNKNOWN_KIND.format(kind=name, kinds="، ".join(KINDS)),
            field="kind",
        ) from None


def build(name: str, ref: str) -> Document:
    """The document ``name`` of the record ``ref`` (refused when it does not apply)."""
    return kind(name).build(ref)


def generate(
    name: str,
    ref: str,
    *,
    stamp: Stamp | None = None,
    out: str | PathLike[str] | None = None,
) -> bytes:
    """PDF bytes of the document ``name`` for ``ref``; a preview unless ``stamp`` is given."""
    return render(build(name, ref), stamp, out)


def request_form(ref: str, **kwargs) -> bytes:  # noqa: ANN003
    """«فرم درخواست سمن‌سرا» of the request ``ref``."""
    return generate("request-form", ref, **kwargs)


def contract(ref: str, **kwargs) -> bytes:  # noqa: ANN003
    """«قرارداد اجارهٔ شش‌ماهه» of the contract (or request) ``ref``."""
    return generate("contract", ref, **kwargs)


def letter(ref: str, to: str, **kwargs) -> bytes:  # noqa: ANN003
    """One copy of «معرفی‌نامه»: ``to`` is ``representative`` or ``manager``."""
    return generate(f"letter-{to}", ref, **kwargs)


def note_receipt(ref: str, **kwargs) -> bytes:  # noqa: ANN003
    """«رسید دریافت سفته» of the contract (or request) ``ref``."""
    return generate("note-receipt", ref, **kwargs)


def note_return(ref: str, **kwargs) -> bytes:  # noqa: ANN003
    """«رسید بازگرداندن سفته» of the contract (or request) ``ref``."""
    return generate("note-return", ref, **kwargs)


def booking_notice(ref: str, recipient: str, **kwargs) -> bytes:  # noqa: ANN003
    """The step ذ notice of booking ``ref``: ``recipient`` is ``ngo`` or ``manager``."""
    return generate(f"notice-{recipient}", ref, **kwargs)
