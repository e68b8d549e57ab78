"""Walk every window and dialog Desk has, in the states a user sees.

Used by the accessibility audit, the tab-order check, the runtime translation
audit (tests/i18n) and the layout probe (a subprocess, so no pytest here).

:func:`walk` builds the main window on a real (temporary) store with every
area's wiring installed, shows each area, opens every dialog through the same
entry point the user has (menu action, button), and finally constructs every
other ``QDialog`` subclass in ``desk.ui`` that takes ``(ctx, parent)``. Dialog
classes it cannot reach are reported in :attr:`Walk.unreached`, so a new dialog
without an entry here makes the audit fail instead of slipping through.
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QDialog, QWidget

Wait = Callable[[Callable[[], bool], int], None]


@dataclass
class Screen:
    name: str
    widget: QWidget


@dataclass
class Walk:
    ctx: Any
    wait: Wait
    window: Any = None
    sync: Any = None
    seen_dialogs: set[type] = field(default_factory=set)
    unreached: list[str] = field(default_factory=list)

    # -- set-up -----------------------------------------------------------------------------
    def build(self, size: tuple[int, int] | None = (1100, 720)) -> Any:
        """The main window at *size*, or (None) at the size Desk itself picks on this screen."""
        from desk.ui import fit, main_window
        from desk.ui.sync import controller

        if size is None:
            fit.install()  # as the bootstrap does: every window fits its screen
        window = main_window.MainWindow(self.ctx)
        self.window = window
        if self.ctx.store is not None:
            window.mark_profile(self.ctx.store)
        from desk.ui.cases import install

        install(window, self.ctx)
        saved, controller.START_DELAY_MS = controller.START_DELAY_MS, 3_600_000
        try:
            self.sync = controller.SyncController(self.ctx, window)
        finally:
            controller.START_DELAY_MS = saved
        self.sync.periodic.stop()
        if size is None:
            window.restore_geometry()
        else:
            window.resize(*size)
        window.show()
        self.settle()
        return window

    def settle(self, timeout: int = 60_000) -> None:
        """Wait until no background job runs and its results have been delivered."""
        worker = self.ctx.worker
        try:
            self.wait(lambda: worker.pool.activeThreadCount() == 0 and not worker._jobs, timeout)
        except TimeoutError as exc:
            running = sorted(job.title or "?" for job in worker._jobs)
            raise TimeoutError(f"{exc}; still running: {running}, "
                               f"threads: {worker.pool.activeThreadCount()}") from None
        QCoreApplication.processEvents()

    def close_dialogs(self) -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QDialog) and widget.isVisible():
                widget.reject()
        QCoreApplication.processEvents()

    def _new_top_level(self, before: set[int], kind: type = QDialog) -> QWidget | None:
        for widget in QApplication.topLevelWidgets():
            if id(widget) not in before and isinstance(widget, kind) and widget.isVisible():
                return widget
        return None

    def _open(self, name: str, opener: Callable[[], Any]) -> Iterator[Screen]:
        before = {id(w) for w in QApplication.topLevelWidgets() if w.isVisible()}
        result = opener()
        dialog = result if isinstance(result, QDialog) else None
        self.wait(lambda: (dialog or self._new_top_level(before)) is not None, 5000)
        dialog = dialog or self._new_top_level(before)
        assert dialog is not None, f"{name}: no dialog opened"
        self.wait(dialog.isVisible, 5000)
        self.settle()
        self.seen_dialogs.add(type(dialog))
        yield Screen(name, dialog)
        dialog.reject()
        QCoreApplication.processEvents()

    # -- the walk -----------------------------------------------------------------------------
    def screens(self) -> Iterator[Screen]:
        window = self.window
        for key in window.area_keys():
            page = window.show_area(key)
            self.wait(page.isVisible, 5000)
            if key == "guides":
                self.wait(lambda p=page: getattr(p, "library", None) is not None, 15_000)
            if key == "referrals":
                self.wait(lambda p=page: getattr(p, "is_loaded", True), 15_000)
            self.settle()
            yield Screen(f"main window: {key}", window)
            if key == "guides":
                yield from self._guide_states(page)
            if key == "referrals":
                yield from self._referral_dialogs(page)
        window.show_area(window.area_keys()[0])
        yield from self._open("settings", window.show_settings)
        yield from self._open("about", window.show_about)
        yield from self._open("manual", window.show_manual)
        yield from self._open("first run", self._first_run)
        yield from self._open("first run, name needed", self._name_needed)
        yield from self._open("quick log", lambda: window.case_log.open_quick_log())
        yield from self._open("quick log, errors shown", self._quick_log_with_errors)
        yield from self._open("enrollment", self.sync.show_enroll_dialog)
        yield from self._other_dialogs()

    def _first_run(self) -> Any:
        from desk.ui.first_run import FirstRunDialog

        dialog = FirstRunDialog(self.ctx, self.window, enroll=self.sync.show_enroll_dialog)
        dialog.show()
        return dialog

    def _name_needed(self) -> Any:
        from desk.ui.first_run import FirstRunDialog

        dialog = FirstRunDialog(self.ctx, self.window, reason=QCoreApplication.translate(
            "ReferralsPage", "Een doorverwijzing vermeldt wie ze maakte. Vul uw korte naam "
            "in: Desk onthoudt ze voor de volgende keer."))
        dialog.open()
        return dialog

    def _quick_log_with_errors(self) -> Any:
        """The quick log after Enter on a half-filled form: every error message showing."""
        dialog = self.window.case_log.open_quick_log()
        assert dialog is not None
        dialog.date.setText("99-99-2026")
        dialog.accept()  # refused: the errors appear under their fields
        return dialog

    def _guide_states(self, page: Any) -> Iterator[Screen]:
        library = page.library
        if library is None or not library.guides:
            return
        ids = sorted(library.guides)
        guide = library.get("itsme-activeren" if "itsme-activeren" in ids else ids[0])
        page.open_guide(guide)
        runner = page.runner
        self.settle()
        yield Screen("guide runner: before start", self.window)
        runner.start()
        yield Screen("guide runner: step", self.window)
        yield from self._open("handout print preview", runner.print_handout)
        runner.view_button.click()  # as staff show it: beside the steps on one screen
        view = runner.citizen_view
        assert view is not None
        self.wait(view.isVisible, 5000)
        self.settle()
        yield Screen("citizen view", view if view.isWindow() else self.window)
        runner.view_button.click()
        yield from self._open("guide report", runner.report_step)
        runner.step_panel.end_button.click()
        yield Screen("guide runner: outcome", self.window)
        runner.outcome_panel.confirm.click()
        self.settle()
        yield Screen("guide runner: ended", self.window)
        self.close_dialogs()  # the automatic quick log after a guide
        first = guide.step(guide.start)
        answers = first.question.answers if first is not None and first.question else ()
        ending = next((n for n, a in enumerate(answers)
                       if a.target.kind == "end" and a.target.value == "not_possible"), None)
        if ending is not None:  # "niet mogelijk": the end that offers a referral
            page.open_guide(guide)
            runner.start()
            runner.answer(ending)
            self.settle()
            yield Screen("guide runner: ended, not possible", self.window)
            self.close_dialogs()
        page.show_library()

    def _referral_dialogs(self, page: Any) -> Iterator[Screen]:
        if not hasattr(page, "new_referral"):
            return
        yield from self._open("referral form", page.new_referral)
        if page.directory is None or page.repo is None:
            return
        import dataclasses

        base = page.repo.new(office="kortrijk-stadhuis", staff="Elke")
        referral = dataclasses.replace(
            base, municipality="kortrijk", needs=("smartphone",), barriers=("no_device",),
            service_id=page.directory.services[0].id)
        sent = page.repo.submit(referral, by="Elke")
        page.refresh()
        page.select(sent.id)
        self.settle()
        yield Screen("main window: referrals, one selected", self.window)
        yield from self._open("referral letter", page.letter_dialog)
        yield from self._open("referral status", page.change_status_dialog)

    def _other_dialogs(self) -> Iterator[Screen]:
        """Every other QDialog in desk.ui, built with (ctx, parent) or a known recipe."""
        recipes: dict[str, Callable[[], QDialog]] = {
            "StatusDialog": lambda: _construct("desk.ui.referrals.status_dialog",
                                               "StatusDialog", "sent", self.window),
            "FieldChoiceDialog": lambda: _construct(
                "desk.ui.sync.issues_dialog", "FieldChoiceDialog",
                {"notes": ("mijn tekst", "hun tekst"), "duration_min": (10, 15)}, self.window),
        }
        for cls in dialog_classes():
            if cls in self.seen_dialogs:
                continue
            make = recipes.get(cls.__name__)
            if make is None and _takes_ctx_parent(cls):
                def make(cls: type = cls) -> QDialog:
                    return cls(self.ctx, self.window)  # type: ignore[no-any-return]
            if make is None:
                self.unreached.append(f"{cls.__module__}.{cls.__qualname__}")
                continue

            def opener(make: Callable[[], QDialog] = make) -> QDialog:
                dialog = make()
                dialog.open()
                return dialog

            yield from self._open(cls.__name__, opener)


def _construct(module: str, name: str, *args: Any) -> QDialog:
    cls = getattr(importlib.import_module(module), name)
    return cls(*args)  # type: ignore[no-any-return]


def _takes_ctx_parent(cls: type) -> bool:
    try:
        params = list(inspect.signature(cls.__init__).parameters.values())[1:]
    except (TypeError, ValueError):
        return False
    required = [p for p in params if p.default is inspect.Parameter.empty
                and p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD, p.KEYWORD_ONLY)]
    return [p.name for p in required] == ["ctx"] and len(params) >= 2


def dialog_classes() -> list[type]:
    """Every QDialog subclass defined in desk.ui (importing all its modules)."""
    import desk.ui

    for info in pkgutil.walk_packages(desk.ui.__path__, "desk.ui."):
        importlib.import_module(info.name)
    found: list[type] = []
    todo = list(QDialog.__subclasses__())
    while todo:
        cls = todo.pop()
        todo.extend(cls.__subclasses__())
        if cls.__module__.startswith("desk.ui.") and cls not in found:
            found.append(cls)
    return sorted(found, key=lambda c: (c.__module__, c.__qualname__))


def make_context(settings_path: str, *, demo_cases: int = 0) -> Any:
    """An AppContext on a freshly opened store in DESK_HOME, as the bootstrap makes it.

    With *demo_cases*, the store is a training profile filled with that many generated
    contacts (``desk demo-data``), so lists, statistics and charts have content.
    """
    import dataclasses

    from PySide6.QtCore import QSettings

    from desk.config import load_config
    from desk.store.store import open_store
    from desk.ui.context import AppContext
    from desk.ui.errors import ErrorDisplay
    from desk.ui.worker import Worker

    errors = ErrorDisplay()
    errors.interactive = False
    worker = Worker(errors=errors)
    settings = QSettings(settings_path, QSettings.Format.IniFormat)
    config = dataclasses.replace(load_config(), staff_name="Elke", office="kortrijk-stadhuis")
    ctx = AppContext(config, worker, errors, settings)
    store = open_store()
    if demo_cases:
        from desk.app.demo import fill

        fill(store, demo_cases, seed=13, topics=config.topics, now=ctx.clock.now())
    ctx.set_store(store)
    return ctx


def close_context(ctx: Any) -> None:
    ctx.worker.shutdown()
    if ctx.store is not None:
        ctx.store.close()
