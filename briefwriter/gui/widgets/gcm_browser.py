"""Browse, search and tick the Global Compact: its parts in order, from the preamble to the
follow-up, with the guiding principles, the 23 objectives and their actions, and every other
paragraph and its sub-items.

Ticking an item writes the selected priority's ``gcm`` links through the session (undoable).
Wording that is not yet verified against the final resolution carries a warning icon, a
tooltip and an accessible description, explained by a legend under the tree; a paragraph
whose text is not included (or only in part) says so in the same way.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import (
    QIcon,
    QKeyEvent,
    QKeySequence,
    QShortcut,
    QStandardItem,
    QStandardItemModel,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QStyle,
    QTextBrowser,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from briefwriter.core.gcm import (
    Action,
    Gcm,
    GcmItem,
    Objective,
    Paragraph,
    Principle,
    SubItem,
    load_gcm,
)
from briefwriter.core.model import FieldPath, GcmLinks
from briefwriter.gui.accessibility import add_clear_button
from briefwriter.gui.i18n import fill
from briefwriter.gui.session import Session, paths_overlap
from briefwriter.gui.widgets.forms import (
    bidi_isolate,
    buddy_label,
    elide,
    hint_label,
    line_height,
    translate,
)

ROLE_KIND = Qt.ItemDataRole.UserRole + 1  # "part" | "principle" | "objective" | "action" | ...
ROLE_REF = Qt.ItemDataRole.UserRole + 2  # "15(f)", "13", "29(c)", "para 49", "49(c)"
# Kinds whose rows show everything under them when they match a search.
_WHOLE_WHEN_MATCHED = frozenset({"objective", "paragraph", "subitem"})



def link_field(item: GcmItem) -> tuple[str, str | int]:
    """Where a tick for ``item`` is stored in ``GcmLinks``: (field, value)."""
    if isinstance(item, Principle):
        return "principles", item.letter
    if isinstance(item, Objective):
        return "objectives", item.number
    return "actions", item.ref


def unverified_note(item: GcmItem) -> str:
    """Plain words on how far the item's wording is checked; "" when it is the final text."""
    if isinstance(item, Paragraph | SubItem):
        return _paragraph_note(item)
    if isinstance(item, Objective):
        if item.verified:
            return ""
        return translate("GcmBrowser",
                         "Wording from the July 2018 draft — check against A/RES/73/195 "
                         "(the objective's title or commitment is not yet verified).")
    if item.verified:
        return ""
    if item.verification == "partial":
        return translate("GcmBrowser",
                         "Wording partly from the July 2018 draft — check against A/RES/73/195.")
    return translate("GcmBrowser", "Wording from the July 2018 draft — check against A/RES/73/195.")


def _paragraph_note(item: Paragraph | SubItem) -> str:
    reference = item.citation.removeprefix("GCM ")
    if item.status == "unknown":
        return fill(translate("GcmBrowser",
                              "Text not included — see A/RES/73/195, %1. It can still be "
                              "cited."), reference)
    if item.status == "partial":
        return fill(translate("GcmBrowser",
                              "Only part of the text is included (… marks where it breaks "
                              "off) — see A/RES/73/195, %1. The paper cites it without "
                              "quoting it."), reference)
    if item.status == "unverified":
        return translate("GcmBrowser",
                         "Wording not yet checked word for word — check against A/RES/73/195.")
    return ""


def sort_links(gcm: Gcm, field: str, values: list[str | int]) -> list[str | int]:
    """Links in the order of the resolution (what a reader expects), unknown ones last."""
    order: dict[str | int, int]
    if field == "principles":
        order = {p.letter: i for i, p in enumerate(gcm.principles)}
    elif field == "objectives":
        order = {o.number: i for i, o in enumerate(gcm.objectives)}
    else:
        # Paragraph citations: actions and the other paragraphs, in document order.
        cited = (i for i in gcm.items() if i.kind in ("action", "paragraph", "subitem"))
        order = {item.ref: i for i, item in enumerate(cited)}
    return sorted(values, key=lambda v: order.get(v, len(order)))


def warning_icon(widget: QWidget) -> QIcon:
    return widget.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)


