"""A local SMTP sink on aiosmtpd: captured mail is written as .eml files that the dev mail page reads.

For fault tests it can answer like a troubled server: a recipient whose local part starts with
``tempfail<N>-`` gets 421 for the first N attempts of each message, and ``permfail-`` always gets 550.
Benchmarks pass ``on_accept`` to learn when each Message-ID arrived.
"""

from __future__ import annotations

import re
import threading
import time
import uuid
from collections import Counter
from collections.abc import Callable
from email.parser import BytesHeaderParser
from pathlib import Path
from typing import Any

from aiosmtpd.controller import Controller

from jobsfez.dev.servers import free_port

_TEMPFAIL = re.compile(r"^tempfail(\d+)-")


# Called with (Message-ID, time.time()) once a message is stored, just before the sink answers 250.
AcceptHook = Callable[[str, float], None]


class MailHandler:
    def __init__(self, folder: Path, *, on_accept: AcceptHook | None = None) -> None:
        self.folder = folder
        self.folder.mkdir(parents=True, exist_ok=True)
        self.on_accept = on_accept
        self._tries: Counter[str] = Counter()
        self._lock = threading.Lock()

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        content: bytes = envelope.original_content or envelope.content
        message_id = str(BytesHeaderParser().parsebytes(content).get("Message-ID", ""))
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
        if self.on_accept is not None:
            self.on_accept(message_id, time.time())
        return "250 OK"


class MailSink:
    def __init__(self, folder: Path, *, port: int | None = None, on_accept: AcceptHook | None = None) -> None:
        self.folder = folder
        self.controller = Controller(
            MailHandler(folder, on_accept=on_accept), hostname="127.0.0.1", port=port or free_port()
        )

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

    def message_ids(self) -> list[str]:
        """The Message-ID of every captured message, one entry per stored copy (so duplicates show)."""
        parser = BytesHeaderParser()
        return [str(parser.parsebytes(path.read_bytes()).get("Message-ID", "")) for path in self.folder.glob("*.eml")]

    def clear(self) -> None:
        for path in self.folder.glob("*.eml"):
            path.unlink(missing_ok=True)
