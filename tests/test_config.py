"""Config models: the embedded default, validation with key paths, overrides, the CLI."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from conftest import REPO, run_portalis, write

from portalis_ray.config import (
    ConfigError,
    PortalisConfig,
    dump_config,
    load_config,
    with_overrides,
)


def test_local_yaml_is_the_model_default() -> None:
    data = yaml.safe_load((REPO / "configs" / "local.yaml").read_text())
    assert PortalisConfig.model_validate(data) == PortalisConfig()
    assert load_config() == PortalisConfig()


def test_every_field_is_described() -> None:
    for section in PortalisConfig.model_fields.values():
        assert section.description
        for name, field in section.default_factory().model_fields.items():
            assert field.description, name


def test_stage_actors_use_fractional_cpus() -> None:
    cfg = PortalisConfig()
    for cpus in (cfg.ingest.num_cpus, cfg.index.num_cpus, cfg.analyze.num_cpus,
                 cfg.translate.num_cpus):
        assert 0 < cpus < 1


def test_unknown_key_is_rejected_with_its_path(tmp_path: Path) -> None:
    path = write(tmp_path / "c.yaml", "translate:\n  backnd: rules\n")
    with pytest.raises(ConfigError, match=r"translate\.backnd"):
        load_config(path)


def test_bad_value_is_rejected_with_its_path(tmp_path: Path) -> None:
    path = write(tmp_path / "c.yaml", "translate:\n  backend: magic\n")
    with pytest.raises(ConfigError, match=r"translate\.backend"):
        load_config(path)
    path = write(tmp_path / "d.yaml", "index:\n  num_cpus: -1\n")
    with pytest.raises(ConfigError, match=r"index\.num_cpus"):
        load_config(path)


def test_yaml_syntax_error_is_located(tmp_path: Path) -> None:
    path = write(tmp_path / "c.yaml", "ray: [unclosed\n")
    with pytest.raises(ConfigError, match=r"c\.yaml:\d+:\d+: invalid YAML"):
        load_config(path)


def test_missing_file_and_non_mapping(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="cannot read"):
        load_config(tmp_path / "nope.yaml")
    with pytest.raises(ConfigError, match="mapping"):
        load_config(write(tmp_path / "list.yaml", "- 1\n"))


def test_partial_file_keeps_defaults(tmp_path: Path) -> None:
    cfg = load_config(write(tmp_path / "c.yaml", "build:\n  jobs: 3\n"))
    assert cfg.build.jobs == 3
    assert cfg.translate == PortalisConfig().translate
    assert load_config(write(tmp_path / "empty.yaml", "")) == PortalisConfig()


def test_overrides_and_round_trip() -> None:
    cfg = with_overrides(PortalisConfig(), {"translate.backend": "auto", "build.jobs": None})
    assert cfg.translate.backend == "auto"
    assert cfg.build.jobs == 0
    with pytest.raises(ConfigError, match="command line"):
        with_overrides(cfg, {"build.target": "mips"})
    assert PortalisConfig.model_validate(yaml.safe_load(dump_config(cfg))) == cfg


def test_cli_config_validate_and_show(tmp_path: Path) -> None:
    good = write(tmp_path / "good.yaml", "verify:\n  timeout_s: 5\n")
    done = run_portalis("config", "validate", str(good))
    assert done.returncode == 0, done.stderr
    assert "ok" in done.stdout

    bad = write(tmp_path / "bad.yaml", "verify:\n  timeout: 5\n")
    done = run_portalis("config", "validate", str(bad))
    assert done.returncode == 2
    assert "verify.timeout" in done.stderr
    assert "Traceback" not in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1

    done = run_portalis("config", "show")
    assert done.returncode == 0
    shown = yaml.safe_load(done.stdout)
    assert PortalisConfig.model_validate(shown) == PortalisConfig()
    assert "# Size of the translate actor pool." in done.stdout
