"""Every DomainError the application raises carries an English sentence for the English UI.

The source of `window_app` is scanned with `ast`, so a new `raise SomeError("中文")` without a
proper `english=` fails here. A site is any call of a DomainError subclass (or of a small factory
function that forwards its arguments into one, such as `registration.field_error`). Its English must be
there, must not be the Chinese expression, and its literal parts must contain no CJK characters
nor pull in Chinese text (`exc.message`, `*_ZH` labels).

The command-line interface (`window_app/cli`) prints the Chinese and is left out on purpose.
"""

from __future__ import annotations

import ast
import re
from dataclasses import dataclass
from pathlib import Path

import pytest

import window_app
from window_app.core.errors import DomainError
from window_app.storage import errors as storage_errors

PACKAGE = Path(window_app.__file__).parent
SCANNED = ("core", "services", "storage", "ui")
CJK = re.compile(r"[\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]")
BASE_PARAMS = ("message", "english")  # DomainError(message, *, english=..., field=...)


def _modules(dirs: tuple[str, ...] = SCANNED) -> list[tuple[Path, ast.Module]]:
    out = []
    for sub in dirs:
        for path in sorted((PACKAGE / sub).rglob("*.py")):
            if "generated" in path.parts or "migrations" in path.parts:
                continue
            out.append((path, ast.parse(path.read_text(encoding="utf-8"), str(path))))
    return out


def _name(func: ast.expr) -> str | None:
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return None


def _params(fn: ast.FunctionDef) -> list[str]:
    args = fn.args
    return [a.arg for a in args.posonlyargs + args.args + args.kwonlyargs if a.arg != "self"]


def _positional(fn: ast.FunctionDef) -> list[str]:
    return [a.arg for a in fn.args.posonlyargs + fn.args.args if a.arg != "self"]


@dataclass
class Signature:
    positional: list[str]  # parameter names that may be passed by position
    message: str | None  # parameter carrying the Chinese text (None: built inside)
    english: str | None  # parameter carrying the English text (None: built inside)


def _domain_classes(modules) -> dict[str, Signature]:
    """Every DomainError subclass (by class name) with the parameters of its constructor."""
    classes: dict[str, ast.ClassDef] = {}
    for _, tree in modules:
        for node in ast.walk(tree):
            if isinstance(node, ast.ClassDef):
                classes[node.name] = node
    domain = {"DomainError"}
    changed = True
    while changed:
        changed = False
        for name, node in classes.items():
            if name not in domain and any(_name(b) in domain for b in node.bases):
                domain.add(name)
                changed = True

    def signature(name: str) -> Signature:
        if name == "DomainError":
            return Signature(["message"], "message", "english")
        node = classes[name]
        for item in node.body:
            if isinstance(item, ast.FunctionDef) and item.name == "__init__":
                params = _params(item)
                return Signature(
                    _positional(item),
                    "message" if "message" in params else None,
                    "english" if "english" in params else None,
                )
        base = next(_name(b) for b in node.bases if _name(b) in domain)
        return signature(base)

    return {name: signature(name) for name in domain}


def _bind(call: ast.Call, sig: Signature) -> dict[str, ast.expr]:
    bound = dict(zip(sig.positional, call.args, strict=False))
    bound.update({k.arg: k.value for k in call.keywords if k.arg})
    return bound


def _factories(modules, classes: dict[str, Signature]) -> dict[str, Signature]:
    """Module-level functions that build a DomainError from their own `message`/`english`."""
    out: dict[str, Signature] = {}
    for _, tree in modules:
        for fn in tree.body:
            if not isinstance(fn, ast.FunctionDef):
                continue
            params = _params(fn)
            for node in ast.walk(fn):
                if isinstance(node, ast.Call) and _name(node.func) in classes:
                    sig = classes[_name(node.func)]
                    bound = _bind(node, sig)
                    msg, eng = bound.get(sig.message or ""), bound.get(sig.english or "")
                    if (
                        isinstance(msg, ast.Name)
                        and isinstance(eng, ast.Name)
                        and eng.id in params
                        and msg.id in params
                    ):
                        out[fn.name] = Signature(_positional(fn), msg.id, eng.id)
    return out


@dataclass
class Site:
    where: str
    message: ast.expr | None
    english: ast.expr | None


