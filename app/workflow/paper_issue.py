"""Issuing a paper (the action ``issue_document``) and verifying one (``verify``).

One original per version: the first issue of a paper gives it a serial and a verification
code and stores an ``IssuedDocument`` row with its record and the record's digest. Printing the same
paper again while it says the same thing and still stands is a copy (رونوشت) of that
original: the same serial and code, marked with the day it was printed again, recorded in
the trail only. A paper whose record changed is issued anew; ``verify`` then names the older
one void, replaced by the newer.

Serials: ``{PREFIX}-{Jalali year of issue}-{number:06d}`` per kind and year
(``CON-1405-000001``); an introduction letter always carries its own number (``C1-L1``,
``C1-L2``), in every version. Verification codes: 8 characters from an alphabet without
0/O, 1/I/L (``secrets``), at least one letter, unique; printed as ``K7M2-QX9P``.
"""

from __future__ import annotations

import datetime as dt
import re
import secrets
from dataclasses import dataclass
from typing import Any

import peewee as pw

from app.db import models as m
from app.db import sequences
from app.db.database import db, integrity_kind
from app.workflow import calls, errors, find, jalali, papers, persian, scope
from app.workflow import messages as msg
from app.workflow.audit import Trail
from app.workflow.clock import Clock, SystemClock
from app.workflow.contracts import last_day
from app.workflow.machines import RequestFlow, state_label
from app.workflow.read.records import copy
from app.workflow.service import Context, action, run

#: No 0/O, 1/I/L: a code read aloud over the phone or typed from paper stays the same.
CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"
CODE_LENGTH = 8
_ATTEMPTS = 20
SERIAL_MAX = m.IssuedDocument.serial.max_length
#: The digest scheme of papers issued by this program (see migration 0011).
HASH_SCHEME = 2


@calls.answer_type
@dataclass(frozen=True)
class IssuedPaper:
    """An issued paper: what it says, its serial and code, when its original was issued, and,
    for a copy, the moment it was printed again."""

    kind: str
    object_ref: str
    serial: str
    code: str
    issued_at: dt.datetime
    issued_by: str
    content_hash: str
    copy_at: dt.datetime | None = None

    @property
    def is_copy(self) -> bool:
        return self.copy_at is not None


def new_code() -> str:
    """A random verification code with at least one letter (so that it never reads as a
    number and is never rewritten in Persian digits on paper)."""
    while True:
        code = "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))
        if not code.isdigit():
            return code


def normalise_code(text: str) -> str:
    """What a person typed or a scanner read, as stored: upper case, Latin digits, no spaces
    or dashes (a QR read gives the code as printed, ``K7M2-QX9P``)."""
    cleaned = persian.to_latin_digits(text).upper()
    return re.sub(r"[\s\-_.\u200c\u200e\u200f\u202a\u202c]+", "", cleaned)


def show_code(code: str) -> str:
    """``K7M2QX9P`` → ``K7M2-QX9P``: easier to read out and type."""
    return f"{code[:4]}-{code[4:]}" if len(code) == 8 else code


def _user(user: m.User | str) -> m.User:
    username = user if isinstance(user, str) else user.username
    row = m.User.get_or_none(m.User.username_key == find.username_key(username))
    if row is None or not row.active:
        raise errors.WorkflowError(errors.NOT_FOUND, msg.PAPER_UNKNOWN_USER(user=username))
    return row


def issue(
    kind: str, ref: str, user: m.User | str, clock: Clock, *, call_id: str | None = None
) -> tuple[papers.Paper, IssuedPaper]:
    """Issue (or print again) the paper ``kind`` about ``ref`` as ``user``: the action
    ``issue_document``. Returns the paper's record and its issue, to be laid out by
    ``app.documents``."""
    ctx = Context(_user(user), clock)
    issued = run(ctx, "issue_document", kind=kind, ref=ref, call_id=call_id)["issued"]
    return record(kind, issued.object_ref), issued


