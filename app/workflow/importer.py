"""Importing HQ's existing database of NGOs from an Excel (.xlsx) or CSV file.

The file is read first, outside any transaction (`import_file.read_table`: the header row
found, its columns mapped to NGO fields). Then one service call (`import_ngos`, one
transaction, one audit event) checks every row by `register_ngo`'s own rules
(`registry.ngo_fields`), finds duplicates by normalised licence number and by normalised name,
against the database and within the file, and only when no row is bad, and it is not a dry
run, adds the new NGOs in batches. Nothing is ever half-imported: a bad row stops the whole
import (unless `skip_invalid`), and a dry run changes nothing. The audit event keeps every
added or updated NGO's code.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import peewee as pw

from app.db import models as m
from app.db import sequences
from app.db.database import db, is_postgres
from app.workflow import audit, calls, errors, persian, validate
from app.workflow import messages as msg
from app.workflow.audit import Trail
from app.workflow.import_file import (
    ALIASES,
    FIELDS,
    REQUIRED,
    Columns,
    Table,
    columns,
    read_table,
    write_template,
)
from app.workflow.policy import Policy, policy_on
from app.workflow.registry import ngo_fields
from app.workflow.service import Context, action, check_role, run

Progress = Callable[[int, int], None]

# --- what people see (Persian), in one place ---------------------------------------------------

TEXTS = {
    "gregorian": (
        "«{field}»: سال {year} میلادی به نظر می‌رسد؛ تاریخ را شمسی بنویسید (مانند ۱۴۰۵/۰۱/۳۱)."
    ),
    "dup_licence_db": "شمارهٔ مجوز «{value}» پیش‌تر برای سمن «{name}» ({code}) ثبت شده است.",
    "dup_licence_file": "شمارهٔ مجوز «{value}» در ردیف {row} همین فایل هم آمده است.",
    "dup_name_db": (
        "نام «{value}» پیش‌تر برای سمن «{name}» ({code}) با شمارهٔ مجوز دیگری ثبت شده است."
    ),
    "dup_name_file": "نام «{value}» در ردیف {row} همین فایل هم آمده است.",
    "code_taken": "کد «{value}» پیش‌تر برای سمن «{name}» ثبت شده است.",
    "code_twice": "کد «{value}» در ردیف {row} همین فایل هم آمده است.",
    "code_differs": "کد «{value}» با کد سمنِ همین شمارهٔ مجوز ({code}) یکی نیست.",
    "row": "ردیف {row}: {message}",
    "summary_dry": (
        "آزمایشی (چیزی ثبت نشد): از {rows} ردیف، {added} سمن افزوده می‌شود، "
        "{updated} به‌روز می‌شود، {unchanged} بدون تغییر، {duplicates} تکراری، "
        "{errors} خطا."
    ),
    "summary_done": (
        "از {rows} ردیف، {added} سمن افزوده شد، {updated} به‌روز شد، {unchanged} "
        "بدون تغییر، {duplicates} تکراری (وارد نشد)، {errors} خطا."
    ),
    "summary_refused": (
        "به سبب {errors} ردیف نادرست هیچ سمنی وارد نشد ({rows} ردیف خوانده شد، "
        "{duplicates} تکراری). خطاها را در فایل اصلاح کنید و دوباره وارد کنید."
    ),
    "errors_head": "خطاها:",
    "duplicates_head": "تکراری‌ها (وارد نشد):",
    "ignored": "ستون‌های نادیده: {columns}",
}

DATE_FIELDS = ("licence_expires", "founded")
BATCH = 500  # NGOs per INSERT


def _fa(n: int) -> str:
    return persian.to_persian_digits(n)


# --- the report ------------------------------------------------------------------------------


@calls.answer_type
@dataclass
class RowIssue:
    """A row not imported: `kind` is "error" (a bad row) or "duplicate"."""

    row: int
    field: str  # the field at fault ("" for the row as a whole)
    message: str  # Persian, names the field
    kind: str = "error"
    code: str = errors.INVALID_INPUT

    @property
    def field_fa(self) -> str:
        return validate.field_name(self.field) if self.field else ""

    def line(self) -> str:
        return TEXTS["row"].format(row=_fa(self.row), message=self.message)

    def as_dict(self) -> dict[str, Any]:
        return {
            "row": self.row,
            "field": self.field,
            "field_fa": self.field_fa,
            "message": self.message,
            "kind": self.kind,
            "code": self.code,
        }


@calls.answer_type
@dataclass(eq=False)
class ImportReport(Mapping):
    """What an import did or, in a dry run, would do."""

    file: str
    rows: int
    dry_run: bool
    update: bool = False
    added: list[str] = field(default_factory=list)  # codes added (would be, in a dry run)
    updated: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    duplicates: list[RowIssue] = field(default_factory=list)
    errors: list[RowIssue] = field(default_factory=list)
    imported: bool = False  # whether anything was committed
    mapping: dict[str, str] = field(default_factory=dict)
    ignored_columns: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors

    def counts(self) -> dict[str, int]:
        return {
            "rows": self.rows,
            "added": len(self.added),
            "updated": len(self.updated),
            "unchanged": len(self.unchanged),
            "duplicates": len(self.duplicates),
            "errors": len({issue.row for issue in self.errors}),  # bad rows, not problems
        }

    def summary(self) -> str:
        counts = {k: _fa(v) for k, v in self.counts().items()}
        if self.dry_run:
            return TEXTS["summary_dry"].format(**counts)
        if self.errors and not self.imported:
            return TEXTS["summary_refused"].format(**counts)
        return TEXTS["summary_done"].format(**counts)

    def lines(self) -> list[str]:
        """The report in Persian, one line each, for the CLI and the GUI."""
        out = [self.summary()]
        if self.errors:
            out += [TEXTS["errors_head"], *(f"  {issue.line()}" for issue in self.errors)]
        if self.duplicates:
            out += [TEXTS["duplicates_head"], *(f"  {issue.line()}" for issue in self.duplicates)]
        if self.ignored_columns:
            out.append(
                TEXTS["ignored"].format(
                    columns="، ".join(f"«{c}»" if "«" not in c else c for c in self.ignored_columns)
                )
            )
        return out

    def as_dict(self) -> dict[str, Any]:
        return {
            "file": self.file,
            "dry_run": self.dry_run,
            "update": self.update,
            "imported": self.imported,
            "counts": self.counts(),
            "added": self.added,
            "updated": self.updated,
            "errors": [e.as_dict() for e in self.errors],
            "duplicates": [d.as_dict() for d in self.duplicates],
        }

    # A service's result is a dict: as one, the report reads as `as_dict()` (scenario runner).
    def __getitem__(self, key: str) -> Any:
        return self.as_dict()[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self.as_dict())

    def __len__(self) -> int:
        return len(self.as_dict())


# --- checking the rows -----------------------------------------------------------------------

_GREGORIAN_YEAR = re.compile(r"\s*(1[7-9][0-9]{2}|2[0-9]{3})\s*[/-]")


def _issue(row: int, exc: errors.WorkflowError, kind: str = "error") -> RowIssue:
    return RowIssue(row, exc.field or "", exc.message_fa, kind, exc.code)


def _check_row(
    ctx: Context, row: int, args: dict[str, Any], *, partial: bool, policy: Policy
) -> tuple[dict[str, Any] | None, list[RowIssue]]:
    """A row's fields by the rules themselves (`ngo_fields`), or every bad field: after the
    first refusal each other field is checked on its own, so that one pass over the file shows
    all of a row's mistakes."""
    issues = []
    for name in DATE_FIELDS:  # a date typed as Gregorian text would be read as a Jalali year
        value = args.get(name)
        match = (
            _GREGORIAN_YEAR.match(persian.to_latin_digits(value))
            if isinstance(value, str)
            else None
        )
        if match:
            issues.append(
                RowIssue(
                    row,
                    name,
                    TEXTS["gregorian"].format(field=validate.field_name(name), year=_fa(match[1])),
                )
            )
    try:
        fields = ngo_fields(ctx, args, partial=partial, policy=policy)
        return (None if issues else fields), issues
    except errors.WorkflowError as exc:
        first = exc
    bad = {issue.field for issue in issues}
    if first.field not in bad:
        issues.append(_issue(row, first))
    for name, value in args.items():
        if name == first.field or name in bad:
            continue
        try:
            ngo_fields(ctx, {name: value}, partial=True, policy=policy)
        except errors.WorkflowError as exc:
            issues.append(_issue(row, exc))
    return None, issues


