"""Issuing documents (serial number, verification code, ``IssuedDocument`` row) and verifying them.

``issue(kind, ref, user, clock)`` builds the document from the records, gives it
a serial and a verification code, renders the PDF with both printed on every
page, and stores an ``IssuedDocument`` row with the SHA-256 of the document's
content, all in one transaction. It reads the workflow's records and writes
only its own row.

Serials: ``{PREFIX}-{Jalali year of issue}-{number:06d}`` per kind and year
(``CON-1405-000001``); an introduction letter is issued under its own serial
(``C-000001-L1``), a reprint under that serial with ``/2``, ``/3`` … added.
Verification codes: 8 random characters from an alphabet without 0/O, 1/I/L
(``secrets``), at least one letter, unique; printed as ``K7M2-QX9P``.

``verify(code)`` says which document and record the code belongs to, when and
by whom it was issued, and whether it is still valid:

* **void** (باطل) when what the paper attests no longer stands: a booking notice
  once its booking is cancelled or refused; a note receipt once the note was
  returned or forfeited (held after damage);
* **expired** (پایان‌یافته) for a contract, and void for its introduction
  letters, once the contract has ended (the contract paper stays its record);
* **superseded** (منسوخ) when the record changed after issue, so the paper no
  longer says what the records say: a contract or letter once the contract was
  extended after the paper was issued (a newer end date, perhaps another
  semansara); a request form once the request moved to another step; and, for
  every kind, whenever the document rebuilt from today's records has another
  content hash than the one stored at issue (say, the NGO's name was corrected);
* **valid** (معتبر) otherwise. A reprint does not void earlier copies of the
  same content.
An unknown code is refused with ``NOT_FOUND``.
"""

from __future__ import annotations

import datetime as dt
import re
import secrets
from os import PathLike
from typing import Any, NamedTuple

import peewee as pw

from app.db import models as m
from app.db import sequences
from app.db.database import db, integrity_kind
from app.documents import records, texts
from app.documents.document import Stamp, render, show_code, write_file
from app.workflow import errors, find, jalali, persian, scope
from app.workflow.audit import Trail
from app.workflow.clock import Clock
from app.workflow.contracts import last_day
from app.workflow.machines import RequestFlow, state_label
from app.workflow.service import Context, action, run

#: No 0/O, 1/I/L: a code read aloud over the phone or typed from paper stays the same.
CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"
CODE_LENGTH = 8
_ATTEMPTS = 20
SERIAL_MAX = m.IssuedDocument.serial.max_length


class Issued(NamedTuple):
    """An issued document: its row and its PDF."""

    record: m.IssuedDocument
    pdf: bytes


def new_code() -> str:
    """A random verification code with at least one letter (so that it never reads as a
    number and is never rewritten in Persian digits on paper)."""
    while True:
        code = "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))
        if not code.isdigit():
            return code


def normalise_code(text: str) -> str:
    """What a person typed, as stored: upper case, Latin digits, no spaces or dashes."""
    cleaned = persian.to_latin_digits(text).upper()
    return re.sub(r"[\s\-_.\u200c\u200e\u200f]+", "", cleaned)


def _user(user: m.User | str) -> m.User:
    username = user if isinstance(user, str) else user.username
    row = m.User.get_or_none(m.User.username_key == find.username_key(username))
    if row is None or not row.active:
        raise errors.WorkflowError(errors.NOT_FOUND, texts.NOT_FOUND_USER.format(user=username))
    return row


def _next_serial(prefix: str, year: int) -> str:
    """The next serial of the kind and year, from the database's counter ``{prefix}-{year}``."""
    key = f"{prefix}-{year}"
    return sequences.free_refs(key, f"{key}-", m.IssuedDocument.serial)[0]


def _letter_serial(kind: str, object_ref: str, own: str) -> str:
    """The letter's own serial for its first copy, then ``{serial}/2``, ``/3`` …"""
    copies = (
        m.IssuedDocument.select()
        .where((m.IssuedDocument.kind == kind) & (m.IssuedDocument.object_ref == object_ref))
        .count()
    )
    return own if copies == 0 else f"{own}/{copies + 1}"


def _unused_code() -> str:
    for _ in range(_ATTEMPTS):
        code = new_code()
        if not m.IssuedDocument.select().where(m.IssuedDocument.code == code).exists():
            return code
    raise RuntimeError("no free verification code found")  # 31**8 codes: not in practice


