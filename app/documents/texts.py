"""Persian wording printed by the document layer, kept in one place for review."""

from __future__ import annotations

#: Page footer; both numbers are filled in with Persian digits.
PAGE_X_OF_Y = "صفحه {page} از {total}"

#: Creator recorded in the PDF metadata.
PDF_CREATOR = "سمن‌سرا (Semansara)"
