"""Settings, policy versions (R-8.1): the list, the values of one version in Persian, and the
form that adds a version with an effective date and only the values it changes.

`PolicyValues` shows a version's values (read-only: labels, the level table as a grid, what
changed since the version before in bold) or edits them (spin boxes, an editable grid, the
licensing bodies one per line). `ContractTemplateEditor` edits the contract's wording as plain
text. `PolicyVersionDialog` sends `add_policy_version` the values that differ from the newest
version, nothing else; a refusal of the wording is shown beside it.

Signals:
    PolicyTab.version_added(int number): a version was added through the form.
"""

from __future__ import annotations

import copy
import datetime as dt
from html import escape
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.ui import i18n, local, texts
from app.ui.forms.base import FormDialog, repolish
from app.ui.item_models import ListTableModel
from app.ui.reads import accounts, settings
from app.ui.session import Session
from app.ui.widgets.fields import align_leading, number_spin, without_arrows
from app.ui.widgets.jalali_date_edit import JalaliDateEdit
from app.ui.widgets.tables import fitted_table, select_row
from app.workflow import papers_template, persian
from app.workflow.errors import WorkflowError
from app.workflow.policy import UNLIMITED

Path = tuple[str | int, ...]

#: The level table's columns in the order of POLICY.md's Article 4 table.
GRID_SERVICES = (
    "business_cards",
    "phone_secretary",
    "shelf",
    "meeting_room",
    "workshop_room",
    "hall",
    "desk",
)
LEVELS = ("1", "2", "3", "4")

#: Every single-number value: (section, [(path, unit, kind)]); kind is "int", "money" or
#: "year". The labels are in `texts.POLICY_LABELS` under the dotted path.
SCALARS: list[tuple[str, list[tuple[Path, str, str]]]] = [
    (
        "people",
        [
            (("people_caps", s), "people", "int")
            for s in ("desk", "meeting_room", "workshop_room", "hall")
        ],
    ),
    (
        "service",
        [
            (("service_caps", "shelf"), "shelves", "int"),
            (("service_caps", "business_cards"), "cards", "int"),
        ],
    ),
    (
        "lease",
        [
            (("lease_months",), "months", "int"),
            (("max_extensions",), "times", "int"),
            (("max_total_months",), "months", "int"),
            (("extension_deadline_months",), "months", "int"),
        ],
    ),
    (
        "note",
        [
            (("note_base_amount",), "rials", "money"),
            (("note_base_year",), "", "year"),
            (("note_rounding",), "rials", "money"),
        ],
    ),
    (
        "staff",
        [
            (("staff_minimum", "service"), "people", "int"),
            (("staff_minimum", "admin"), "people", "int"),
        ],
    ),
    (
        "review",
        [(("review_months",), "months", "int"), (("ending_soon_days",), "days_before", "int")],
    ),
    (
        "criteria",
        [
            (("level_years", 0), "years", "int"),
            (("level_years", 1), "years", "int"),
            (("level_members", 0), "people", "int"),
            (("level_members", 1), "people", "int"),
        ]
        + [
            (("level3_activity", key), unit, "int")
            for key, unit in (
                ("window_years", "years"),
                ("programs", "programs"),
                ("people", "people"),
                ("big_programs", "programs"),
                ("big_people", "people"),
            )
        ]
        + [
            (("level4_activity", key), unit, "int")
            for key, unit in (
                ("window_years", "years"),
                ("programs_over", "programs"),
                ("people", "people"),
                ("big_programs", "programs"),
                ("big_people", "people"),
            )
        ],
    ),
]


def dotted(path: Path) -> str:
    return ".".join(str(p) for p in path)


def get_path(values: Any, path: Path) -> Any:
    for part in path:
        if isinstance(values, dict):
            values = values.get(part)
        elif isinstance(values, list) and isinstance(part, int) and part < len(values):
            values = values[part]
        else:
            return None
    return values


def set_path(values: dict[str, Any], path: Path, value: Any) -> None:
    *parents, last = path
    for part in parents:
        values = values[part]
    values[last] = value


