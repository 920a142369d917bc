"""The objection step: LinkedIn's Data Processing Objection form in the embedded view,
what to choose, a suggested text to copy, and LinkedIn's confirmation kept as proof.

The wizard never fills the form in or sends it: a legal request is the member's own
act. It reads only the page's own words (resources/formread.js), never what the
member typed. A confirmation is recorded as "Sent" with its date, case number and a
picture; it is never a setting, and never Off.
"""

from __future__ import annotations

from datetime import UTC, datetime
from html import escape
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QWidget

from wizard.gui.announce import announce
from wizard.gui.context import WizardContext
from wizard.gui.screen import Screen, short_screen
from wizard.gui.style import Tone
from wizard.gui.widgets import Details, Message, Thumbnail
from wizard.reading.objection import FormReading, FormState, Objection

PICTURE_NAME = "objection-confirmation.png"


class ObjectionScreen(Screen):
    def __init__(self, ctx: WizardContext) -> None:
        super().__init__(ctx, expanding=True)
        form = ctx.catalog.objection
        assert form is not None, "the step is offered only when the catalog knows the form"
        self.form = form
        self.setTitle(self.tr("Object to LinkedIn's other uses of your data for AI"))
        self.setSubTitle(
            self.tr(
                "Optional. LinkedIn decides; it answers by e-mail. You send it, not the wizard."
            )
        )
        explanation = self.tr(
            "The switch covered only AI that creates content. LinkedIn also uses members' "
            "data for other AI: to choose what you see, to moderate, and in models that do "
            "not create content. Its form below lets you object to that. Where it asks what "
            "you object to, choose “{topic}”; for the text, copy the wizard's suggestion and "
            "change it as you like. Then press the form's own button to send it. The wizard "
            "never fills it in or sends it for you."
        ).format(topic=form.topic_in(ctx.lang))
        self.explanation = QLabel(explanation)
        self.explanation.setWordWrap(True)
        self.explanation.setAccessibleName(self.tr("What to do"))
        self.why = Details(self.tr("What to &do"), self.tr("Show what to do"), self)
        self.why.set_text(explanation)
        self.why.hide()

        self.suggestion = QPlainTextEdit(form.suggestion(ctx.lang))
        self.suggestion.setAccessibleName(self.tr("Suggested text"))
        self.suggestion.setAccessibleDescription(
            self.tr("A text you may copy into the form and change as you like.")
        )
        self.suggestion.setTabChangesFocus(True)
        lines = self.suggestion.fontMetrics().lineSpacing()
        self.suggestion.setFixedHeight(lines * 5 + 16)
        self.copy_button = QPushButton(self.tr("Cop&y the text"))
        self.copy_button.setAccessibleName(self.tr("Copy the suggested text"))
        self.copy_button.clicked.connect(self.copy_text)
        self.copied = QLabel()
        self.copied.setWordWrap(True)
        self.copied.setAccessibleName(self.tr("Copied"))
        self.again_button = QPushButton(self.tr("&Open the form again"))
        self.again_button.setAccessibleName(self.tr("Open the form again"))
        self.again_button.clicked.connect(self.open_form)
        buttons = QHBoxLayout()
        buttons.addWidget(self.copy_button)
        buttons.addWidget(self.again_button)
        buttons.addStretch()

        self.strip = Message(self.tr("The form"))
        self.picture = Thumbnail(self.tr("Picture of LinkedIn's confirmation"))

        self.body.addWidget(self.explanation)
        self.body.addWidget(self.why)
        self.body.addWidget(self.suggestion)
        self.body.addLayout(buttons)
        self.body.addWidget(self.copied)
        self.body.addWidget(self.strip)
        self.body.addWidget(self.picture, 0, Qt.AlignmentFlag.AlignLeft)
        self.reading = FormReading(FormState.LOADING)
        self._loaded_at = 0.0
        self._picture: PictureWhenDrawn | None = None

    # Entering and leaving

    def enter(self) -> None:
        pane = self.ctx.pane()
        pane.bridge.formChanged.connect(self._read)
        pane.problem.connect(self._failed)
        short = short_screen(self)
        self.explanation.setVisible(not short)
        self.why.setVisible(short)
        pane.watch(None)  # no switch on this page
        pane.bridge.watch_form(self._spec())
        if self.ctx.record.objection is None:
            self.open_form()
            self.take_pane()
        else:
            # Sent already (Back, then Next): the proof stands; the form is not shown
            # again, so nothing is sent twice by mistake.
            self._show_sent(self.ctx.record.objection)
            self.picture.show_file(self.ctx.record.objection.evidence)
            self.again_button.hide()
            if self.body.indexOf(pane) >= 0:
                pane.hide()

    def leave(self) -> None:
        pane = self.ctx.pane()
        pane.bridge.formChanged.disconnect(self._read)
        pane.problem.disconnect(self._failed)
        pane.bridge.watch_form(None)

    def _failed(self, why: str) -> None:
        """The form's page did not load: said here too, not only in the page's place."""
        if self.sent():
            return
        self.reading = FormReading(FormState.OTHER)
        self.strip.say(
            self.tr(
                "LinkedIn's form could not be opened: {why} Press Retry in the page, or "
                "“Open the form again”. Nothing was sent."
            ).format(why=why),
            Tone.WARN,
        )
        self.completeChanged.emit()

    def _spec(self) -> dict:
        return {**self.form.spec(), "signedOutPaths": list(self.ctx.catalog.pages.signed_out_paths)}

    def open_form(self) -> None:
        pane = self.ctx.pane()
        self.reading = FormReading(FormState.LOADING)
        self.picture.show_file(None)  # another account's proof is not this one's
        self.again_button.show()
        self.strip.say(self.tr("Opening LinkedIn's form…"))
        pane.load(self.ctx.site.url(self.form.path))
        self._loaded_at = pane.load_requested_at
        self.completeChanged.emit()

    def copy_text(self) -> None:
        """The suggestion, as it stands in the box (the member may have changed it)."""
        QGuiApplication.clipboard().setText(self.suggestion.toPlainText())
        words = self.tr(
            "Copied. Click into the form's text box below and paste it (Ctrl+V), then "
            "change it as you like."
        )
        self.copied.setText(words)
        announce(self.copy_button, words)

    # What the page shows

    def _read(self, raw: dict) -> None:
        if self.ctx.record.objection is not None:
            return  # one request a run: what the page does next changes nothing of it
        reading = FormReading.parse(raw)
        if reading.doc_start and reading.doc_start < self._loaded_at - 1000:
            return  # the page being left, answering late
        if reading == self.reading:
            return
        self.reading = reading
        if reading.state is FormState.SENT:
            self._sent(reading)
            return
        text, tone = self._words(reading)
        self.strip.say(text, tone)
        if reading.state in (FormState.UNAVAILABLE, FormState.SIGNED_OUT):
            announce(self.strip, self.strip.text(), assertive=True)
        self.completeChanged.emit()

    def _words(self, reading: FormReading) -> tuple[str, Tone]:
        state = reading.state
        if state is FormState.FORM and reading.invalid:
            return (
                self.tr(
                    "LinkedIn's form shows what to correct: the marked fields in the page. "
                    "Nothing has been sent yet."
                ),
                Tone.WARN,
            )
        if state is FormState.FORM:
            return (
                self.tr(
                    "Fill in the form below and press its button to send it. The wizard "
                    "notices LinkedIn's confirmation and keeps a picture of it."
                ),
                Tone.INFO,
            )
        if state is FormState.BUSY:
            return self.tr("Waiting for LinkedIn's answer…"), Tone.INFO
        if state is FormState.UNAVAILABLE:
            return (
                self.tr(
                    "LinkedIn does not offer this form in your region, so nothing can be sent "
                    "here. Nothing was sent, and nothing else is needed on this step: press "
                    "Next."
                ),
                Tone.WARN,
            )
        if state is FormState.SIGNED_OUT:
            return (
                self.tr(
                    "LinkedIn signed you out before the form was sent: nothing was sent. Sign "
                    "in again in the page below; LinkedIn brings you back to the form, and "
                    "you send it again (copy the text again if you need it)."
                ),
                Tone.WARN,
            )
        if state is FormState.LOADING:
            return self.tr("Opening LinkedIn's form…"), Tone.INFO
        return (
            self.tr(
                "This page is not the form. Finish what LinkedIn asks here, or press "
                "“Open the form again”."
            ),
            Tone.INFO,
        )

    def _sent(self, reading: FormReading) -> None:
        """LinkedIn's confirmation: a picture of it, the record, the history."""
        picture = self._take_picture()
        report = self.ctx.record.report
        objection = Objection(
            sent_at=datetime.now(UTC),
            site=self.ctx.site.origin,
            account=report.account if report is not None else None,
            case_number=reading.case_number,
            said=reading.said,
            evidence=picture,
        )
        self.ctx.record.sent(objection)
        problem = None
        history = self.ctx.services.history
        if history is not None:
            try:
                history.keep_objection(objection)
            except OSError as exc:
                problem = self.tr(
                    "It could not be added to the history ({why}); save the report on the "
                    "next screen to keep the proof."
                ).format(why=exc.strerror or exc)
        self._show_sent(objection, problem, picture_missing=picture is None)
        announce(self.strip, self.strip.text(), assertive=True)
        self.completeChanged.emit()

    def _take_picture(self) -> Path | None:
        """The view as drawn now, then again as each new frame of the page arrives
        until it is still: the page's word that the confirmation is there can come
        before the frame that shows it (seen: a first picture of "Sending…")."""
        path = self.ctx.evidence_dir() / PICTURE_NAME
        view = self.ctx.pane().view
        if self._picture is not None:
            self._picture.stop()
        self._picture = PictureWhenDrawn(view, path, self)
        return path if self._picture.take() else None

    def _show_sent(
        self, objection: Objection, problem: str | None = None, picture_missing: bool = False
    ) -> None:
        parts = [
            "<b>" + escape(self.tr("Sent.")) + "</b> " + escape(objection.sentence()),
            escape(objection.next_step()),
        ]
        if picture_missing:
            parts.append(escape(self.tr("A picture of the confirmation could not be taken.")))
        if problem:
            parts.append(escape(problem))
        self.strip.say(" ".join(parts), Tone.WARN if problem else Tone.GOOD)

    # The wizard's questions

    def isComplete(self) -> bool:
        return True  # optional: the member may go on without sending it

    def has_primary_action(self) -> bool:
        """While the form waits for the member, what to do is in the page: Next (which
        passes the step over) is not the button to press until it is sent, or LinkedIn
        does not offer it."""
        return not self.sent() and self.reading.state is not FormState.UNAVAILABLE

    def sent(self) -> bool:
        return self.ctx.record.objection is not None

    def picture_settled(self) -> bool:
        """The picture is kept as the view last drew the page (PictureWhenDrawn)."""
        return self._picture is None or self._picture.settled


