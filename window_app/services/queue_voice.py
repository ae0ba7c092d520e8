"""The spoken call (语音叫号): 请A001号到3号窗口办理, in Mandarin and optionally in Cantonese.

Speech comes from espeak-ng (Debian package `espeak-ng`): Mandarin through its
`cmn-latn-pinyin` voice fed with tone-numbered pinyin from pypinyin (Debian 12's `cmn` voice
misreads characters), Cantonese through `yue` with the characters. Each language is one
22.05 kHz mono 16-bit WAV; `announcement_wav` joins them with a short pause.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
import wave
from pathlib import Path

from ..core.queue import QueueError, spoken_chinese, spoken_pinyin

MANDARIN_VOICE = "cmn-latn-pinyin"
CANTONESE_VOICE = "yue"
SPEED = 150  # words a minute: slower than espeak's 175, for a hall
PAUSE_SECONDS = 0.6


def engine() -> str:
    path = shutil.which("espeak-ng")
    if path is None:
        raise QueueError(
            "未安装语音引擎espeak-ng（Debian：apt-get install espeak-ng）",
            english="The speech engine espeak-ng is not installed (Debian: apt-get install espeak-ng).",
        )
    return path


def _speak(voice: str, text: str, out: Path) -> None:
    result = subprocess.run(
        [engine(), "-v", voice, "-s", str(SPEED), "-w", str(out), text],
        capture_output=True, timeout=60, check=False,
    )  # fmt: skip
    if result.returncode != 0 or not out.exists():
        raise QueueError(
            f"语音合成失败（{voice}）：{result.stderr.decode(errors='replace')[:200]}",
            english=f"Speech synthesis failed ({voice}).",
        )


def announcement_wav(ticket: str, window: str, out: Path, *, cantonese: bool = False) -> float:
    """Write the call to `out` (WAV); returns its length in seconds."""
    out = Path(out)
    with tempfile.TemporaryDirectory(prefix="window-app-voice-") as tmp:
        parts = [Path(tmp) / "cmn.wav"]
        _speak(MANDARIN_VOICE, spoken_pinyin(ticket, window), parts[0])
        if cantonese:
            parts.append(Path(tmp) / "yue.wav")
            _speak(CANTONESE_VOICE, spoken_chinese(ticket, window), parts[1])
        frames, params = [], None
        for part in parts:
            with wave.open(str(part), "rb") as w:
                params = w.getparams()
                frames.append(w.readframes(w.getnframes()))
        assert params is not None
        silence = b"\0" * (
            int(params.framerate * PAUSE_SECONDS) * params.sampwidth * params.nchannels
        )
        try:
            with wave.open(str(out), "wb") as w:
                w.setnchannels(params.nchannels)
                w.setsampwidth(params.sampwidth)
                w.setframerate(params.framerate)
                w.writeframes(silence.join(frames))
        except OSError as exc:
            raise QueueError(
                f"无法写入文件：{out}", english=f"Cannot write the file {out}."
            ) from exc
        total = sum(len(f) for f in frames) + len(silence) * (len(frames) - 1)
        return total / (params.framerate * params.sampwidth * params.nchannels)


def speak(ticket: str, window: str, *, cantonese: bool = False) -> None:
    """Say the call on the sound card, Mandarin then Cantonese; returns when it was said (the
    hall display runs this in its one voice thread, so calls never talk over each other)."""
    _play(MANDARIN_VOICE, spoken_pinyin(ticket, window))
    if cantonese:
        _play(CANTONESE_VOICE, spoken_chinese(ticket, window))


def _play(voice: str, text: str) -> None:
    result = subprocess.run([engine(), "-v", voice, "-s", str(SPEED), text],
                            capture_output=True, timeout=60, check=False)  # fmt: skip
    if result.returncode != 0:
        raise QueueError(
            f"语音播放失败（{voice}）：{result.stderr.decode(errors='replace')[:200]}",
            english=f"The speech could not be played ({voice}).",
        )