def changes_between(base: dict[str, Any], edited: dict[str, Any]) -> dict[str, Any]:
    """What `edited` changes in `base`: nested dicts key by key (as `merged` applies them),
    lists and numbers whole."""
    out: dict[str, Any] = {}
    for key, value in edited.items():
        old = base.get(key)
        if isinstance(value, dict) and isinstance(old, dict):
            inner = changes_between(old, value)
            if inner:
                out[key] = inner
        elif value != old:
            out[key] = value
    return out


def show_value(value: Any, kind: str = "int") -> str:
    if value is None:
        return texts.NONE
    if value == UNLIMITED:
        return texts.POLICY_UNLIMITED
    if kind == "year":
        return local.digits(value)
    return local.number(int(value))


def with_unit(value: Any, unit: str, kind: str = "int") -> str:
    shown = show_value(value, kind)
    name = texts.POLICY_UNITS.get(unit, "")
    return f"{shown} {name}" if name and value is not None else shown


def scalar_label(path: Path) -> str:
    key = dotted(path)
    if key in texts.POLICY_LABELS:
        return texts.POLICY_LABELS[key]
    if path[0] in ("people_caps", "service_caps"):
        return i18n.service_name(str(path[1]))
    if path[0] == "staff_minimum":
        return i18n.staff_kind(str(path[1]))
    return key


def grid_header(service: str) -> str:
    """The service's name on two lines when long (headers do not wrap), then its unit."""
    words = i18n.service_name(service).split()
    name = i18n.service_name(service)
    if len(words) >= 3:
        half = (len(words) + 1) // 2
        name = " ".join(words[:half]) + "\n" + " ".join(words[half:])
    unit = texts.POLICY_GRID_UNITS.get(service, "")
    return f"{name}\n({unit})" if unit else name


class CellError(ValueError):
    """A cell of the level table that is neither a number, «نامحدود», nor empty."""

    def __init__(self, row: int, column: int, text: str) -> None:
        super().__init__(text)
        self.row, self.column, self.text = row, column, text


def parse_cell(text: str) -> int | str | None:
    """A cell as the policy keeps it: a number, UNLIMITED, or None (not offered)."""
    cleaned = text.strip()
    if cleaned in ("", texts.NONE, "-", "0", "۰"):
        return None
    if cleaned in (texts.POLICY_UNLIMITED, UNLIMITED):
        return UNLIMITED
    value = persian.parse_int(cleaned)  # ValueError when not a number
    if value < 0:
        raise ValueError(cleaned)
    return value


# --- one version's values ---------------------------------------------------------------------


def _money_spin() -> QDoubleSpinBox:
    spin = QDoubleSpinBox()
    spin.setDecimals(0)
    spin.setRange(0, 1e15)
    spin.setGroupSeparatorShown(True)
    without_arrows(spin)
    align_leading(spin)
    return spin