def record(kind: str, ref: str) -> papers.Paper:
    """The record of the paper ``kind`` about ``ref`` as it prints: read from the files, but
    a contract names its parties as the record of its first issue does (as signed)."""
    paper = papers.read(kind, ref)
    if isinstance(paper, papers.ContractPaper):
        first = (
            m.IssuedDocument.select(m.IssuedDocument.record)
            .where(
                (m.IssuedDocument.kind == kind)
                & (m.IssuedDocument.object_ref == paper.ref)
                & (m.IssuedDocument.record != "")
            )
            .order_by(m.IssuedDocument.id)
            .first()
        )
        if first is not None:
            return papers.as_signed(paper, first.record)
    return paper


def _scope_check(ctx: Any, kind: str, object_ref: str) -> None:
    """The record the paper is about must be one the user may see (R-3.4)."""
    record = papers.kind(kind).record
    model = {"request": m.Request, "booking": m.Booking, "extension": m.Extension}.get(
        record, m.Contract
    )
    find.seen(ctx, model, object_ref)


def _issued(row: m.IssuedDocument, copy_at: dt.datetime | None = None) -> IssuedPaper:
    return copy(IssuedPaper, row, copy_at=copy_at)


def _latest(kind: str, object_ref: str) -> m.IssuedDocument | None:
    return (
        m.IssuedDocument.select()
        .where((m.IssuedDocument.kind == kind) & (m.IssuedDocument.object_ref == object_ref))
        .order_by(m.IssuedDocument.id.desc())
        .first()
    )


def _next_serial(prefix: str, year: int) -> str:
    key = f"{prefix}-{year}"
    return sequences.free_refs(key, f"{key}-", m.IssuedDocument.serial)[0]


def _unused_code() -> str:
    for _ in range(_ATTEMPTS):
        code = new_code()
        if not m.IssuedDocument.select().where(m.IssuedDocument.code == code).exists():
            return code
    raise RuntimeError("no free verification code found")  # 31**8 codes: not in practice


def _signers_named(user: m.User, paper: papers.Paper) -> None:
    """A paper names who issues and who signs it: a user without a person's full name may
    not issue, and a paper whose signatory has none is not issued."""
    if not user.full_name.strip():
        raise errors.WorkflowError(
            errors.INVALID_INPUT,
            msg.PAPER_SIGNER_NAMELESS(user=user.username),
            "R-3.1",
            field="full_name",
        )
    signer = papers.nameless_signer(paper)
    if signer is not None:
        raise errors.WorkflowError(
            errors.INVALID_INPUT,
            msg.PAPER_SIGNER_NAMELESS(user=signer.username or signer.role),
            "R-3.1",
            field="full_name",
        )


@action("issue_document")
def _issue_document(ctx: Context, trail: Trail, *, kind: str, ref: str) -> dict[str, Any]:
    paper = record(kind, ref)
    _scope_check(ctx, kind, paper.ref)
    _signers_named(ctx.user, paper)
    digest = papers.content_hash(paper)
    latest = _latest(kind, paper.ref)
    if latest is not None and latest.content_hash == digest and _status(latest)[0] == "valid":
        trail.about(
            "document",
            latest.serial,
            decision="reprinted",
            data={"kind": kind, "ref": paper.ref, "code": latest.code},
        )
        return {"issued": _issued(latest, copy_at=ctx.now)}
    spec = papers.kind(kind)
    own = getattr(paper, "serial", "") if kind in papers.LETTER_KINDS else ""
    for _attempt in range(_ATTEMPTS):
        serial = (
            own
            if own and len(own) <= SERIAL_MAX
            else _next_serial(spec.prefix, jalali.jalali_year(ctx.today))
        )
        try:
            with db.atomic():  # a savepoint: a serial or code taken meanwhile is tried again
                row = m.IssuedDocument.create(
                    kind=kind,
                    object_ref=paper.ref,
                    serial=serial,
                    code=_unused_code(),
                    issued_at=ctx.now,
                    issued_by=ctx.user.username,
                    content_hash=digest,
                    hash_scheme=HASH_SCHEME,
                    record=papers.record_json(paper),
                )
            break
        except pw.IntegrityError as exc:
            if integrity_kind(exc) != "unique":
                raise
    else:
        raise RuntimeError("could not store the issued document")
    data = {"kind": kind, "ref": paper.ref, "content_hash": digest, "code": row.code}
    if latest is not None:
        data["replaces"] = latest.code
    trail.about("document", row.serial, decision="issued", data=data)
    return {"issued": _issued(row)}


