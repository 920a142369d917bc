"""Passkeys and security keys: the app's own dialog for a page's WebAuthn request.

QtWebEngine (Qt 6.7 and later) leaves the WebAuthn user interface to the app
(`QWebEnginePage.webAuthUxRequested`): which account, the key's PIN, "touch your
key", and why it failed. Without this the page's passkey sign-in would wait for
ever. The PIN goes from this dialog to the engine and nowhere else.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWebEngineCore import QWebEngineWebAuthUxRequest
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

State = QWebEngineWebAuthUxRequest.WebAuthUxState
Failure = QWebEngineWebAuthUxRequest.RequestFailureReason


class PasskeyDialog(QDialog):
    def __init__(self, request: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.request = request
        self.setWindowTitle(self.tr("Sign in with a passkey or security key"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("What to do"))
        self.accounts = QListWidget()
        self.accounts.setAccessibleName(self.tr("Accounts on this key"))
        self.pin = QLineEdit()
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setAccessibleName(self.tr("The security key's PIN"))
        self.ok_button = QPushButton(self.tr("&Continue"))
        self.ok_button.setDefault(True)
        self.ok_button.clicked.connect(self._continue)
        self.retry_button = QPushButton(self.tr("&Try again"))
        self.retry_button.clicked.connect(self._retry)
        self.cancel_button = QPushButton(self.tr("&Cancel"))
        self.cancel_button.clicked.connect(self._cancel)
        buttons = QHBoxLayout()
        buttons.addStretch()
        for button in (self.retry_button, self.ok_button, self.cancel_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(self.accounts)
        layout.addWidget(self.pin)
        layout.addLayout(buttons)
        request.stateChanged.connect(self._show_state)
        self._show_state(request.state())

    def _show_state(self, state: object) -> None:
        host = self.request.relyingPartyId()
        self.accounts.hide()
        self.pin.hide()
        self.ok_button.hide()
        self.retry_button.hide()
        self.cancel_button.setText(self.tr("&Cancel"))
        if state == State.SelectAccount:
            self.message.setText(
                self.tr("Choose the account to sign in to {site} with:").format(site=host)
            )
            self.accounts.clear()
            self.accounts.addItems(list(self.request.userNames()))
            self.accounts.setCurrentRow(0)
            self.accounts.show()
            self.ok_button.show()
            self.accounts.setFocus()
        elif state == State.CollectPin:
            asked = self.request.pinRequest()
            left = getattr(asked, "remainingAttempts", -1)
            text = self.tr("Enter your security key's PIN.")
            if getattr(asked, "error", None) is not None and asked.error.name == "WrongPin":
                text = self.tr("That PIN was not right. Tries left: {n}.").format(n=left)
            self.message.setText(text)
            self.pin.clear()
            self.pin.show()
            self.ok_button.show()
            self.pin.setFocus()
        elif state == State.FinishTokenCollection:
            self.message.setText(
                self.tr(
                    "Touch your security key, or confirm with your device's passkey, to sign "
                    "in to {site}."
                ).format(site=host)
            )
            self.cancel_button.setFocus()
        elif state == State.RequestFailed:
            self.message.setText(self.failure_text(self.request.requestFailureReason()))
            self.retry_button.show()
            self.cancel_button.setText(self.tr("&Close"))
        elif state in (State.Cancelled, State.Completed):
            self.accept()

    def failure_text(self, reason: Failure | None) -> str:
        other_ways = self.tr(
            "You can sign in another way on the page instead: your password, or Google or Apple."
        )
        words = {
            Failure.Timeout: self.tr("The passkey or key did not answer in time."),
            Failure.KeyNotRegistered: self.tr("This key is not registered for your account."),
            Failure.SoftPinBlock: self.tr(
                "Too many wrong PINs: take the key out and put it in again."
            ),
            Failure.HardPinBlock: self.tr("The key is locked after too many wrong PINs."),
            Failure.UserConsentDenied: self.tr("The sign-in was not confirmed on the key."),
        }
        said = words.get(reason) if reason is not None else None
        return (said or self.tr("Signing in with a passkey did not work here.")) + (
            " " + other_ways
        )

    def _continue(self) -> None:
        state = self.request.state()
        if state == State.SelectAccount and self.accounts.currentItem() is not None:
            self.request.setSelectedAccount(self.accounts.currentItem().text())
        elif state == State.CollectPin and self.pin.text():
            self.request.setPin(self.pin.text())
            self.pin.clear()

    def _retry(self) -> None:
        self.request.retry()

    def _cancel(self) -> None:
        if self.request.state() not in (State.RequestFailed, State.Cancelled, State.Completed):
            self.request.cancel()
        self.reject()


def answer_webauthn(parent: QWidget, request: Any) -> PasskeyDialog:
    """Connected to a page's webAuthUxRequested: the dialog, opened."""
    dialog = PasskeyDialog(request, parent)
    dialog.open()
    return dialog