class PolicyValues(QWidget):
    """The values of one policy version, grouped by article; read-only or editable."""

    def __init__(self, editable: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editable = editable
        self._values: dict[str, Any] = {}
        self.scalars: dict[Path, QLabel | QSpinBox | QDoubleSpinBox] = {}
        self.kinds: dict[Path, tuple[str, str]] = {}

        if editable:
            self.bodies: QLabel | QPlainTextEdit = QPlainTextEdit()
            self.bodies.setObjectName("field_licensing_bodies")
            self.bodies.setPlaceholderText(texts.POLICY_BODIES_HINT)
            self.bodies.setFixedHeight(self.fontMetrics().lineSpacing() * 9)
        else:
            self.bodies = QLabel()
            self.bodies.setWordWrap(True)
            self.bodies.setTextFormat(Qt.TextFormat.RichText)
        self.bodies.setToolTip(texts.POLICY_BODIES_HINT if editable else "")

        self.grid = QTableWidget(len(LEVELS), len(GRID_SERVICES))
        self.grid.setObjectName("levelGrid")
        self.grid.setHorizontalHeaderLabels([grid_header(s) for s in GRID_SERVICES])
        self.grid.setVerticalHeaderLabels([texts.POLICY_LEVEL_NAMES[level] for level in LEVELS])
        self.grid.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        # fixed row heights: the table's height is set from them, shown or not yet shown
        rows = self.grid.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.grid.fontMetrics().height() + 14)
        self.grid.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.grid.setEditTriggers(
            QAbstractItemView.EditTrigger.AllEditTriggers
            if editable
            else QAbstractItemView.EditTrigger.NoEditTriggers
        )
        self.grid.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.grid.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        if editable:
            self.grid.setToolTip(texts.POLICY_GRID_HINT)
        self._fit_grid()  # once, before the first layout: the sizes do not change

        groups: dict[str, QGroupBox] = {}
        for section, items in SCALARS:
            box = QGroupBox(texts.POLICY_SECTIONS[section])
            form = QFormLayout(box)
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
            for path, unit, kind in items:
                widget = self._scalar_widget(path, unit, kind)
                self.scalars[path] = widget
                self.kinds[path] = (unit, kind)
                form.addRow(scalar_label(path), widget)
            groups[section] = box
        bodies_box = QGroupBox(texts.POLICY_SECTIONS["bodies"])
        QVBoxLayout(bodies_box).addWidget(self.bodies)
        grid_box = QGroupBox(texts.POLICY_SECTIONS["levels"])
        grid_layout = QVBoxLayout(grid_box)
        grid_layout.addWidget(self.grid)
        if editable:
            hint = QLabel(texts.POLICY_GRID_HINT)
            hint.setWordWrap(True)
            hint.setObjectName("pageInfo")
            grid_layout.addWidget(hint)

        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(grid_box, 0, 0, 1, 2)
        layout.addWidget(groups["people"], 1, 0)
        layout.addWidget(groups["service"], 1, 1)
        layout.addWidget(groups["lease"], 2, 0)
        layout.addWidget(groups["note"], 2, 1)
        layout.addWidget(groups["staff"], 3, 0)
        layout.addWidget(groups["review"], 3, 1)
        layout.addWidget(groups["criteria"], 4, 0)
        layout.addWidget(bodies_box, 4, 1)
        layout.setRowStretch(5, 1)

    def _scalar_widget(self, path: Path, unit: str, kind: str) -> QWidget:
        name = f"value_{dotted(path)}"
        if not self.editable:
            label = QLabel()
            label.setObjectName(name)
            label.setTextFormat(Qt.TextFormat.RichText)
            return label
        if kind == "money":
            spin: QSpinBox | QDoubleSpinBox = _money_spin()
        elif kind == "year":
            spin = number_spin(1300, 1600)
        else:
            spin = number_spin(0, 1_000_000)
            spin.setGroupSeparatorShown(True)
        name_of_unit = texts.POLICY_UNITS.get(unit, "")
        if name_of_unit:
            spin.setSuffix(f" {name_of_unit}")
        spin.setObjectName(name)
        spin.setMaximumWidth(220)
        return spin

    # --- values in and out ---------------------------------------------------------------------

    def set_values(self, values: dict[str, Any], previous: dict[str, Any] | None = None) -> None:
        """Show `values`; read-only, a value that differs from `previous` is in bold with the
        earlier value as its tooltip."""
        self._values = copy.deepcopy(values)
        for path, widget in self.scalars.items():
            value = get_path(values, path)
            unit, kind = self.kinds[path]
            if isinstance(widget, QLabel):
                before = get_path(previous, path) if previous is not None else value
                self._show_label(
                    widget,
                    with_unit(value, unit, kind),
                    before != value,
                    with_unit(before, unit, kind),
                )
            else:
                widget.setValue(int(value or 0))
        bodies = list(values.get("licensing_bodies", []))
        if isinstance(self.bodies, QPlainTextEdit):
            self.bodies.setPlainText("\n".join(bodies))
        else:
            before = previous.get("licensing_bodies", []) if previous is not None else bodies
            items = "".join(
                f"<li>{'<b>' + escape(body) + '</b>' if body not in before else escape(body)}</li>"
                for body in bodies
            )
            gone = [body for body in before if body not in bodies]
            if gone:
                items += "".join(f"<li><s>{escape(body)}</s></li>" for body in gone)
            self.bodies.setText(f"<ul style='margin:0'>{items}</ul>")
        caps = values.get("level_caps", {})
        old_caps = previous.get("level_caps", {}) if previous is not None else caps
        for row, level in enumerate(LEVELS):
            for column, service in enumerate(GRID_SERVICES):
                value = caps.get(level, {}).get(service)
                before = old_caps.get(level, {}).get(service)
                item = QTableWidgetItem(show_value(value))
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                if not self.editable and before != value:
                    font = QFont(item.font())
                    font.setBold(True)
                    item.setFont(font)
                    item.setToolTip(texts.POLICY_BEFORE.format(value=show_value(before)))
                self.grid.setItem(row, column, item)

    @staticmethod
    def _show_label(label: QLabel, text: str, changed: bool, before: str) -> None:
        label.setText(f"<b style='color:#1f5fa8'>{text}</b>" if changed else text)
        label.setToolTip(texts.POLICY_BEFORE.format(value=before) if changed else "")

    def _fit_grid(self) -> None:
        """As tall as its rows: the page scrolls, not the table."""
        height = self.grid.horizontalHeader().sizeHint().height() + 2 * self.grid.frameWidth()
        height += self.grid.verticalHeader().defaultSectionSize() * self.grid.rowCount()
        self.grid.setFixedHeight(height + 2)

    def values(self) -> dict[str, Any]:
        """The values as edited (the shown version with the fields' values); raises CellError
        for a level-table cell it cannot read."""
        out = copy.deepcopy(self._values)
        for path, widget in self.scalars.items():
            if isinstance(widget, QSpinBox | QDoubleSpinBox):
                set_path(out, path, int(round(widget.value())))
        if isinstance(self.bodies, QPlainTextEdit):
            lines = (line.strip() for line in self.bodies.toPlainText().splitlines())
            out["licensing_bodies"] = [line for line in lines if line]
        caps = out.setdefault("level_caps", {})
        for row, level in enumerate(LEVELS):
            for column, service in enumerate(GRID_SERVICES):
                item = self.grid.item(row, column)
                text = item.text() if item is not None else ""
                try:
                    value = parse_cell(text)
                except ValueError:
                    raise CellError(row, column, text) from None
                offered = caps.setdefault(level, {})
                if value is None and offered.get(service) is None:
                    continue  # not offered before, not offered now
                offered[service] = value  # None: no longer offered (level_cap reads it so)
        return out


