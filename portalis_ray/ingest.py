"""Ingest: list the input files of SRC and read the translatable ones into Ray Data."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from portalis_ray.config import IngestConfig
from portalis_ray.diagnostics import Diagnostic

if TYPE_CHECKING:
    import ray.data


class SourceError(ValueError):
    """SRC does not exist or cannot be listed."""


@dataclass(frozen=True)
class ListedFile:
    """One file found under SRC, with the decision ingest took about it."""

    path: Path  # absolute
    relpath: str  # relative to the SRC root, '/'-separated
    display: str  # how the user names it (SRC as given + relpath), used in diagnostics
    size: int
    status: str  # "read" | "skipped" | "failed"
    reason: str = ""
    diagnostics: tuple[Diagnostic, ...] = ()


@dataclass(frozen=True)
class PathNamer:
    """Names a file under SRC the way the report and diagnostics show it (picklable)."""

    root: str  # absolute directory that relpaths are relative to
    src_arg: str  # SRC as the user typed it
    root_is_file: bool  # SRC named one file, not a directory

    def relpath(self, path: str) -> str:
        """Path relative to the SRC root, '/'-separated."""
        return Path(os.path.relpath(path, self.root)).as_posix()

    def display(self, path: str) -> str:
        """SRC as given joined with the relative path (what the user recognises)."""
        if self.root_is_file:
            return self.src_arg
        rel = self.relpath(path)
        return rel if self.src_arg in ("", ".") else os.path.join(self.src_arg, rel)


@dataclass
class SourceListing:
    """Every file under SRC: the ones to read and the ones decided at listing time."""

    root: Path  # directory that relpaths are relative to
    namer: PathNamer
    files: list[ListedFile] = field(default_factory=list)

    @property
    def to_read(self) -> list[ListedFile]:
        """Files that go through the Ray pipeline."""
        return [f for f in self.files if f.status == "read"]

    @property
    def decided(self) -> list[ListedFile]:
        """Files already skipped or failed at listing time."""
        return [f for f in self.files if f.status != "read"]

    def by_path(self) -> dict[str, ListedFile]:
        """Index by absolute path string (what Ray Data reports back)."""
        return {str(f.path): f for f in self.files}


def _is_virtualenv(path: Path) -> bool:
    return (path / "pyvenv.cfg").is_file()


def _walk(root: Path, cfg: IngestConfig, exclude: list[Path]) -> list[Path]:
    found: list[Path] = []
    skip_names = set(cfg.skip_dirs)
    for dirpath, dirnames, filenames in os.walk(root, followlinks=False):
        here = Path(dirpath)
        # Pruning in place keeps os.walk from descending; hidden dirs hold tooling, not code.
        dirnames[:] = sorted(
            d
            for d in dirnames
            if not d.startswith(".")
            and d not in skip_names
            and not _is_virtualenv(here / d)
            and (here / d).resolve() not in exclude
        )
        found.extend(here / name for name in sorted(filenames) if not name.startswith("."))
    return found


def _decide(path: Path, display: str, cfg: IngestConfig) -> tuple[str, str, int, tuple]:
    try:
        size = path.stat().st_size
    except OSError as err:
        reason = f"cannot read: {err.strerror or err}"
        return "failed", reason, 0, (Diagnostic(display, 1, 1, "unreadable", reason),)
    if path.suffix not in cfg.extensions:
        return "skipped", f"not a Python source ({path.suffix or 'no suffix'})", size, ()
    if size > cfg.max_file_bytes:
        reason = (
            f"file is {size} bytes, over the limit of {cfg.max_file_bytes} (ingest.max_file_bytes)"
        )
        return "failed", reason, size, (Diagnostic(display, 1, 1, "too-large", reason),)
    if not os.access(path, os.R_OK):
        reason = "cannot read: permission denied"
        return "failed", reason, size, (Diagnostic(display, 1, 1, "unreadable", reason),)
    return "read", "", size, ()


def list_sources(
    src: str | Path, cfg: IngestConfig, exclude: list[Path] | None = None
) -> SourceListing:
    """List SRC (a file or a directory walked recursively) and decide what to read."""
    src_arg = str(src)
    path = Path(src).expanduser()
    if not path.exists():
        raise SourceError(f"{src_arg}: no such file or directory")
    excluded = [p.resolve() for p in exclude or []]
    if path.is_file():
        root, candidates = path.resolve().parent, [path.resolve()]
        root_is_file = True
    elif path.is_dir():
        root, root_is_file = path.resolve(), False
        try:
            candidates = [p.absolute() for p in _walk(root, cfg, excluded)]
        except OSError as err:
            raise SourceError(f"{src_arg}: cannot list: {err.strerror or err}") from None
    else:
        raise SourceError(f"{src_arg}: not a regular file or directory")
    namer = PathNamer(str(root), src_arg, root_is_file)
    listing = SourceListing(root=root, namer=namer)
    for candidate in candidates:
        relpath = namer.relpath(str(candidate))
        display = namer.display(str(candidate))
        status, reason, size, diagnostics = _decide(candidate, display, cfg)
        listing.files.append(
            ListedFile(candidate, relpath, display, size, status, reason, diagnostics)
        )
    return listing


def read_sources(listing: SourceListing, cfg: IngestConfig) -> ray.data.Dataset:
    """Ray Data dataset of ``{path, bytes}`` rows for the files to translate."""
    import ray.data

    paths = [str(f.path) for f in listing.to_read]
    # Several blocks let the translate actors share the work; one block per file at most.
    return ray.data.read_binary_files(
        paths,
        include_paths=True,
        num_cpus=cfg.num_cpus,
        override_num_blocks=max(1, min(len(paths), cfg.blocks)),
    )
