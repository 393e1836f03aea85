"""The NGO register: a lazily loaded table, a search box, and the NGO form; below it the selected
NGO's documented programs and its level assessments with their evidence (R-4.5)."""

from __future__ import annotations

import json

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.ui import local, texts
from app.ui.forms.assessment_dialog import (
    AssessmentDialog,
    ProgramDialog,
    evidence_text,
    level_name,
)
from app.ui.forms.base import FormDialog
from app.ui.forms.ngo_dialog import NgoDialog
from app.ui.item_models import ListTableModel, NgoTableModel, digits, isolate, number
from app.ui.pages.base import ListPage
from app.ui.reads import accounts, ngos
from app.ui.session import Session
from app.ui.widgets.sorting import sortable
from app.ui.widgets.tables import configure_table, select_row
from app.workflow.read.records import NgoRecord


def _small_table(model: ListTableModel, name: str, *stretch: int) -> QTableView:
    view = QTableView()
    view.setObjectName(name)
    configure_table(view)
    view.setModel(model)
    sortable(view)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    for column in stretch:  # long texts share what is left; their tips hold them whole
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
    return view


class NgoDetail(QWidget):
    """One NGO: its level and licence, its documented programs and its level assessments."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.ngo: NgoRecord | None = None
        self.dialog: FormDialog | None = None
        self.title = QLabel(texts.NGO_DETAIL_EMPTY)
        self.title.setObjectName("detailTitle")
        self.facts = QLabel()
        self.facts.setWordWrap(True)
        self.add_program_button = QPushButton(texts.PROGRAM_ADD)
        self.add_program_button.clicked.connect(self.add_program)
        self.assess_button = QPushButton(texts.ASSESS_BUTTON)
        self.assess_button.clicked.connect(self.assess)

        self.programs = ListTableModel(texts.PROGRAM_COLUMNS, self)
        self.programs.centred = frozenset({0, 2})
        self.assessments = ListTableModel(texts.ASSESSMENT_COLUMNS, self)
        self.assessments.centred = frozenset({0, 2, 3, 4, 5, 6})
        self.tabs = QTabWidget()
        self.tabs.addTab(_small_table(self.programs, "programTable", 1), texts.TAB_PROGRAMS)
        self.tabs.addTab(
            _small_table(self.assessments, "assessmentTable", 7, 8), texts.TAB_ASSESSMENTS
        )

        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.add_program_button)
        top.addWidget(self.assess_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.facts)
        layout.addWidget(self.tabs, 1)
        self.show_ngo(None)

    def show_ngo(self, code: str | None) -> None:
        ngo = ngos.ngo(code, who=self.session.user) if code else None
        self.ngo = ngo
        for widget in (self.add_program_button, self.assess_button, self.tabs):
            widget.setEnabled(ngo is not None)
        if ngo is None:
            self.title.setText(texts.NGO_DETAIL_EMPTY)
            self.facts.clear()
            self.programs.set_rows([])
            self.assessments.set_rows([])
            return
        self.title.setText(
            texts.NGO_DETAIL_TITLE.format(name=local.name(ngo.name), code=isolate(ngo.code))
        )
        self.facts.setText(
            texts.NGO_DETAIL_FACTS.format(
                level=level_name(ngo.level) if ngo.level else texts.NGO_NOT_ASSESSED,
                issuer=ngo.licence_issuer,
                expires=local.date(ngo.licence_expires),
                founded=local.date(ngo.founded),
                members=number(ngo.members),
            )
        )
        programs = ngos.programs(ngo.code, who=self.session.user)
        self.programs.set_rows(
            [
                (
                    str(p.id),
                    (
                        local.date(p.date),
                        local.digits(p.title),
                        number(p.participants),
                    ),
                )
                for p in programs
            ]
        )
        assessments = ngos.assessments(ngo.code, who=self.session.user)
        names = accounts.full_names() if assessments else {}
        rows = []
        for a in assessments:
            evidence = evidence_text(json.loads(a.evidence or "{}"), a.assessed_at.date())
            rows.append(
                (
                    str(a.id),
                    (
                        local.datetime_text(a.assessed_at),
                        names.get(a.assessed_by, a.assessed_by),
                        digits(a.years_level),
                        digits(a.members_level),
                        digits(a.activity_level),
                        digits(a.suggested),
                        digits(a.level),
                        local.digits(a.reason) if a.reason else texts.NONE,
                        evidence,
                    ),
                )
            )
        self.assessments.set_rows(rows)
        for row, a in enumerate(assessments):
            self.assessments.tips[(row, 7)] = rows[row][1][7]
            self.assessments.tips[(row, 8)] = rows[row][1][8]
            if a.level != a.suggested:
                self.assessments.tips[(row, 6)] = texts.ASSESS_OVERRIDDEN_TIP

    def add_program(self) -> ProgramDialog | None:
        if self.ngo is None:
            return None
        return self._open(ProgramDialog(self.session, self.ngo, parent=self))

    def assess(self) -> AssessmentDialog | None:
        if self.ngo is None:
            return None
        return self._open(AssessmentDialog(self.session, self.ngo, parent=self))

    def _open(self, dialog: FormDialog) -> FormDialog:
        self.dialog = dialog
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog


class NgoPage(ListPage):
    key = "ngos"

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.dialog: NgoDialog | None = None
        self.import_dialog: QDialog | None = None
        self.model = NgoTableModel(session.today, self, who=lambda: session.user)

        self._search_box(texts.SEARCH_PLACEHOLDER, self.apply_search)
        self.new_button = QPushButton(texts.NGO_NEW)
        self.new_button.clicked.connect(self.new_item)
        self.edit_button = QPushButton(texts.NGO_EDIT)
        self.edit_button.clicked.connect(self.edit_selected)
        self.import_button = QPushButton(texts.NGO_IMPORT)
        self.import_button.setObjectName("ngoImport")
        self.import_button.setToolTip(texts.NGO_IMPORT_TIP)
        self.import_button.clicked.connect(self.import_file)

        self._list_table("ngoTable")
        self.table.doubleClicked.connect(self._double_clicked)
        self._row_count()

        self.info = QLabel()
        self.info.setObjectName("pageInfo")
        self.detail = NgoDetail(session)

        bar = QHBoxLayout()
        bar.addWidget(self.search, 1)
        bar.addWidget(self.count)
        bar.addWidget(self.new_button)
        bar.addWidget(self.edit_button)
        bar.addWidget(self.import_button)
        split = self._table_and_detail((3, 2), collapsible=False)
        self._lay_out(bar, split, self.info)

        session.changed.connect(self._changed)
        session.user_changed.connect(self._show_import)
        self._show_import()
        self.model.reload()
        self._size_columns(1)
        self.table.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
        self._selection_changed()

    def show_detail(self, ref: str | None) -> None:
        self.edit_button.setEnabled(ref is not None)
        self.detail.show_ngo(ref)

    # --- page protocol -------------------------------------------------------------------------

    def refresh(self) -> None:
        self.model.reload()

    def activated(self) -> None:
        """Kept current by `Session.changed`; reloading here would lose the scroll position."""

    def new_item(self) -> NgoDialog:
        return self._open_form(NgoDialog(self.session, parent=self))

    def show_record(self, kind: str, ref: str) -> bool:
        """Select NGO `ref` (searching for its code when it is not among the rows shown)."""
        if kind != "ngo":
            return False
        row = self.model.row_of(ref)
        if row is None:
            self.search.blockSignals(True)
            self.search.setText(ref)
            self.search.blockSignals(False)
            self.model.set_search(ref)
            row = self.model.row_of(ref)
        if row is None:
            return False
        select_row(self.table, row)
        return True

    # --- actions -------------------------------------------------------------------------------

    def apply_search(self) -> None:
        self._search_timer.stop()
        if self.search.text() != self.model.search():
            self.model.set_search(self.search.text())

    def selected_code(self) -> str | None:
        return self.selected_ref()

    def edit_selected(self) -> NgoDialog | None:
        code = self.selected_code()
        ngo = ngos.ngo(code, who=self.session.user) if code else None
        if ngo is None:
            self.info.setText(texts.NGO_SELECT_FIRST)
            return None
        return self._open_form(NgoDialog(self.session, ngo, parent=self))

    def import_file(self) -> QDialog | None:
        """«ورود از پرونده…»: the import dialog, for the roles that may import."""
        if self.session.refusal("import_ngos"):
            return None
        from app.ui.forms.import_dialog import ImportDialog  # openpyxl: only when asked

        dialog = ImportDialog(self.session, parent=self)
        self.import_dialog = dialog
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def _show_import(self) -> None:
        self.import_button.setVisible(
            self.session.user is not None and not self.session.refusal("import_ngos")
        )

    # --- slots ---------------------------------------------------------------------------------

    def _saved(self, result: dict) -> None:
        code = result.get("code", "")
        if "state" in result:  # registered
            ngo = ngos.ngo(code, who=self.session.user)
            self.info.setText(texts.NGO_SAVED.format(name=ngo.name if ngo else "", code=code))
        else:
            changed = result.get("changed")
            self.info.setText(
                texts.NGO_UPDATED.format(code=code) if changed else texts.NGO_UNCHANGED
            )

    def _changed(self, kind: str, ref: str) -> None:
        if kind == "ngo" and not self.model.refresh_row(ref):
            self.model.reload()
        if kind == "ngo" and ref and ref == self.selected_code():
            self.detail.show_ngo(ref)

    def _double_clicked(self, _index: QModelIndex) -> None:
        self.edit_selected()
