"""A local SMTP sink on aiosmtpd: captured mail is written as .eml files that the dev mail page reads.

For fault tests it can answer like a troubled server: a recipient whose local part starts with
``tempfail<N>-`` gets 421 for the first N attempts of each message, and ``permfail-`` always gets 550.
"""

from __future__ import annotations

import re
import threading
import uuid
from collections import Counter
from email import message_from_bytes
from pathlib import Path
from typing import Any

from aiosmtpd.controller import Controller

from jobsfez.dev.servers import free_port

_TEMPFAIL = re.compile(r"^tempfail(\d+)-")


class MailHandler:
    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.folder.mkdir(parents=True, exist_ok=True)
        self._tries: Counter[str] = Counter()
        self._lock = threading.Lock()

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        content: bytes = envelope.original_content or envelope.content
        message_id = str(message_from_bytes(content).get("Message-ID", ""))
        for recipient in envelope.rcpt_tos:
            local = recipient.split("@", 1)[0].lower()
            if local.startswith("permfail-"):
                return "550 5.1.1 mailbox unavailable"
            if match := _TEMPFAIL.match(local):
                with self._lock:
                    self._tries[message_id] += 1
                    tries = self._tries[message_id]
                if tries <= int(match.group(1)):
                    return "421 4.3.2 try again later"
        name = f"{uuid.uuid4().hex}.eml"
        temporary = self.folder / f".{name}.tmp"
        temporary.write_bytes(content)
        temporary.rename(self.folder / name)  # readers never see half a message
        return "250 OK"


class MailSink:
    def __init__(self, folder: Path, *, port: int | None = None) -> None:
        self.folder = folder
        self.controller = Controller(MailHandler(folder), hostname="127.0.0.1", port=port or free_port())

    @property
    def port(self) -> int:
        return int(self.controller.port)

    @property
    def url(self) -> str:
        return f"smtp://127.0.0.1:{self.port}"

    def start(self) -> MailSink:
        self.controller.start()
        return self

    def stop(self) -> None:
        self.controller.stop()

    def messages(self) -> list[bytes]:
        return [path.read_bytes() for path in sorted(self.folder.glob("*.eml"))]

    def clear(self) -> None:
        for path in self.folder.glob("*.eml"):
            path.unlink(missing_ok=True)