@dataclass
class _Known:
    """The NGOs already registered, by code, licence key and name key."""

    codes: dict[str, str] = field(default_factory=dict)  # code → name
    by_licence: dict[str, tuple[int, str, str]] = field(default_factory=dict)  # (id, code, name)
    by_name: dict[str, list[tuple[int, str, str]]] = field(default_factory=dict)

    @classmethod
    def load(cls) -> _Known:
        known = cls()
        query = m.Ngo.select(m.Ngo.id, m.Ngo.code, m.Ngo.name, m.Ngo.licence_key, m.Ngo.name_key)
        for ngo_id, code, name, licence_key, name_key in query.tuples().iterator():
            known.codes[code] = name
            known.by_licence[licence_key] = (ngo_id, code, name)
            known.by_name.setdefault(name_key, []).append((ngo_id, code, name))
        return known


def _dup(at: int, field_: str, text: str, /, **values: Any) -> RowIssue:
    """Row `at` not imported as a duplicate; `values` fill the Persian text `text`."""
    return RowIssue(at, field_, TEXTS[text].format(**values), "duplicate", errors.DUPLICATE)


def _nonempty(args: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in args.items() if not (isinstance(v, str) and not v.strip())}


def _lock_ngo_table() -> None:
    """PostgreSQL: keep other desks from adding or editing NGOs until this import commits, so
    that duplicates found now are still the truth at commit. (SQLite's IMMEDIATE transaction
    already holds the one write lock.)"""
    if is_postgres():
        db.execute_sql(f'LOCK TABLE "{m.Ngo._meta.table_name}" IN SHARE ROW EXCLUSIVE MODE')


