"""A bare PySide6 window: create, show, quit at first paint. Baseline for startup.py."""

import json
import os
import sys
import time

_T0 = time.perf_counter()


def _age() -> float:
    try:
        with open("/proc/self/stat", encoding="ascii") as fh:
            start = int(fh.read().rsplit(")", 1)[1].split()[19])
        with open("/proc/uptime", encoding="ascii") as fh:
            uptime = float(fh.read().split()[0])
        return uptime - start / os.sysconf("SC_CLK_TCK")
    except OSError:
        return 0.0


_BASE = _age()

from PySide6.QtCore import QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402


class Window(QWidget):
    painted = False

    def paintEvent(self, event):
        super().paintEvent(event)
        if not self.painted:
            self.painted = True
            ms = (_BASE + time.perf_counter() - _T0) * 1000
            print(json.dumps({"first_paint_ms": round(ms, 1), "ready_ms": round(ms, 1)}),
                  flush=True)
            QTimer.singleShot(0, self.close)


app = QApplication(sys.argv[:1])
w = Window()
w.resize(1100, 720)
w.show()
sys.exit(app.exec())