class GcmBrowser(QWidget):
    """Search box, the tree of the Compact with tick boxes, a detail panel and a legend.

    ``set_links_path(("priorities", i, "gcm"))`` chooses whose links the ticks show and
    change; ``None`` shows the tree read-only (no priority yet).
    """

    currentItemChanged = Signal(object)  # the GcmItem under the cursor, or None

    def __init__(self, session: Session, parent: QWidget | None = None, *,
                 find_scope: QWidget | None = None) -> None:
        """``find_scope``: the widget in which Ctrl+F goes to the search box (default: this)."""
        super().__init__(parent)
        self.session = session
        # The Compact in the brief's language when its official edition was imported.
        self.gcm = load_gcm(session.brief.language)
        self.links_path: FieldPath | None = None
        self._items: dict[tuple[str, str], QStandardItem] = {}
        self._writing = False

        self.search = QLineEdit(self)
        add_clear_button(self.search, self.tr("Clear search"))
        self.search.setPlaceholderText(
            self.tr("e.g. detention, firewall, children, 29(c), para 49"))
        self.search.setAccessibleDescription(self.tr(
            "Search the whole Compact: its paragraphs, guiding principles, objectives and "
            "actions. Press Down to go to the results."))
        self.search.textChanged.connect(self.set_filter)
        self.search.installEventFilter(self)
        search_label = buddy_label(self.tr("&Search the Compact:"), self.search, self)
        self.match_label = QLabel(self)
        self.match_label.setObjectName("gcmMatches")

        self.model = QStandardItemModel(self)
        self.model.setHorizontalHeaderLabels([self.tr("Paragraph, principle, objective or action"),
                                              self.tr("Reference")])
        self.tree = QTreeView(self)
        self.tree.setModel(self.model)
        self.tree.setAccessibleName(self.tr("Global Compact for Migration"))
        self.tree.setAccessibleDescription(self.tr(
            "The parts of the Compact in order. Arrows move, Right expands a part, objective or "
            "paragraph, Space ticks the item for the selected priority."))
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # Nine rows at least, so the matrix below fits a usual window too; more as it grows.
        self.tree.setMinimumHeight(line_height(self.tree) * 9)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self._populate()
        self.tree.selectionModel().currentChanged.connect(self._on_current_changed)
        self.model.itemChanged.connect(self._on_item_changed)

        self.detail = QTextBrowser(self)
        self.detail.setAccessibleName(self.tr("Full text of the selected item"))
        self.detail.setOpenLinks(False)
        self.detail.setMinimumHeight(line_height(self.detail) * 5)
        # The tree and the text take the room there is above their minimum heights instead
        # of asking for their default heights, which would push the matrix out of view.
        for view in (self.tree, self.detail):
            view.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Ignored)
        detail_label = buddy_label(self.tr("F&ull text:"), self.detail, self)

        legend = QHBoxLayout()
        icon_label = QLabel(self)
        size = line_height(self)
        icon_label.setPixmap(warning_icon(self).pixmap(size, size))
        self.legend = hint_label(self.tr(
            "Wording from the July 2018 draft or not yet checked, or a paragraph whose text is "
            "not included — check against A/RES/73/195 (the final text)."), self)
        legend.addWidget(icon_label, 0, Qt.AlignmentFlag.AlignVCenter)
        legend.addWidget(self.legend, 1)

        search_row = QHBoxLayout()
        search_row.addWidget(search_label)
        search_row.addWidget(self.search, 1)
        search_row.addWidget(self.match_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(search_row)
        layout.addWidget(self.tree, 3)
        layout.addWidget(detail_label)
        layout.addWidget(self.detail, 1)
        layout.addLayout(legend)

        find = QShortcut(QKeySequence(QKeySequence.StandardKey.Find), find_scope or self)
        find.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        find.activated.connect(self.focus_search)

        session.changed.connect(self._on_session_changed)
        session.reset.connect(self.refresh_checks)
        session.reset.connect(self._follow_language)
        self.set_filter("")
        self.tree.setCurrentIndex(self.model.index(0, 0))
        self.refresh_checks()

    # -- building the tree -----------------------------------------------------------------
    def _row(self, item: GcmItem | None, text: str, ref: str, kind: str,
             checkable: bool) -> list[QStandardItem]:
        cell = QStandardItem(bidi_isolate(text))
        cell.setEditable(False)
        cell.setData(kind, ROLE_KIND)
        cell.setData(ref, ROLE_REF)
        # Objectives by their paragraph, like the actions: a narrow column leaves the titles
        # room (the full citation heads the text shown below the tree).
        short = f"GCM para {item.paragraph}" if isinstance(item, Objective) else (
            item.citation if item is not None else "")
        citation = QStandardItem(short)
        citation.setEditable(False)
        citation.setData(kind, ROLE_KIND)
        if checkable:
            cell.setCheckable(True)
            cell.setCheckState(Qt.CheckState.Unchecked)
        full = text
        if item is not None:
            self._items[(kind, ref)] = cell
            full = _full_text(item)
            note = unverified_note(item)
            tip = f"<p>{html.escape(item.citation)}</p><p>{html.escape(full)}</p>"
            description = item.citation
            if note:
                # The mark sits in the reference column: a check box and an icon in one
                # cell confuse Qt's item layout cache, which then drops later check boxes.
                citation.setIcon(warning_icon(self))
                tip += f"<p><b>{html.escape(note)}</b></p>"
                description += ". " + note
                citation.setData(note, Qt.ItemDataRole.AccessibleDescriptionRole)
            cell.setToolTip(tip)
            cell.setData(description, Qt.ItemDataRole.AccessibleDescriptionRole)
            citation.setToolTip(tip)
        return [cell, citation]

    def _populate(self) -> None:
        root = self.model.invisibleRootItem()
        for part in self.gcm.parts:
            title = fill(self.tr("%1 (%2)"), part.title, part.paragraphs_label)
            group = self._row(None, title, part.id, "part", False)
            group[0].setData(fill(self.tr("Part of the Compact: %1, %2"), part.title,
                                  part.paragraphs_label),
                             Qt.ItemDataRole.AccessibleDescriptionRole)
            # The reference column is blank on a part's row (its paragraphs are in the
            # title); a screen reader walking the row still hears what the cell stands for.
            group[1].setData(part.paragraphs_label, Qt.ItemDataRole.AccessibleTextRole)
            root.appendRow(group)
            for item in self.gcm.part_items(part):
                if isinstance(item, Principle):
                    group[0].appendRow(self._row(
                        item, f"({item.letter}) {item.name}", item.ref, "principle", True))
                elif isinstance(item, Objective):
                    self._add_objective(group[0], item)
                elif isinstance(item, Paragraph):
                    self._add_paragraph(group[0], item)
        objectives = next((r for r in range(root.rowCount())
                           if root.child(r).data(ROLE_REF) == "objectives"), None)
        if objectives is not None:
            # The objectives are what most briefs link: open at first, as they were before
            # the other parts joined the tree.
            self.tree.expand(root.child(objectives).index())

    def _add_objective(self, parent: QStandardItem, objective: Objective) -> None:
        row = self._row(objective, f"{objective.number}. {objective.title}",
                        str(objective.number), "objective", True)
        parent.appendRow(row)
        commitment = self._row(None, fill(self.tr("Commitment: %1"), objective.commitment),
                               str(objective.number), "commitment", False)
        commitment[1].setText(fill(self.tr("para %1"), objective.paragraph))
        note = "" if objective.commitment_verified else unverified_note(objective)
        commitment[0].setToolTip(f"<p>{html.escape(objective.commitment)}</p>" + (
            f"<p><b>{html.escape(note)}</b></p>" if note else ""))
        if note:
            commitment[1].setIcon(warning_icon(self))
            commitment[0].setData(note, Qt.ItemDataRole.AccessibleDescriptionRole)
        row[0].appendRow(commitment)
        for action in objective.actions:
            row[0].appendRow(self._row(action, f"({action.letter}) {action.text}",
                                       action.ref, "action", True))

    def _add_paragraph(self, parent: QStandardItem, item: Paragraph | SubItem) -> None:
        if isinstance(item, Paragraph):
            label = f"{item.number}."
        else:
            label = f"({item.labels[-1]})"
        words = item.text if item.text else self.tr("Text not included")
        if item.status == "partial":
            words = fill(self.tr("%1 (partial text)"), words)
        row = self._row(item, f"{label} {words}", item.ref, item.kind, True)
        parent.appendRow(row)
        for sub in item.items:
            self._add_paragraph(row[0], sub)

    # -- which priority --------------------------------------------------------------------
    def reload_text(self) -> None:
        """Show the text now in use (after the official text was imported), keeping the
        search, the ticks and the current item."""
        current = self.current_item()
        key = (current.kind, current.ref) if current is not None else None
        self.gcm = load_gcm(self.session.brief.language)
        self.model.removeRows(0, self.model.rowCount())
        self._items.clear()
        self._populate()
        self.set_filter(self.search.text())
        self.refresh_checks()
        cell = self._items.get(key) if key else None
        if cell is not None:
            self.tree.setCurrentIndex(cell.index())
        self._on_current_changed(self.tree.currentIndex(), self.tree.currentIndex())

    def set_links_path(self, path: FieldPath | None) -> None:
        self.links_path = path
        self.refresh_checks()

    def links(self) -> GcmLinks | None:
        if self.links_path is None:
            return None
        try:
            value = self.session.value(self.links_path)
        except (IndexError, AttributeError):
            return None
        return value if isinstance(value, GcmLinks) else None

    def _on_session_changed(self, changed: FieldPath) -> None:
        if changed[:1] == ("language",) or not changed:
            self._follow_language()
        if self.links_path is not None and paths_overlap(changed, self.links_path):
            self.refresh_checks()

    def _follow_language(self) -> None:
        """Show the edition of the brief's (new) language, or the English text again."""
        if load_gcm(self.session.brief.language) is not self.gcm:
            self.reload_text()

    def refresh_checks(self) -> None:
        links = self.links()
        ticked = {
            ("principle", f"15({v})") for v in (links.principles if links else [])
        } | {("objective", str(v)) for v in (links.objectives if links else [])} | {
            (kind, str(v)) for v in (links.actions if links else [])
            for kind in ("action", "paragraph", "subitem")}
        self._writing = True
        try:
            for key, cell in self._items.items():
                # Without a priority the boxes stay visible but cannot be ticked.
                cell.setCheckable(links is not None)
                state = Qt.CheckState.Checked if key in ticked else Qt.CheckState.Unchecked
                # Compare the raw data: an item without a check state reads as unchecked.
                if cell.data(Qt.ItemDataRole.CheckStateRole) != state.value:
                    cell.setCheckState(state)
        finally:
            self._writing = False

    def _on_item_changed(self, cell: QStandardItem) -> None:
        if self._writing or self.links_path is None:
            return
        item = self.item_for(cell)
        links = self.links()
        if item is None or links is None or not cell.isCheckable():
            return
        field, value = link_field(item)
        current: list[str | int] = list(getattr(links, field))
        on = cell.checkState() == Qt.CheckState.Checked
        if on == (value in current):
            return
        new = [*current, value] if on else [v for v in current if v != value]
        text = fill(self.tr("Link %1") if on else self.tr("Unlink %1"), item.citation)
        self.session.set_value((*self.links_path, field), sort_links(self.gcm, field, new), text)

    # -- search ------------------------------------------------------------------------------
    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def set_filter(self, text: str) -> None:
        """Show only what matches ``text`` (all of it when empty), best match current."""
        root = self.model.invisibleRootItem()
        query = text.strip()
        if not query:
            self._show_all(root)
            self.match_label.setText("")
            return
        hits = self.gcm.search(query, limit=400)
        matched = {(h.item.kind, h.item.ref) for h in hits}
        self._filter_children(root, matched, False)
        first: QStandardItem | None = None
        if hits:
            best = hits[0].item
            first = self._items.get((best.kind, best.ref))
        count = len(hits)
        self.match_label.setText(
            fill(self.tr("Matches: %1"), count) if count else self.tr("No match"))
        self.match_label.setAccessibleName(self.match_label.text())
        if first is not None:
            self.tree.setCurrentIndex(first.index())
            self.tree.scrollTo(first.index())

    def _show_all(self, parent: QStandardItem) -> None:
        index = parent.index()  # invalid for the invisible root: the top level
        for r in range(parent.rowCount()):
            self.tree.setRowHidden(r, index, False)
            child = parent.child(r)
            if child.hasChildren():
                self._show_all(child)

    def _filter_children(self, parent: QStandardItem, matched: set[tuple[str, str]],
                         shown_whole: bool) -> bool:
        """Hide the rows under ``parent`` that neither match nor lead to a match; True when
        one shows.  Under a matching objective or paragraph everything shows (an
        objective's commitment and actions); a row leading to a match is expanded."""
        index = parent.index()
        any_shown = False
        for r in range(parent.rowCount()):
            child = parent.child(r)
            kind = child.data(ROLE_KIND)
            hit = (kind, child.data(ROLE_REF)) in matched
            whole = shown_whole or (hit and kind in _WHOLE_WHEN_MATCHED)
            below = child.hasChildren() and self._filter_children(child, matched, whole)
            show = whole or hit or below or (kind == "commitment" and shown_whole)
            self.tree.setRowHidden(r, index, not show)
            if below and not shown_whole:
                self.tree.expand(child.index())
            any_shown = any_shown or show
        return any_shown

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Down or Enter in the search box goes to the results.
        if (watched is self.search and event.type() == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent)
                and event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter)):
            self.tree.setFocus(Qt.FocusReason.TabFocusReason)
            return True
        return super().eventFilter(watched, event)

    # -- finding and showing -----------------------------------------------------------------
    def index_of(self, item: GcmItem) -> QModelIndex:
        cell = self._items.get((item.kind, item.ref))
        return cell.index() if cell is not None else QModelIndex()

    def reveal(self, item: GcmItem) -> None:
        """Make ``item`` visible (clearing a search that hides it), current and scrolled to."""
        index = self.index_of(item)
        if not index.isValid():
            return
        ancestors = []
        at = index
        while at.isValid():
            ancestors.append(at)
            at = at.parent()
        if any(self.tree.isRowHidden(a.row(), a.parent()) for a in ancestors):
            self.search.clear()
        for ancestor in ancestors[1:]:
            self.tree.expand(ancestor)
        self.tree.setCurrentIndex(index)
        self.tree.scrollTo(index)

    def item_for(self, cell: QStandardItem | None) -> GcmItem | None:
        """The principle, objective or action a row shows (a commitment row: its objective)."""
        if cell is None:
            return None
        kind, ref = cell.data(ROLE_KIND), cell.data(ROLE_REF)
        if kind in ("principle", "action", "paragraph", "subitem"):
            return self.gcm.lookup(str(ref))
        if kind in ("objective", "commitment"):
            return self.gcm.objective(int(ref))
        return None

    def current_item(self) -> GcmItem | None:
        index = self.tree.currentIndex().siblingAtColumn(0)
        return self.item_for(self.model.itemFromIndex(index)) if index.isValid() else None

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        item = self.current_item()
        self.detail.setHtml(_detail_html(item, self.gcm) if item is not None else self.tr(
            "<p>The Compact in the order of the resolution: the preamble and vision, the ten "
            "guiding principles (paragraph 15), the cooperative framework, the 23 objectives, "
            "implementation, and follow-up and review. Expand a part to see its paragraphs."
            "</p>"))
        self.currentItemChanged.emit(item)


