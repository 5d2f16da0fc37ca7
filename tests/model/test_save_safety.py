"""Saving never loses or misplaces work: links are followed, owner and mode kept, hard links
kept, leftovers of a killed save cleaned up (issue 8, defects 5 and 9)."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from blueprint.model import Blueprint, load_blueprint, save_blueprint


def test_saving_through_a_symbolic_link_writes_its_target_and_keeps_the_link(tmp_path: Path) -> None:
    real = tmp_path / "shared" / "journey.blueprint.json"
    real.parent.mkdir()
    save_blueprint(Blueprint(title="Old"), real)
    link = tmp_path / "journey.blueprint.json"
    link.symlink_to(real)
    save_blueprint(Blueprint(title="New"), link)
    assert link.is_symlink()
    assert load_blueprint(real).title == "New"
    assert sorted(p.name for p in real.parent.iterdir()) == ["journey.blueprint.json"]


def test_a_hard_linked_file_stays_one_file(tmp_path: Path) -> None:
    first = tmp_path / "a.blueprint.json"
    save_blueprint(Blueprint(title="Old"), first)
    second = tmp_path / "b.blueprint.json"
    os.link(first, second)
    save_blueprint(Blueprint(title="New"), first)
    assert first.stat().st_ino == second.stat().st_ino
    assert load_blueprint(second).title == "New"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.blueprint.json", "b.blueprint.json"]


def test_mode_is_kept(tmp_path: Path) -> None:
    path = tmp_path / "private.blueprint.json"
    save_blueprint(Blueprint(), path)
    path.chmod(0o600)
    save_blueprint(Blueprint(title="Again"), path)
    assert path.stat().st_mode & 0o777 == 0o600


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() != 0, reason="only root can give a file away")
def test_saving_as_root_keeps_the_owner(tmp_path: Path) -> None:
    path = tmp_path / "theirs.blueprint.json"
    save_blueprint(Blueprint(), path)
    os.chown(path, 4321, 4321)
    save_blueprint(Blueprint(title="Edited by root"), path)
    assert (path.stat().st_uid, path.stat().st_gid) == (4321, 4321)


def test_a_temporary_file_left_by_a_killed_save_is_removed_on_the_next_save(tmp_path: Path) -> None:
    path = tmp_path / "journey.blueprint.json"
    save_blueprint(Blueprint(), path)
    leftover = tmp_path / ".journey.blueprint.json.abc123.tmp"
    leftover.write_text("half a file")
    old = time.time() - 3600
    os.utime(leftover, (old, old))
    fresh = tmp_path / ".journey.blueprint.json.def456.tmp"  # another save going on right now
    fresh.write_text("being written")
    save_blueprint(Blueprint(title="Next"), path)
    assert not leftover.exists()
    assert fresh.exists()