# --- verify -------------------------------------------------------------------------------------


STATUS_NAMES = {
    "valid": "معتبر",
    "superseded": "منسوخ",
    "void": "باطل",
    "expired": "پایان‌یافته",
    "lapsed": "منقضی",
}


def verify(code: str, who: Any = None, clock: Clock | None = None) -> dict[str, Any]:
    """What the verification ``code`` (as typed, or as a scanner read the paper's QR) belongs
    to, and whether the paper still stands.

    ``status``: valid | replaced-by-a-newer-version (``void``, naming the newer) | void (what
    it attests no longer stands) | superseded (its record changed: print it again) | expired
    (a contract that ended) | lapsed (a notice whose booking has passed). An unknown code, or
    one of a record the user may not see, raises ``WorkflowError(NOT_FOUND)``.
    """
    key = normalise_code(code)
    row = m.IssuedDocument.get_or_none(m.IssuedDocument.code == key) if key else None
    if row is None or not _may_see(who, row):
        raise errors.WorkflowError(errors.NOT_FOUND, msg.PAPER_CODE_UNKNOWN(code=code.strip()))
    now = (clock or SystemClock()).now()
    newer = (
        m.IssuedDocument.select()
        .where(
            (m.IssuedDocument.kind == row.kind)
            & (m.IssuedDocument.object_ref == row.object_ref)
            & (m.IssuedDocument.id > row.id)
        )
        .order_by(m.IssuedDocument.id.desc())
        .first()
    )
    if newer is not None:
        status, reason = "void", REPLACED.format(serial=newer.serial, code=show_code(newer.code))
    else:
        status, reason = _status(row, now)
    return {
        "code": show_code(row.code),
        "kind": row.kind,
        "serial": row.serial,
        "object_ref": row.object_ref,
        "issued_at": row.issued_at,
        "issued_at_text": jalali.format_datetime(row.issued_at),
        "issued_by": row.issued_by,
        "issued_by_name": papers.signatory(row.issued_by).name or row.issued_by,
        "status": status,
        "status_name": STATUS_NAMES[status],
        "valid": status == "valid",
        "reason": reason,
        "newest_serial": newer.serial if newer is not None else None,
        "newest_code": show_code(newer.code) if newer is not None else None,
    }


def _may_see(who: Any, row: m.IssuedDocument) -> bool:
    """A semansara manager verifies the papers of their own semansara only (R-3.4)."""
    if who is None or scope.semansara_of(who) is None:
        return True
    try:
        _scope_check(who, row.kind, row.object_ref)
    except errors.WorkflowError:
        return False
    return True


REPLACED = "جایگزین شده با سند {serial} (کد تصدیق {code})؛ این نسخه دیگر اعتبار ندارد."
VALID = "اطلاعات این سند با پرونده یکی است."
SUPERSEDED_CHANGED = "اطلاعاتی که در این سند چاپ شده دیگر با پرونده یکی نیست؛ نسخهٔ تازه‌ای چاپ کنید."
SUPERSEDED_EXTENDED = (
    "قرارداد پس از صدور این سند در {when} تمدید شد و پایان آن اکنون پایان روز {last_day} است؛ "
    "نسخهٔ تازه‌ای چاپ کنید."
)
SUPERSEDED_STEP = (
    "درخواست پس از صدور این فرم در {when} به مرحلهٔ «{step}» رسید؛ فرم تازه‌ای چاپ کنید."
)
EXPIRED_CONTRACT = "قرارداد در {when} پایان یافته است؛ این سند تنها سابقهٔ آن است."
LAPSED_NOTICE = "زمان نوبت ({when}) گذشته است؛ این اطلاعیه دیگر کاربردی ندارد."
VOID_LETTER = "قرارداد در {when} پایان یافته و معرفی‌نامه دیگر اعتبار ندارد."
VOID_NOTE_RETURNED = "سفته در {when} به {to} بازگردانده شد و این رسید باطل است."
VOID_NOTE_HELD = "سفته پس از گزارش خسارت ضبط شد و این رسید باطل است."
VOID_BOOKING = "نوبت {state} است ({reason})؛ این اطلاعیه باطل است."
BOOKING_STATES = {"cancelled": "لغو شده", "refused": "رد شده", "expired": "منقضی شده"}
NONE = "—"