def _sites() -> list[Site]:
    every = _modules(SCANNED + ("cli",))  # classes may be declared anywhere
    classes = _domain_classes(every)
    modules = _modules()
    factories = _factories(modules, classes)
    callables = {**classes, **factories}
    sites: list[Site] = []
    for path, tree in modules:
        rel = path.relative_to(PACKAGE.parent)
        # a class's own __init__ building its message is a site; forwarding parameters is not
        parents: dict[ast.AST, ast.AST] = {}
        for node in ast.walk(tree):
            for child in ast.iter_child_nodes(node):
                parents[child] = node
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            name = _name(node.func)
            if (
                name == "__init__"
                and isinstance(node.func, ast.Attribute)
                and isinstance(node.func.value, ast.Call)
                and _name(node.func.value.func) == "super"
            ):
                sig = classes["DomainError"]
                owner = node
                while owner in parents and not isinstance(owner, ast.ClassDef):
                    owner = parents[owner]
                if not isinstance(owner, ast.ClassDef) or owner.name not in classes:
                    continue
                if owner.name == "DomainError":
                    continue  # the base class itself (english defaults there)
            elif name in callables:
                sig = callables[name]
            else:
                continue
            if sig.english is None:
                continue  # the class builds both texts itself (checked at its super().__init__)
            bound = _bind(node, sig)
            message, english = bound.get(sig.message or ""), bound.get(sig.english)
            fn = node
            while fn in parents and not isinstance(fn, ast.FunctionDef):
                fn = parents[fn]
            if (
                isinstance(english, ast.Name)
                and isinstance(fn, ast.FunctionDef)
                and english.id in _params(fn)
                and (fn.name == "__init__" or fn.name in factories)
            ):
                continue  # forwarded: the caller of the constructor/factory is the site
            sites.append(Site(f"{rel}:{node.lineno}", message, english))
    return sites


def _literal_text(expr: ast.expr) -> str:
    return " ".join(
        n.value for n in ast.walk(expr) if isinstance(n, ast.Constant) and isinstance(n.value, str)
    )


def _problems(site: Site) -> list[str]:
    english = site.english
    if english is None:
        return ["no english="]
    problems = []
    literal = ast.JoinedStr | ast.Constant | ast.BinOp | ast.IfExp | ast.Call
    forwarded = isinstance(english, ast.Attribute) and english.attr == "english"
    if not isinstance(english, literal) and not forwarded:
        problems.append(f"english= must be a string literal, not {ast.dump(english)[:60]}")
    text = _literal_text(english)
    if not text.strip() and not isinstance(english, ast.Attribute):
        problems.append("english= has no text")
    if CJK.search(text):
        problems.append(f"CJK in english: {text!r}")
    if site.message is not None and ast.dump(site.message) == ast.dump(english):
        problems.append("english= repeats the Chinese")
    for node in ast.walk(english):
        if isinstance(node, ast.Attribute) and node.attr == "message":
            problems.append("english= interpolates the Chinese .message")
        if isinstance(node, ast.Name | ast.Attribute) and (_name(node) or "").endswith("_ZH"):
            problems.append("english= interpolates a Chinese label")
    if text.strip() and not re.search(r"[A-Za-z]{3}", text):
        problems.append(f"english= is not a sentence: {text!r}")
    return problems


def test_the_scan_finds_the_raise_sites():
    sites = _sites()
    where = {s.where.split(":")[0] for s in sites}
    assert len(sites) > 150  # a broken scanner would find nothing and pass vacuously
    assert "window_app/services/registration.py" in where
    assert "window_app/core/uscc.py" in where


def test_every_domain_error_has_english():
    bad = [f"{s.where}: {p}" for s in _sites() for p in _problems(s)]
    assert not bad, "\n".join(bad)


def test_problems_are_detected():
    def site(src: str) -> Site:
        call = ast.parse(src, mode="eval").body
        return Site("x", call.args[0], next((k.value for k in call.keywords), None))

    assert _problems(site('E("名称为空")'))
    assert _problems(site('E("名称为空", english="名称为空")'))
    assert _problems(site("E(m, english=m)"))
    assert _problems(site('E("x", english=f"bad: {exc.message}")'))
    assert not _problems(site('E("名称为空", english="The name is empty.")'))


@pytest.mark.parametrize("rule", storage_errors._RULES, ids=lambda r: r[0].__name__)
def test_storage_errors_translate_to_english(rule):
    cls, chinese, needles, _states, _english = rule
    error = storage_errors.translate(Exception(needles[0]))
    assert isinstance(error, cls) and isinstance(error, DomainError)
    assert error.message == chinese
    assert error.english != error.message and not CJK.search(error.english)
    assert error.english.endswith(".")


if __name__ == "__main__":  # list the sites and their problems while fixing them
    for s in _sites():
        for p in _problems(s):
            print(f"{s.where}: {p}")
