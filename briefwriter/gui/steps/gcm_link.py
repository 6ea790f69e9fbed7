"""Step 4, Link to the GCM: tick the principles, objectives, actions and other paragraphs each
priority relates to.

A priority selector on top, the browser of the Compact (search, tree with tick boxes, full
text, legend for unverified wording) and the priorities × objectives overview underneath.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from briefwriter.core.errors import GcmReferenceError
from briefwriter.core.model import FieldPath
from briefwriter.gui.context import AppContext
from briefwriter.gui.steps.base import StepPage
from briefwriter.gui.widgets.forms import buddy_label, group_box, hint_label, show_and_focus
from briefwriter.gui.widgets.gcm_browser import GcmBrowser
from briefwriter.gui.widgets.gcm_matrix import GcmMatrix
from briefwriter.gui.widgets.priority_combo import PriorityCombo


class GcmLinkPage(StepPage):
    step_id = "gcm"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.set_texts(self.tr("Link to the GCM"), self.tr(
            "For each priority, tick the guiding principles, objectives, actions and other "
            "paragraphs of the Global Compact for Migration that it relates to. Search with "
            "Ctrl+F; Space ticks."))
        s = self.session
        self.priority = PriorityCombo(s, self.tr("Priority to link"))
        self.priority.priorityChanged.connect(self._on_priority_chosen)
        self.add_priority_button = QPushButton(self.tr("Add a &priority first…"))
        self.add_priority_button.clicked.connect(lambda: self.requestStep.emit("priorities"))
        row = QHBoxLayout()
        row.addWidget(buddy_label(self.tr("P&riority:"), self.priority))
        row.addWidget(self.priority, 1)
        row.addWidget(self.add_priority_button)
        self.body.addLayout(row)

        self.browser = GcmBrowser(s, find_scope=self)
        self.body.addWidget(self.browser, 3)
        # Wording not yet verified becomes verified (and a paper in French, Spanish, Arabic,
        # Chinese or Russian quotes its own edition) once the official PDF is imported.
        self.check_text_button = QPushButton(self.tr("&Check the Text Against the Official "
                                                     "Document…"))
        self.check_text_button.setToolTip(self.tr(
            "Import the official PDF of resolution A/RES/73/195 (in the paper's language) to "
            "verify every quotation"))
        self.check_text_button.clicked.connect(self._check_text)
        check_row = QHBoxLayout()
        check_row.addStretch(1)
        check_row.addWidget(self.check_text_button)
        self.body.addLayout(check_row)

        self.matrix = GcmMatrix(s)
        self.matrix.cellChosen.connect(self._on_cell_chosen)
        box = QVBoxLayout()
        box.addWidget(hint_label(self.tr(
            "Columns are objectives 1 to 23 (point at a number for its title). ● marks an "
            "objective linked to a priority directly or through its actions. Select a cell to "
            "show the objective above; double-click or press Space to tick or untick it.")))
        box.addWidget(self.matrix)
        # The names behind the bold numbers: the overview reads without hovering.
        self.linked = QLabel()
        self.linked.setObjectName("gcmLinkedObjectives")
        self.linked.setWordWrap(True)
        self.linked.setTextFormat(Qt.TextFormat.PlainText)
        box.addWidget(self.linked)
        self.matrix.matrix.modelReset.connect(self._show_linked)
        self._show_linked()
        self.body.addWidget(group_box(self.tr("Overview: priorities × objectives"), box))

        current = self.priority.current()
        self._on_priority_chosen(current if current is not None else -1)

    # -- the priority selector ---------------------------------------------------------------
    def current_priority(self) -> int | None:
        return self.priority.current()

    def select_priority(self, index: int) -> None:
        self.priority.choose(index)

    def _on_priority_chosen(self, index: int) -> None:
        valid = index >= 0
        self.browser.set_links_path(("priorities", index, "gcm") if valid else None)
        self.add_priority_button.setVisible(not valid)

    def _check_text(self) -> None:
        from briefwriter.gui.gcm_import_dialog import open_gcm_import

        open_gcm_import(self.window(), self.ctx.settings.last_folder)

    def _show_linked(self) -> None:
        self.linked.setText(self.matrix.matrix.linked_summary())

    def _on_cell_chosen(self, priority: int, objective: int) -> None:
        self.select_priority(priority)
        self.browser.reveal(self.browser.gcm.objective(objective))

    # -- StepPage ----------------------------------------------------------------------------

    def has_content(self) -> bool:
        return any(not p.gcm.is_empty() for p in self.session.brief.priorities)

    def focus_path(self, path: FieldPath) -> bool:
        if not self.owns_path(path) or not isinstance(path[1], int):
            return False
        self.select_priority(path[1])
        if len(path) >= 5 and isinstance(path[4], int):
            try:
                value = self.session.value(path)
                field = str(path[3])
                ref = {"principles": f"principle {value}", "objectives": f"objective {value}"}.get(
                    field, str(value))
                self.browser.reveal(self.browser.gcm.lookup(ref))
            except (GcmReferenceError, IndexError, AttributeError):
                pass  # an unknown reference: the tree has nothing to show for it
        return show_and_focus(self.scroll_area, self.browser.tree)