def _full_text(item: GcmItem) -> str:
    if isinstance(item, Paragraph | SubItem):
        return item.full_text
    if isinstance(item, Principle):
        return f"{item.name}: {item.text}"
    if isinstance(item, Objective):
        return f"{item.title}. {item.commitment}"
    return item.text


def _detail_html(item: GcmItem, gcm: Gcm) -> str:
    esc = html.escape
    parts = [f"<h3>{esc(gcm.cite(item))}</h3>"]
    if isinstance(item, Principle):
        label = fill(translate("GcmBrowser", "Guiding principle: %1"), item.name)
        parts.append(f"<p><b>{esc(label)}</b></p>")
        parts.append(f"<p>{esc(item.text)}</p>")
    elif isinstance(item, Objective):
        parts.append(f"<p><b>{esc(item.title)}</b></p><p>{esc(item.commitment)}</p>")
        refs = ", ".join(a.ref for a in item.actions)
        actions = fill(translate("GcmBrowser", "Actions: %1"), refs)
        parts.append(f"<p>{esc(actions)}</p>")
    elif isinstance(item, Action):
        objective = gcm.objective(item.objective)
        context = fill(translate("GcmBrowser", "Objective %1: %2"),
                       objective.number, elide(objective.title, 120))
        parts.append(f"<p><i>{esc(context)}</i></p>")
        if item.section_heading:
            parts.append(f"<p><b>{esc(item.section_heading)}</b></p>")
        parts.append(f"<p>{esc(item.text)}</p>")
    elif isinstance(item, Paragraph | SubItem):
        part = gcm.part_of(item.paragraph)
        if part is not None:
            where = fill(translate("GcmBrowser", "Part of the Compact: %1"), part.title)
            parts.append(f"<p><i>{esc(where)}</i></p>")
        if isinstance(item, Paragraph) and item.heading:
            parts.append(f"<p><b>{esc(item.heading)}</b></p>")
        if item.full_text:
            parts.append(f"<p>{esc(item.full_text)}</p>")
        if item.source:
            source = fill(translate("GcmBrowser", "Source: %1"), item.source)
            parts.append(f"<p><small>{esc(source)}</small></p>")
    note = unverified_note(item)
    if note:
        parts.append(f"<p>⚠ <b>{esc(note)}</b></p>")
    return "".join(parts)