class PictureWhenDrawn(QObject):
    """A picture of a view kept up to date with what it draws, until it is still.

    Taken at once, then again after each paint of the view (a new frame of the page)
    until none came for QUIET_MS, or MOST_MS in all: the file then holds the page as
    last drawn. A screen changing its own layout meanwhile is drawn too."""

    QUIET_MS = 400
    MOST_MS = 3000

    def __init__(self, view: QWidget, path: Path, parent: QObject) -> None:
        super().__init__(parent)
        self._view = view
        self._path = path
        self._watched = [w for w in (view, view.focusProxy()) if w is not None]
        self.settled = False
        self._quiet = QTimer(self)
        self._quiet.setSingleShot(True)
        self._quiet.setInterval(self.QUIET_MS)
        self._quiet.timeout.connect(self.stop)
        self._most = QTimer(self)
        self._most.setSingleShot(True)
        self._most.setInterval(self.MOST_MS)
        self._most.timeout.connect(self.stop)

    def take(self) -> bool:
        """The first picture; the rest follow the view's paints."""
        for widget in self._watched:
            widget.installEventFilter(self)
        self._quiet.start()
        self._most.start()
        return self._grab()

    def _grab(self) -> bool:
        pixmap = self._view.grab()
        return not pixmap.isNull() and pixmap.save(str(self._path), "PNG")

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self.settled:
            self._quiet.start()
            QTimer.singleShot(0, self._again)  # once this paint is done
        return False

    def _again(self) -> None:
        if not self.settled:
            self._grab()

    def stop(self) -> None:
        if self.settled:
            return
        self._grab()
        self.settled = True
        self._quiet.stop()
        self._most.stop()
        for widget in self._watched:
            widget.removeEventFilter(self)