# --- the contract's wording -----------------------------------------------------------------------


class ContractTemplateEditor(QWidget):
    """The contract's wording in force in the newest version, as plain text
    (`papers_template.as_text`): its version name, the text, the blanks the contract fills,
    and a refusal of the wording shown under the text."""

    def __init__(self, template: dict[str, Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.original = template
        self.version = QLineEdit(template["version"])
        self.version.setObjectName("field_template_version")
        self.version.setMaximumWidth(220)
        align_leading(self.version)
        self.text = QPlainTextEdit()
        self.text.setObjectName("field_contract_template")
        # The wording is Persian in either interface language: every line right to left and
        # at the right, also one that starts with a blank («{hq}»), whose direction Qt would
        # otherwise take from its first letter.
        option = self.text.document().defaultTextOption()
        option.setTextDirection(Qt.LayoutDirection.RightToLeft)
        option.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute)
        self.text.document().setDefaultTextOption(option)
        self.text.setPlainText(papers_template.as_text(template))
        hint = QLabel(texts.POLICY_TEMPLATE_HINT)
        hint.setWordWrap(True)
        hint.setObjectName("pageInfo")
        self.blanks = QLabel(
            texts.POLICY_TEMPLATE_BLANKS.format(
                blanks="، ".join(f"{{{name}}}" for name in papers_template.blanks())
            )
        )
        self.blanks.setObjectName("templateBlanks")
        self.blanks.setWordWrap(True)
        self.blanks.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.problem = QLabel()
        self.problem.setObjectName("staffWarning")
        self.problem.setWordWrap(True)
        self.problem.hide()
        form = QFormLayout()
        form.addRow(texts.POLICY_TEMPLATE_VERSION, self.version)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.problem)
        layout.addWidget(self.blanks)

    def template(self) -> dict[str, Any]:
        # The raw text: the plain text would turn the no-break spaces («مادهٔ ۱») into spaces.
        raw = self.text.document().toRawText().replace("\u2029", "\n").replace("\u2028", "\n")
        return papers_template.from_text(self.version.text(), raw)

    def changed(self) -> bool:
        return self.template() != self.original

    def show_problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.show()
        self.text.setProperty("invalid", True)
        repolish(self.text)
        self.text.setFocus()

    def clear_problem(self) -> None:
        self.problem.hide()
        if self.text.property("invalid"):
            self.text.setProperty("invalid", False)
            repolish(self.text)