def issue(
    kind: str,
    ref: str,
    user: m.User | str,
    clock: Clock,
    *,
    out: str | PathLike[str] | None = None,
    reuse: bool = False,
) -> Issued:
    """Issue the document ``kind`` of record ``ref`` as ``user`` at ``clock.now()``: the
    workflow action ``issue_document`` (its role check, one transaction, one audit event).

    Refused (``WorkflowError``) when the document does not apply to the record's
    state, the record is unknown or not the user's to see (a semansara manager's
    own semansara only), or the user may not issue papers. The PDF is written to
    ``out`` once the row is committed. With ``reuse``, a document of the same content
    issued before is shown again under its own serial and code (opening the preview
    twice is not two papers); a changed content is issued anew.
    """
    result = run(Context(_user(user), clock), "issue_document", kind=kind, ref=ref, reuse=reuse)
    if out is not None:
        write_file(out, result["pdf"])
    return Issued(result["record"], result["pdf"])


def _scope_check(ctx: Context, kind: str, object_ref: str) -> None:
    """The record the paper is about must be one the user may see (R-3.4)."""
    model = (m.Request if kind == "request-form"
             else m.Booking if kind in records.NOTICE_KINDS else m.Contract)
    find.seen(ctx, model, object_ref)


@action("issue_document")
def _issue_document(ctx: Context, trail: Trail, *, kind: str, ref: str,
                    reuse: bool = False) -> dict[str, Any]:
    issued_at = ctx.now
    doc = records.build(kind, ref)
    _scope_check(ctx, kind, doc.object_ref)
    spec = records.kind(kind)
    content_hash = doc.content_hash()
    earlier = _same_content(kind, doc.object_ref, content_hash) if reuse else None
    if earlier is not None:  # shown again: no new paper, nothing to record
        pdf = render(doc, Stamp(earlier.serial, earlier.code, earlier.issued_at))
        return {"record": earlier, "pdf": pdf}
    for _attempt in range(_ATTEMPTS):
        serial = _letter_serial(kind, doc.object_ref, doc.own_serial) if doc.own_serial else ""
        if not serial or len(serial) > SERIAL_MAX:  # a very long contract ref: a plain serial
            serial = _next_serial(spec.prefix, jalali.jalali_year(issued_at.date()))
        stamp = Stamp(serial=serial, code=_unused_code(), issued_at=issued_at)
        pdf = render(doc, stamp)
        try:
            with db.atomic():  # a savepoint: a serial taken meanwhile is tried again
                row = m.IssuedDocument.create(
                    kind=kind,
                    object_ref=doc.object_ref,
                    serial=stamp.serial,
                    code=stamp.code,
                    issued_at=issued_at,
                    issued_by=ctx.user.username,
                    content_hash=content_hash,
                )
            break
        except pw.IntegrityError as exc:
            if integrity_kind(exc) != "unique":
                raise
            continue
    else:
        raise RuntimeError("could not store the issued document")
    trail.about("document", row.serial, decision="issued",
                data={"kind": kind, "ref": doc.object_ref, "content_hash": content_hash})
    return {"record": row, "pdf": pdf}


def _same_content(kind: str, object_ref: str, content_hash: str) -> m.IssuedDocument | None:
    """The latest issue of this document, if its content is the same and it is still valid."""
    latest = (
        m.IssuedDocument.select()
        .where((m.IssuedDocument.kind == kind) & (m.IssuedDocument.object_ref == object_ref))
        .order_by(m.IssuedDocument.issued_at.desc(), m.IssuedDocument.id.desc())
        .first()
    )
    if latest is None or latest.content_hash != content_hash or _status(latest)[0] != "valid":
        return None
    return latest


# --- verify -------------------------------------------------------------------------------------


