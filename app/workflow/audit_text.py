"""What `semansara audit verify` says: the trail's verdict in Persian lines, and a summary for
its own audit event."""

from __future__ import annotations

from typing import Any

from app.workflow.audit import TrailReport
from app.workflow.persian import format_number

TABLE_NAMES = {
    "policy_version": "نسخهٔ شیوه‌نامه",
    "inflation_rate": "نرخ تورم",
    "semansara": "سمن‌سرا",
    "room": "اتاق",
    "staff": "نیرو",
    "user": "کاربر",
    "ngo": "سمن",
    "program": "برنامه",
    "assessment": "سطح‌بندی",
    "request": "درخواست",
    "contract": "قرارداد",
    "extension": "تمدید",
    "introduction_letter": "معرفی‌نامه",
    "promissory_note": "سفته",
    "allocation": "تخصیص",
    "booking": "نوبت",
    "business_card_order": "کارت ویزیت",
    "notification": "اعلان",
    "issued_document": "سند چاپی",
}

LIMIT_WITHOUT_KEY = (
    "محدودیت: کلید دفتر (SEMANSARA_AUDIT_KEY_FILE یا تنظیم audit.key_file) داده نشده است؛ "
    "کسی که به پایگاه داده دسترسی مالک دارد می‌تواند پس از دستکاری، کل زنجیره و چکیده‌ها را "
    "از نو حساب کند و این بررسی آن را نمی‌بیند. با کلید دفتر، هر رویداد مهر می‌خورد."
)


def _row(problem: Any) -> str:
    table = TABLE_NAMES.get(problem.table, problem.table)
    name = f" «{problem.name}»" if problem.name else ""
    return f"{table}{name} (شناسهٔ {format_number(problem.row_id)})"


def report_lines(report: TrailReport) -> list[str]:
    chain = report.chain
    lines = []
    if chain.ok:
        lines.append(f"زنجیرهٔ رویدادها سالم است ({format_number(chain.events)} رویداد).")
    elif chain.broken_at is not None:
        lines.append(
            f"زنجیره در رویداد {format_number(chain.broken_at)} گسسته است: {chain.problem}"
        )
    else:
        lines.append(f"زنجیرهٔ رویدادها درست نیست: {chain.problem}")
    if chain.bad_seal_at is not None:
        lines.append(
            f"مهر رویداد {format_number(chain.bad_seal_at)} با کلید دفتر نمی‌خواند: "
            "زنجیره پس از دستکاری از نو حساب شده است."
        )
    if report.sealed and chain.unsealed:
        lines.append(
            f"{format_number(chain.unsealed)} رویداد پس از نخستین رویداد مهرخورده، "
            "بی مهر کلید دفتر است."
        )
    if report.sealed and chain.before_key:
        lines.append(
            f"{format_number(chain.before_key)} رویداد نخست پیش از داشتن کلید دفتر "
            "نوشته شده و مهر ندارد"
            + ("؛ هیچ رویدادی مهر ندارد." if chain.before_key == chain.events else ".")
        )
    if chain.events == 0 and report.rows:
        lines.append(
            f"ردپای رویدادها خالی است، ولی {format_number(report.rows)} رکورد در "
            "پایگاه داده هست: ردپا پاک شده است."
        )
    for problem in report.changed:
        lines.append(
            f"دستکاری‌شده: {_row(problem)} با آخرین رویدادش "
            f"({format_number(problem.event_id)}) نمی‌خواند."
        )
    if report.unexplained:
        total = sum(report.unexplained.values())
        parts = "، ".join(
            f"{TABLE_NAMES.get(t, t)}: {format_number(n)}" for t, n in report.unexplained.items()
        )
        lines.append(
            f"ردپا کوتاه‌تر از داده‌هاست: {format_number(total)} رکورد هیچ رویدادی ندارد ({parts})."
        )
        lines.extend(f"  بی رویداد: {_row(p)}" for p in report.unexplained_examples)
    for problem in report.missing:
        lines.append(
            f"پاک‌شده: {_row(problem)}، نوشتهٔ رویداد {format_number(problem.event_id)}، دیگر نیست."
        )
    if report.ok:
        lines.append(f"هر {format_number(report.rows)} رکورد با آخرین رویداد خود می‌خواند.")
    if not report.sealed:
        lines.append(LIMIT_WITHOUT_KEY)
    return lines


def summary(report: TrailReport) -> dict[str, Any]:
    return {
        "events": report.chain.events,
        "chain_ok": report.chain.ok,
        "rows": report.rows,
        "changed": len(report.changed),
        "unexplained": sum(report.unexplained.values()),
        "missing": len(report.missing),
        "sealed": report.sealed,
    }