# --- the form of a new version -----------------------------------------------------------------


class PolicyVersionDialog(FormDialog):
    """«نسخهٔ جدید»: an effective date, a reason, and the values; only the changed ones are
    sent."""

    action_name = "add_policy_version"

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, texts.POLICY_DIALOG, parent)
        self.setObjectName("policyVersionDialog")
        self.base = settings.latest_values()
        latest = settings.policy_versions()[0]
        self.effective = self.add_field("effective", texts.POLICY_EFFECTIVE, JalaliDateEdit())
        self.effective.setDate(max(session.today(), latest.effective))
        self.effective.setMaximumWidth(220)
        self.reason = self.add_field("reason", texts.POLICY_REASON, QPlainTextEdit())
        self.reason.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 12)
        self.values_form = PolicyValues(editable=True)
        self.values_form.set_values(self.base)
        self.fields["changes"] = self.values_form
        note = QLabel(texts.POLICY_DIALOG_HINT.format(number=local.digits(latest.number)))
        note.setWordWrap(True)
        note.setObjectName("pageInfo")
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.values_form)
        self.template_form = ContractTemplateEditor(
            self.base.get(papers_template.POLICY_KEY) or papers_template.CONTRACT_TEMPLATE_1
        )
        self.pages = QTabWidget()
        self.pages.addTab(scroll, texts.POLICY_TAB_VALUES)
        self.pages.addTab(self.template_form, texts.POLICY_TAB_TEMPLATE)
        outer = self.layout()
        outer.insertWidget(1, note)
        outer.insertWidget(2, self.pages, 1)
        self.resize(1000, 760)
        self.hint_role()
        self.effective.setFocus()

    def changes(self) -> dict[str, Any]:
        changes = changes_between(self.base, self.values_form.values())
        if self.template_form.changed():
            changes[papers_template.POLICY_KEY] = self.template_form.template()
        return changes

    def arguments(self) -> tuple[str, dict[str, Any]]:
        return "add_policy_version", {
            "effective": self.effective.value(),
            "reason": self.reason.toPlainText(),
            "changes": self.changes(),
        }

    def submit(self) -> bool:
        try:
            self.values_form.values()
        except CellError as bad:
            self.clear_errors()
            self._bad_cell(bad)
            return False
        return super().submit()

    def _bad_cell(self, bad: CellError) -> None:
        self.message.show_message(
            texts.POLICY_BAD_CELL.format(
                level=texts.POLICY_LEVEL_NAMES[LEVELS[bad.row]],
                service=i18n.service_name(GRID_SERVICES[bad.column]),
                text=bad.text,
            )
        )
        grid = self.values_form.grid
        grid.setProperty("invalid", True)
        repolish(grid)
        grid.setCurrentCell(bad.row, bad.column)
        grid.setFocus()

    def show_error(self, err: WorkflowError) -> None:
        problem = getattr(err.params.get("problem"), "params", {})  # «changes»: the value's
        if not str(problem.get("path", "")).startswith(papers_template.POLICY_KEY):
            super().show_error(err)
            return
        # A refusal of the wording: beside the text, on its tab.
        self.message.show_message(i18n.refusal(err, with_rule=False), "error")
        self.pages.setCurrentWidget(self.template_form)
        self.template_form.show_problem(i18n.refusal(err, with_rule=False))

    def clear_errors(self) -> None:
        super().clear_errors()
        self.template_form.clear_problem()
        grid = self.values_form.grid
        if grid.property("invalid"):
            grid.setProperty("invalid", False)
            repolish(grid)


# --- the tab -----------------------------------------------------------------------------------