class ImportCancelled(Exception):
    """The person stopped the import before it committed: the transaction is rolled back and
    nothing of it is kept (`cancelled()` said so)."""


class _Steps:
    """How far the import has come, for a progress bar, and whether to stop.

    `progress(done, total)` is called about once per 1 % of the rows checked and once per
    INSERT batch written, `done` never going back. A real import counts every row twice (its
    check, then its write) until the checks are over; then `total` becomes the rows plus what
    is really written, so the bar's fraction only grows and ends at (total, total). A dry run
    counts the checks alone. The callback only reports: it runs inside the transaction (in the
    caller's thread) and must not touch the database.

    `cancelled()` is asked at the same moments; True raises `ImportCancelled`, which rolls the
    whole transaction back (the audit event too)."""

    def __init__(
        self,
        progress: Progress | None,
        cancelled: Callable[[], bool] | None,
        rows: int,
        dry_run: bool,
    ) -> None:
        self.progress, self.cancelled = progress, cancelled
        self.rows, self.every = rows, max(1, rows // 100)
        self.total = rows if dry_run else 2 * rows
        self.done = 0
        self._say()

    def _say(self) -> None:
        if self.cancelled is not None and self.cancelled():
            raise ImportCancelled
        if self.progress is not None:
            self.progress(self.done, self.total)

    def row(self, done: int) -> None:
        if done % self.every == 0 or done == self.rows:
            self.done = done
            self._say()

    def writing(self, count: int) -> None:
        self.total = self.rows + count
        self.done = self.rows

    def wrote(self, count: int) -> None:
        self.done = min(self.done + count, self.total)
        self._say()

    def finish(self, written: int) -> None:
        """The last word before the commit (a cancel asked for now still rolls back)."""
        self.total = self.rows + written
        self.done = self.total
        self._say()


@action("import_ngos")
def _import_ngos(
    ctx: Context,
    trail: Trail,
    *,
    table: Table | None = None,
    path: str = "",
    dry_run: bool = False,
    update: bool = False,
    skip_invalid: bool = False,
    mapping: dict[str, str | None] | None = None,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> ImportReport:
    """The import as one service call. `table` is a file already read by `read_table`;
    otherwise `path` is read here (the scenario runner's way)."""
    if table is None:
        table = read_table(path, mapping=mapping)
    steps = _Steps(progress, cancelled, len(table.rows), dry_run)
    if not dry_run:
        _lock_ngo_table()
    report = ImportReport(
        table.file,
        len(table.rows),
        dry_run,
        update,
        mapping=table.mapping,
        ignored_columns=table.ignored,
    )
    known = _Known.load()
    policy = policy_on(ctx.today)  # read once, not once a row
    full_rows: dict[int, m.Ngo] = {}
    if update:
        full_rows = {n.id: n for n in m.Ngo.select().iterator()}
    seen_licence: dict[str, int] = {}
    seen_name: dict[str, int] = {}
    seen_code: dict[str, int] = {}
    adds: list[tuple[int, str, dict[str, Any]]] = []  # (row, code or "", fields)
    changes: list[tuple[str, int, dict[str, Any], dict[str, Any]]] = []  # code, id, before, after
    for done, (row, values) in enumerate(table.rows, start=1):
        steps.row(done)
        args = {k: v for k, v in values.items() if k != "code"}
        code, issues = "", []
        if str(values.get("code", "")).strip():
            try:
                code = validate.text(values["code"], "code", max_len=m.Ngo.code.max_length)
            except errors.WorkflowError as exc:
                issues.append(_issue(row, exc))
        try:
            licence = ngo_fields(ctx, {"licence_no": args.get("licence_no")}, partial=True)
        except errors.WorkflowError:
            report.errors += issues + _check_row(ctx, row, args, partial=False, policy=policy)[1]
            continue
        key, shown = licence["licence_key"], licence["licence_no"]
        if key in seen_licence:
            report.duplicates.append(
                _dup(row, "licence_no", "dup_licence_file", value=shown, row=_fa(seen_licence[key]))
            )
            continue
        target = known.by_licence.get(key)
        if target is not None and not update:
            seen_licence[key] = row
            report.duplicates.append(
                _dup(
                    row, "licence_no", "dup_licence_db", value=shown, name=target[2], code=target[1]
                )
            )
            continue
        given = _nonempty(args) if target is not None else args
        fields, more = _check_row(ctx, row, given, partial=target is not None, policy=policy)
        issues += more
        if code and target is not None and code != target[1]:
            issues.append(
                RowIssue(
                    row,
                    "code",
                    TEXTS["code_differs"].format(value=code, code=target[1]),
                    code=errors.DUPLICATE,
                )
            )
        elif code and target is None and code in known.codes:
            issues.append(
                RowIssue(
                    row,
                    "code",
                    TEXTS["code_taken"].format(value=code, name=known.codes[code]),
                    code=errors.DUPLICATE,
                )
            )
        elif code and target is None and code in seen_code:
            issues.append(
                RowIssue(
                    row,
                    "code",
                    TEXTS["code_twice"].format(value=code, row=_fa(seen_code[code])),
                    code=errors.DUPLICATE,
                )
            )
        if issues or fields is None:
            report.errors += issues
            continue
        name_key = fields.get("name_key")
        if name_key is not None:
            others = [
                n for n in known.by_name.get(name_key, ()) if target is None or n[0] != target[0]
            ]
            if others:
                seen_licence[key] = row
                report.duplicates.append(
                    _dup(
                        row,
                        "name",
                        "dup_name_db",
                        value=fields["name"],
                        name=others[0][2],
                        code=others[0][1],
                    )
                )
                continue
            if name_key in seen_name:
                report.duplicates.append(
                    _dup(
                        row,
                        "name",
                        "dup_name_file",
                        value=fields["name"],
                        row=_fa(seen_name[name_key]),
                    )
                )
                continue
            seen_name[name_key] = row
        seen_licence[key] = row
        if code:
            seen_code[code] = row
        if target is None:
            adds.append((row, code, fields))
            continue
        ngo = full_rows[target[0]]
        before = {k: getattr(ngo, k) for k in fields}
        changed = {k: v for k, v in fields.items() if before[k] != v}
        if changed:
            changes.append((ngo.code, ngo.id, {k: before[k] for k in changed}, changed))
            report.updated.append(ngo.code)
        else:
            report.unchanged.append(ngo.code)

    taken = set(known.codes) | set(seen_code)
    writes = not (dry_run or (report.errors and not skip_invalid) or not (adds or changes))
    wanted = sum(1 for _, c, _ in adds if not c)
    generated = iter(
        sequences.free_refs("N", "N-", m.Ngo.code, wanted, taken, dry_run=not writes)
        if wanted
        else ()
    )
    adds = [(row, code or next(generated), fields) for row, code, fields in adds]
    report.added = [code for _, code, _ in adds]
    if not writes:
        steps.finish(0)
        return report
    steps.writing(len(adds) + len(changes))
    _write(ctx, adds, changes, steps)
    report.imported = True
    trail.about(
        "ngo_import",
        table.file[:60],
        decision="imported",
        data={
            "file": table.file,
            "sha256": table.sha256,
            **report.counts(),
            "update": update,
            "skip_invalid": skip_invalid,
            "added": report.added,
            "updated": {
                code: {
                    "before": before,
                    "after": {k: v for k, v in after.items() if not k.endswith("_key")},
                }
                for code, _, before, after in changes
            },
        },
    )
    steps.finish(len(adds) + len(changes))
    return report


def _wrote_ngos(codes: list[str], changed_ids: list[int]) -> None:
    """The rows the import wrote, for the digests its audit event keeps."""
    audit.wrote(m.Ngo, changed_ids)
    for start in range(0, len(codes), BATCH):
        chunk = codes[start : start + BATCH]
        audit.wrote(
            m.Ngo, (i for (i,) in m.Ngo.select(m.Ngo.id).where(m.Ngo.code.in_(chunk)).tuples())
        )


def _insert_ngos(rows: list[dict[str, Any]], steps: _Steps | None = None) -> None:
    """One prepared INSERT run for every row (`executemany`, on this transaction's connection):
    building a many-row INSERT through peewee cost more than the database's own work. Values
    go through each field's `db_value`, as peewee's own inserts do."""
    meta = m.Ngo._meta
    columns = [meta.fields[name] for name in rows[0]] if rows else []
    open_q, close_q = db.obj.quote
    sql = (
        f"INSERT INTO {open_q}{meta.table_name}{close_q} "
        f"({', '.join(open_q + f.column_name + close_q for f in columns)}) "
        f"VALUES ({', '.join([db.obj.param] * len(columns))})"
    )
    cursor = db.cursor()
    for start in range(0, len(rows), BATCH):
        values = [
            tuple(f.db_value(row[f.name]) for f in columns) for row in rows[start : start + BATCH]
        ]
        with pw.__exception_wrapper__:  # driver errors as peewee's, as the services expect
            cursor.executemany(sql, values)
        if steps:
            steps.wrote(len(values))


def _write(
    ctx: Context,
    adds: list[tuple[int, str, dict[str, Any]]],
    changes: list[tuple[str, int, dict[str, Any], dict[str, Any]]],
    steps: _Steps | None = None,
) -> None:
    # Columns the file does not give take the model's own defaults (None where it has none).
    order = [f.name for f in m.Ngo._meta.sorted_fields if f.name != "id"]
    defaults = {f.name: f.default for f in m.Ngo._meta.sorted_fields if f.name != "id"}
    rows = [
        {
            **defaults,
            **fields,
            "code": code,
            "registered_at": ctx.now,
            "active": True,
            "version": 1,
            "level": None,
        }
        for _, code, fields in adds
    ]
    rows = [{name: row[name] for name in order} for row in rows]
    try:
        _insert_ngos(rows, steps)
        _wrote_ngos([row["code"] for row in rows], [ngo_id for _, ngo_id, _, _ in changes])
        for number, (_, ngo_id, _, changed) in enumerate(changes, start=1):
            m.Ngo.update(**changed, version=m.Ngo.version + 1).where(m.Ngo.id == ngo_id).execute()
            if steps and (number % BATCH == 0 or number == len(changes)):
                steps.wrote(number % BATCH or BATCH)
    except pw.IntegrityError as exc:  # another desk won a race the checks could not see
        raise errors.WorkflowError(errors.DUPLICATE, msg.IMPORT_RACED()) from exc


# --- the front door --------------------------------------------------------------------------


def import_ngos(
    ctx: Context,
    path: str | Path | Table,
    *,
    dry_run: bool,
    mapping: dict[str, str | None] | None = None,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
    update: bool = False,
    skip_invalid: bool = False,
) -> ImportReport:
    """Import NGOs from `path` (.xlsx or .csv, or a `Table` already read by `read_table`) in
    one service call; see the module docstring.

    - `dry_run`: check everything and report what would change; nothing is written.
    - `mapping`: {header as in the file: field name, or None to leave the column out}.
    - `progress(done, total)`: called as the rows are checked and written (for a progress
      bar; see `_Steps`). It only reports: it must not touch the database.
    - `cancelled()`: asked as the rows are checked and written; True stops the import before
      it commits (`ImportCancelled`; nothing is kept).
    - `update`: a row whose licence number is already registered updates that NGO by
      update_ngo's rules (empty cells leave a value as it is) instead of being a duplicate.
    - `skip_invalid`: import the good rows even when some are bad (by default a bad row
      stops the whole import).
    """
    check_role(ctx.user, "import_ngos")  # before reading a large file for nothing
    table = path if isinstance(path, Table) else read_table(path, mapping=mapping)
    return run(
        ctx,
        "import_ngos",
        table=table,
        dry_run=dry_run,
        update=update,
        skip_invalid=skip_invalid,
        progress=progress,
        cancelled=cancelled,
    )


def import_event(code: str) -> m.AuditEvent | None:
    """The audit event of the import that added or updated the NGO `code`, if any."""
    needle = json.dumps(code, ensure_ascii=False)
    query = (
        m.AuditEvent.select()
        .where((m.AuditEvent.action == "import_ngos") & m.AuditEvent.data.contains(needle))
        .order_by(m.AuditEvent.id.desc())
    )
    for event in query:
        data = json.loads(event.data)
        if code in data.get("added", ()) or code in data.get("updated", {}):
            return event
    return None


__all__ = [
    "ALIASES",
    "FIELDS",
    "REQUIRED",
    "Columns",
    "ImportCancelled",
    "ImportReport",
    "RowIssue",
    "Table",
    "columns",
    "import_event",
    "import_ngos",
    "read_table",
    "write_template",
]
