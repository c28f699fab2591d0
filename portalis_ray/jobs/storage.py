"""Where a job reads and writes: local paths, shared filesystems, object stores (pyarrow.fs).

``s3://bucket/src`` and ``gs://bucket/src`` resolve through ``pyarrow.fs.FileSystem.from_uri``;
plain paths and ``file://`` URIs are the local filesystem. Sources are staged into a local
directory (the translator reads local files); outputs go back file by file, each written to a
temporary name and moved into place, and a crate's directory is swapped in whole where the
filesystem can rename directories.
"""

from __future__ import annotations

import os
import shutil
import uuid
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

import pyarrow.fs as pafs

STAGING_DIR = ".portalis/staging"  # under OUT: uploads in flight


class StorageError(ValueError):
    """A URI cannot be resolved, read or written."""


def _base(fs: pafs.FileSystem) -> pafs.FileSystem:
    return fs.base_fs if isinstance(fs, pafs.SubTreeFileSystem) else fs


@dataclass(frozen=True)
class Location:
    """A directory or file on some filesystem, and the URI the user named it by."""

    fs: pafs.FileSystem
    path: str  # inside ``fs`` ('/'-separated)
    uri: str

    @property
    def is_local(self) -> bool:
        """True on the local filesystem (directories rename atomically there)."""
        return isinstance(_base(self.fs), pafs.LocalFileSystem)

    @property
    def local_path(self) -> Path | None:
        """The path on this machine when the location is a plain local directory or file."""
        if isinstance(self.fs, pafs.LocalFileSystem):
            return Path(self.path)
        return None

    def join(self, rel: str) -> str:
        """The path of ``rel`` (a '/'-separated relative path) under this location."""
        return str(PurePosixPath(self.path) / rel) if rel else self.path

    def info(self, rel: str = "") -> pafs.FileInfo:
        """File info of ``rel`` (type NotFound when absent)."""
        return self.fs.get_file_info(self.join(rel))

    def read_bytes(self, rel: str) -> bytes | None:
        """Content of the file ``rel``, or None when it does not exist."""
        if self.info(rel).type != pafs.FileType.File:
            return None
        with self.fs.open_input_stream(self.join(rel)) as stream:
            return stream.read()

    def write_atomic(self, rel: str, data: bytes, executable: bool = False) -> None:
        """Write ``rel`` under a temporary name, then move it into place."""
        target = self.join(rel)
        tmp = self.join(f"{STAGING_DIR}/{uuid.uuid4().hex}-{PurePosixPath(rel).name}")
        self.fs.create_dir(str(PurePosixPath(tmp).parent), recursive=True)
        self.fs.create_dir(str(PurePosixPath(target).parent), recursive=True)
        with self.fs.open_output_stream(tmp) as stream:
            stream.write(data)
        if executable:
            self._chmod_x(tmp)
        self.fs.move(tmp, target)

    def put_dir(self, rel: str, local_dir: Path) -> None:
        """Replace the directory ``rel`` with a copy of ``local_dir`` (whole, where possible)."""
        files = sorted(p for p in local_dir.rglob("*") if p.is_file())
        if not self.is_local:
            # Object stores cannot rename a directory: each object lands whole; the job's state
            # file, written after the crate, is what marks it finished.
            for path in files:
                self.write_atomic(
                    f"{rel}/{path.relative_to(local_dir).as_posix()}", path.read_bytes()
                )
            return
        token = uuid.uuid4().hex
        staged = self.join(f"{STAGING_DIR}/{token}")
        for path in files:
            dest = f"{staged}/{path.relative_to(local_dir).as_posix()}"
            self.fs.create_dir(str(PurePosixPath(dest).parent), recursive=True)
            with self.fs.open_output_stream(dest) as stream:
                stream.write(path.read_bytes())
        target = self.join(rel)
        old = self.join(f"{STAGING_DIR}/{token}.old")
        if self.fs.get_file_info(target).type == pafs.FileType.Directory:
            self.fs.move(target, old)
        self.fs.create_dir(str(PurePosixPath(target).parent), recursive=True)
        self.fs.move(staged, target)
        if self.fs.get_file_info(old).type == pafs.FileType.Directory:
            self.fs.delete_dir(old)

    def delete_dir(self, rel: str) -> None:
        """Remove the directory ``rel`` when it exists."""
        if self.info(rel).type == pafs.FileType.Directory:
            self.fs.delete_dir(self.join(rel))

    def _chmod_x(self, path: str) -> None:
        fs = self.fs
        if isinstance(fs, pafs.SubTreeFileSystem):
            path = str(PurePosixPath(fs.base_path) / path.lstrip("/"))
            fs = fs.base_fs
        if isinstance(fs, pafs.LocalFileSystem):
            os.chmod(path, 0o755)

    def stage(self, local_dir: Path, skip_dirs: set[str]) -> tuple[Path, int, int]:
        """Copy this file or directory tree into ``local_dir``; returns (root, files, bytes).

        Hidden entries and ``skip_dirs`` are left out as ingest would skip them anyway.
        """
        info = self.info()
        if info.type == pafs.FileType.NotFound:
            raise StorageError(f"{self.uri}: no such file or directory")
        if info.type == pafs.FileType.File:
            dest = local_dir / PurePosixPath(self.path).name
            local_dir.mkdir(parents=True, exist_ok=True)
            self._download(self.path, dest)
            return dest, 1, info.size or 0
        selector = pafs.FileSelector(self.path, recursive=True)
        count = size = 0
        root = PurePosixPath(self.path)
        for entry in self.fs.get_file_info(selector):
            rel = PurePosixPath(entry.path).relative_to(root)
            if entry.type != pafs.FileType.File or any(
                part.startswith(".") or part in skip_dirs for part in rel.parts
            ):
                continue
            self._download(entry.path, local_dir / rel)
            count, size = count + 1, size + (entry.size or 0)
        local_dir.mkdir(parents=True, exist_ok=True)
        return local_dir, count, size

    def _download(self, path: str, dest: Path) -> None:
        dest.parent.mkdir(parents=True, exist_ok=True)
        with self.fs.open_input_stream(path) as src, dest.open("wb") as out:
            shutil.copyfileobj(src, out, length=1 << 20)


def resolve(uri: str, filesystem: pafs.FileSystem | None = None) -> Location:
    """A :class:`Location` for a path or URI (``file://``, ``s3://``, ``gs://``, ...).

    With ``filesystem`` given (e.g. a ``SubTreeFileSystem``), ``uri`` is a path inside it.
    """
    if filesystem is not None:
        return Location(filesystem, uri.rstrip("/") or "/", uri)
    if "://" in uri:
        try:
            fs, path = pafs.FileSystem.from_uri(uri)
        except (OSError, ValueError, NotImplementedError) as err:  # ArrowInvalid is a ValueError
            raise StorageError(f"{uri}: cannot resolve: {err}") from None
        return Location(fs, path.rstrip("/") or "/", uri)
    return Location(pafs.LocalFileSystem(), str(Path(uri).expanduser().resolve()), uri)