def verify(code: str, who: Any = None) -> dict[str, Any]:
    """What the verification ``code`` belongs to and whether the paper is still valid.

    Returns ``code``, ``kind`` and ``kind_name``, ``serial``, ``object_ref``,
    ``issued_at`` (datetime) and ``issued_at_text`` (Jalali), ``issued_by``,
    ``status`` (valid | superseded | void | expired), ``status_name``,
    ``valid`` (bool), ``reason`` (Persian) and ``newest_serial`` (the latest
    copy of the same document, when there is a newer one). An unknown code
    raises ``WorkflowError(NOT_FOUND)``.
    """
    key = normalise_code(code)
    row = m.IssuedDocument.get_or_none(m.IssuedDocument.code == key) if key else None
    if row is None or not _may_see(who, row):
        raise errors.WorkflowError(errors.NOT_FOUND, texts.CODE_NOT_FOUND.format(code=code.strip()))
    status, reason = _status(row)
    newest = (
        m.IssuedDocument.select()
        .where(
            (m.IssuedDocument.kind == row.kind)
            & (m.IssuedDocument.object_ref == row.object_ref)
            & (m.IssuedDocument.id > row.id)
        )
        .order_by(m.IssuedDocument.id.desc())
        .first()
    )
    if newest is not None and status == "superseded":
        reason += " " + texts.NEWER_COPY.format(serial=newest.serial)
    return {
        "code": show_code(row.code),
        "kind": row.kind,
        "kind_name": texts.KIND_NAMES.get(row.kind, row.kind),
        "serial": row.serial,
        "object_ref": row.object_ref,
        "issued_at": row.issued_at,
        "issued_at_text": jalali.format_datetime(row.issued_at),
        "issued_by": row.issued_by,
        "issued_by_name": records.person_name(row.issued_by),
        "status": status,
        "status_name": texts.STATUS_NAMES[status],
        "valid": status == "valid",
        "reason": reason,
        "newest_serial": newest.serial if newest is not None else None,
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


def _status(row: m.IssuedDocument) -> tuple[str, str]:
    """(status, Persian reason) of one issued document, by the rules in the module doc."""
    kind, ref, issued_at = row.kind, row.object_ref, row.issued_at
    if kind in records.NOTICE_KINDS:
        booking = m.Booking.get_or_none(m.Booking.ref == ref)
        if booking is not None and booking.state in ("cancelled", "refused", "expired"):
            return "void", texts.VOID_BOOKING.format(
                state=texts.BOOKING_STATES[booking.state],
                reason=booking.cancel_reason.strip() or texts.NONE,
            )
    elif kind in ("contract", *records.LETTER_KINDS):
        contract = m.Contract.get_or_none(m.Contract.ref == ref)
        if contract is not None:
            if contract.state in ("ended", "settled"):
                when = _when(contract.ended_at) if contract.ended_at else texts.NONE
                if kind == "contract":
                    return "expired", texts.EXPIRED_CONTRACT.format(when=when)
                return "void", texts.VOID_LETTER.format(when=when)
            extended = _extended_after(contract, issued_at)
            if extended is not None:
                return "superseded", texts.SUPERSEDED_EXTENDED.format(
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
            return "void", texts.VOID_NOTE_RETURNED.format(
                when=_when(note.returned_at), to=note.returned_to or texts.NONE
            )
        if note is not None and note.state == "held":
            return "void", texts.VOID_NOTE_HELD
    elif kind == "request-form":
        request = m.Request.get_or_none(m.Request.ref == ref)
        if request is not None and request.updated_at > issued_at:
            return "superseded", texts.SUPERSEDED_STEP.format(
                when=_when(request.updated_at), step=state_label(RequestFlow, request.state)
            )
    # Catch-all: does the document rebuilt from today's records say the same thing?
    try:
        current = records.build(kind, ref).content_hash()
    except errors.WorkflowError as refusal:
        return "void", refusal.message_fa
    if current != row.content_hash:
        return "superseded", texts.SUPERSEDED_CHANGED
    return "valid", texts.VALID


def _extended_after(contract: m.Contract, issued_at: dt.datetime) -> m.Extension | None:
    return (
        contract.extensions.where(
            (m.Extension.state == "accepted") & (m.Extension.decided_at > issued_at)
        )
        .order_by(m.Extension.decided_at.desc())
        .first()
    )


def _when(at: dt.datetime | None) -> str:
    return jalali.format_datetime(at) if at is not None else texts.NONE


def verification_text(answer: dict[str, Any]) -> str:
    """The answer of ``verify`` as Persian lines, for the command line."""
    values = {
        "code": answer["code"],
        "kind": answer["kind_name"],
        "serial": answer["serial"],
        "ref": answer["object_ref"],
        "record": texts.RECORD_NOUNS.get(answer["kind"], texts.RECORD_NOUN_DEFAULT),
        "issued_at": answer["issued_at_text"],
        "issued_by": answer["issued_by_name"],
        "status": answer["status_name"],
        "reason": answer["reason"],
    }
    return "\n".join(line.format(**values) for line in texts.VERIFY_LINES)