def _when(at: dt.datetime | None) -> str:
    return jalali.format_datetime(at) if at is not None else NONE


def _status(row: m.IssuedDocument, now: dt.datetime | None = None) -> tuple[str, str]:
    """(status, Persian reason) of the latest version of a paper."""
    kind, ref, issued_at = row.kind, row.object_ref, row.issued_at
    if kind in papers.NOTICE_KINDS:
        booking = m.Booking.get_or_none(m.Booking.ref == ref)
        if booking is not None and booking.state in BOOKING_STATES:
            return "void", VOID_BOOKING.format(
                state=BOOKING_STATES[booking.state], reason=booking.cancel_reason.strip() or NONE
            )
        if booking is not None and now is not None and booking.end_at <= now:
            return "lapsed", LAPSED_NOTICE.format(when=_when(booking.start_at))
    elif kind in ("contract", "addendum", *papers.LETTER_KINDS):
        contract = (
            m.Contract.get_or_none(m.Contract.ref == ref)
            if kind != "addendum"
            else getattr(m.Extension.get_or_none(m.Extension.ref == ref), "contract", None)
        )
        if contract is not None:
            if contract.state in ("ended", "settled"):
                when = _when(contract.ended_at)
                if kind in ("contract", "addendum"):
                    return "expired", EXPIRED_CONTRACT.format(when=when)
                return "void", VOID_LETTER.format(when=when)
            extended = kind in papers.LETTER_KINDS and (
                contract.extensions.where(
                    (m.Extension.state == "accepted") & (m.Extension.decided_at > issued_at)
                )
                .order_by(m.Extension.decided_at.desc())
                .first()
            )
            if extended:
                return "superseded", SUPERSEDED_EXTENDED.format(
                    when=_when(extended.decided_at),
                    last_day=jalali.format_date(last_day(contract.ends)),
                )
    elif kind == "note-receipt":
        contract = m.Contract.get_or_none(m.Contract.ref == ref)
        note = (
            m.PromissoryNote.get_or_none(m.PromissoryNote.contract == contract)
            if contract is not None
            else None
        )
        if note is not None and note.state == "returned":
            return "void", VOID_NOTE_RETURNED.format(
                when=_when(note.returned_at), to=note.returned_to or NONE
            )
        if note is not None and note.state == "held":
            return "void", VOID_NOTE_HELD
    elif kind == "request-form":
        request = m.Request.get_or_none(m.Request.ref == ref)
        if request is not None and request.updated_at > issued_at:
            return "superseded", SUPERSEDED_STEP.format(
                when=_when(request.updated_at), step=state_label(RequestFlow, request.state)
            )
    if row.hash_scheme != HASH_SCHEME:
        return "valid", VALID  # an older program's digest: the rules above only
    # Does the paper read from today's records say the same thing?
    try:
        current = papers.content_hash(record(kind, ref))
    except errors.WorkflowError as refusal:
        return "void", refusal.message_fa
    if current != row.content_hash:
        return "superseded", SUPERSEDED_CHANGED
    return "valid", VALID


def verification_text(answer: dict[str, Any], kind_name: str, record_noun: str) -> str:
    """The answer of ``verify`` as Persian lines, for the command line."""
    return "\n".join(
        [
            f"کد تصدیق: {answer['code']}",
            f"سند: {kind_name} (شمارهٔ {answer['serial']})",
            f"پرونده: {record_noun} {answer['object_ref']}",
            f"صادرشده در {answer['issued_at_text']} به دست {answer['issued_by_name']}",
            f"وضعیت: {answer['status_name']} ـ {answer['reason']}",
        ]
    )