class PolicyTab(QWidget):
    version_added = Signal(int)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.dialog: PolicyVersionDialog | None = None
        self.versions: list[settings.VersionRow] = []

        self.review = QLabel()
        self.review.setWordWrap(True)
        self.info = QLabel()
        self.info.setObjectName("pageInfo")
        self.new_button = QPushButton(texts.POLICY_NEW)
        self.new_button.setObjectName("policyNew")
        self.new_button.clicked.connect(self.new_version)

        self.model = ListTableModel(texts.POLICY_COLUMNS, self)
        self.model.centred = frozenset({0, 1, 2, 4})
        self.table = fitted_table(self.model, "policyTable")
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)

        self.values_title = QLabel()
        self.values_title.setObjectName("detailTitle")
        self.legend = QLabel(texts.POLICY_CHANGED_LEGEND)
        self.legend.setObjectName("pageInfo")
        self.values_view = PolicyValues(editable=False)
        holder = QWidget()
        holder_layout = QVBoxLayout(holder)
        holder_layout.addWidget(self.values_title)
        holder_layout.addWidget(self.legend)
        holder_layout.addWidget(self.values_view, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(holder)

        bar = QHBoxLayout()
        bar.addWidget(self.info, 1)
        bar.addWidget(self.new_button)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(scroll)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 4)
        split.setSizes([150, 600])
        layout = QVBoxLayout(self)
        layout.addWidget(self.review)
        layout.addLayout(bar)
        layout.addWidget(split, 1)

    def refresh(self) -> None:
        today = self.session.today()
        selected = self.selected_number()
        self.versions = settings.policy_versions()
        names = accounts.full_names()
        in_force = settings.version_in_force(today)
        self.model.set_rows(
            [
                (
                    str(v.number),
                    (
                        local.digits(v.number),
                        local.date(v.effective),
                        local.date(v.approved),
                        names.get(v.created_by, texts.POLICY_BY.get(v.created_by, v.created_by)),
                        self._status(v, in_force, today),
                        v.reason,
                    ),
                )
                for v in self.versions
            ]
        )
        latest = self.versions[0]
        words = {
            "number": local.digits(latest.number),
            "approved": local.date(latest.approved),
            "effective": local.date(latest.effective),
            "months": local.digits(latest.values.get("review_months", "")),
        }
        due = settings.policy_review_due(today)
        self.review.setProperty("due", due)
        self.review.setText(
            (texts.POLICY_REVIEW_DUE if due else texts.POLICY_REVIEW_OK).format(**words)
        )
        # the warning box of the style sheet when due, the quiet page note otherwise
        self.review.setObjectName("staffWarning" if due else "pageInfo")
        repolish(self.review)
        refusal = self.session.refusal("add_policy_version")
        self.new_button.setEnabled(not refusal)
        self.new_button.setToolTip(refusal)
        self.select(selected if selected is not None else in_force)

    @staticmethod
    def _status(version: settings.VersionRow, in_force: int, today: dt.date) -> str:
        if version.number == in_force:
            return texts.POLICY_IN_FORCE
        if version.effective > today:
            return texts.POLICY_UPCOMING.format(date=local.date(version.effective))
        return texts.POLICY_PAST

    def select(self, number: int) -> None:
        key = str(number)
        if key in self.model.keys:
            select_row(self.table, self.model.keys.index(key))

    def selected_number(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return int(self.model.keys[rows[0].row()]) if rows else None

    def _selection_changed(self, *_args: object) -> None:
        number = self.selected_number()
        by_number = {v.number: v for v in self.versions}
        version = by_number.get(number) if number is not None else None
        if version is None:
            return
        previous = by_number.get(version.number - 1)
        self.values_title.setText(
            texts.POLICY_VALUES_OF.format(
                number=local.digits(version.number),
                date=local.date(version.effective),
            )
        )
        self.legend.setVisible(previous is not None)
        self.values_view.set_values(version.values, previous.values if previous else None)

    def new_version(self) -> PolicyVersionDialog:
        self.dialog = PolicyVersionDialog(self.session, parent=self)
        self.dialog.saved.connect(self._saved)
        self.dialog.finished.connect(self.dialog.deleteLater)
        self.dialog.open()
        return self.dialog

    def _saved(self, result: dict) -> None:
        number = int(result["ref"])
        self.refresh()
        self.select(number)
        version = next(v for v in self.versions if v.number == number)
        self.info.setText(
            texts.POLICY_SAVED.format(
                number=local.digits(number),
                date=local.date(version.effective),
            )
        )
        self.version_added.emit(number)
